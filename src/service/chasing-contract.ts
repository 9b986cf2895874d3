// The contract's slice for chasing the partners: contacts per party, the
// e-mails as .eml drafts with their texts, and the cycle as an .ics calendar.
// WerkbankApi (contract.ts) joins it; the implementation is chasing.ts.
import type { PartyContact } from '../domain/contacts';
import type { SubmissionKind } from '../domain/submissions';
import type { MailKind, MailPlaceholder } from '../chasing/templates';

export type { PartyContact } from '../domain/contacts';
export type { MailKind } from '../chasing/templates';

/** A new contact (no id) or a change to one (with id). */
export interface ContactEdit {
  id?: number;
  partyId: string;
  name: string;
  email: string;
  role?: string;
}

/** The text of one kind of e-mail as it is used now: the secretary's own, or the default. */
export interface MailTemplateView {
  kind: MailKind;
  /** Dutch: what the e-mail is for. */
  title: string;
  subject: string;
  body: string;
  /** True while the secretary has not changed the default text. */
  isDefault: boolean;
  defaultSubject: string;
  defaultBody: string;
  /** The placeholders the text may use, with what each becomes. */
  placeholders: MailPlaceholder[];
  updatedAt?: string;
  updatedBy?: string;
}

export interface MailSetup {
  /** Who the e-mails come from; null until the secretary fills it in. */
  sender: { name: string; email: string } | null;
  templates: MailTemplateView[];
}

/** A change to one text; subject and body both empty restore the default. */
export interface MailTemplateEdit {
  kind: MailKind;
  subject: string;
  body: string;
}

export interface MailRequest {
  kind: MailKind;
  /** Which round: activiteitenoverzichten (planning year) or resultaten (execution year). */
  round: SubmissionKind;
  /** The planning year (activiteiten) or the execution year (resultaten). */
  year: number;
  /** Only these parties; every party the kind applies to when omitted. */
  partyIds?: string[];
  /** The day the e-mails are written for (ISO); today when omitted. */
  date?: string;
  /** Who sends them, when none is stored yet (the CLI's --van). */
  sender?: { name: string; email: string };
}

/** One .eml draft and the files attached to it, also as separate files (the same bytes). */
export interface MailDraft {
  /** null for the joint overview to every party. */
  partyId: string | null;
  kind: MailKind;
  /** The .eml file. */
  name: string;
  data: string;
  subject: string;
  to: string[];
  attachments: { name: string; data: string }[];
}

export interface MailBatch {
  drafts: MailDraft[];
  /** Parties the kind applied to that have no contact yet: no e-mail for them. Names, in Dutch order. */
  withoutContacts: string[];
  /** Parties the kind did not apply to, with why (already received, not yet due…). */
  skipped: { partyId: string; reason: string }[];
}

export interface ChasingApi {
  /** The contacts of every party, or of one. */
  listContacts(arg: { partyId?: string }): Promise<PartyContact[]>;
  /** Adds or changes a contact; recorded in the activity log. */
  saveContact(arg: ContactEdit): Promise<PartyContact>;
  /** Removes a contact; recorded in the activity log. */
  removeContact(arg: { id: number }): Promise<{ removed: PartyContact }>;
  /** The sender and the texts of the e-mails. */
  getMailSetup(): Promise<MailSetup>;
  /** Stores who the e-mails come from; recorded in the activity log. */
  setMailSender(arg: { name: string; email: string }): Promise<MailSetup>;
  /** Stores the secretary's text of one e-mail (both empty: back to the default); recorded in the activity log. */
  setMailTemplate(arg: MailTemplateEdit): Promise<MailSetup>;
  /** The e-mails of one kind and round as .eml drafts, with their attachments. */
  makeMails(arg: MailRequest): Promise<MailBatch>;
  /** Every deadline and meeting of the cycle in a calendar year as an .ics file. */
  makeCycleCalendar(arg: { year: number }): Promise<{ name: string; data: string; events: number }>;
}
