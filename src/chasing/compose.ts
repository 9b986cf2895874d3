// One e-mail to a party, from a template and the facts of its round: the
// placeholders' values in Dutch, then the .eml. Pure: the service hands it
// the contacts, the submissions and the files to attach.
import { formatDateNl } from '../domain/calendar';
import { lateSentences, type DeliveryStatus, type MailKind } from '../domain/delivery';
import type { SubmissionKind } from '../domain/submissions';
import { safeFileNamePart } from '../domain/text';
import { writeEml, type EmlAddress, type EmlAttachment } from './eml';
import { capitalFirst, fillTemplate, salutation, type MailValues } from './templates';

export interface RoundFacts {
  round: SubmissionKind;
  year: number;
}

/** "activiteitenoverzicht" / "resultatenoverzicht" and "planningsjaar 2027" / "uitvoeringsjaar 2026". */
export function roundWords({ round, year }: RoundFacts): { overzicht: string; jaar: string } {
  return round === 'activities'
    ? { overzicht: 'activiteitenoverzicht', jaar: `planningsjaar ${year}` }
    : { overzicht: 'resultatenoverzicht', jaar: `uitvoeringsjaar ${year}` };
}

export interface ReceivedVersion {
  version: number;
  fileName: string;
  /** The day (yyyy-mm-dd) the file arrived, as the secretary stated it. */
  receivedOn: string;
  /** Activities (activiteiten) or result rows (resultaten) read. */
  count: number;
}

/** What came in, one line per version, oldest first, and which one counts. */
export function receivedLines(round: SubmissionKind, versions: ReceivedVersion[]): string {
  const unit = (n: number) => (round === 'activities' ? (n === 1 ? 'activiteit' : 'activiteiten') : n === 1 ? 'regel' : 'regels');
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const lines = sorted.map(
    (v) => `- versie ${v.version}, ontvangen op ${formatDateNl(v.receivedOn)}: ${v.fileName}, ${v.count} ${unit(v.count)}`,
  );
  const last = sorted[sorted.length - 1];
  if (last && sorted.length > 1) lines.push('', `We werken verder met versie ${last.version} (${last.count} ${unit(last.count)}).`);
  return lines.join('\n');
}

/** For the joint overview: who delivered late, and who not at all, or that all were on time. */
export function lateText(round: SubmissionKind, statuses: { partyName: string; status: DeliveryStatus }[]): string {
  const sentences = lateSentences(statuses);
  if (sentences.length > 0) return sentences.join('\n');
  return `Alle partijen leverden hun ${round === 'activities' ? 'activiteitenoverzicht' : 'resultaten'} op tijd aan.`;
}

export interface ComposeInput {
  kind: MailKind;
  template: { subject: string; body: string };
  values: MailValues;
  from: EmlAddress;
  to: EmlAddress[];
  attachments: EmlAttachment[];
  date: Date;
  /** Unique for this e-mail: becomes its Message-ID. */
  id: string;
  /** What the file is called, without .eml: "Uitvraag activiteitenoverzicht planningsjaar 2027 - Woonwaarts". */
  fileStem: string;
}

export function composeMail(input: ComposeInput): { name: string; bytes: Uint8Array; subject: string } {
  const values: MailValues = {
    ...input.values,
    aanhef: input.values.aanhef ?? salutation(input.to.map((t) => t.name ?? t.email)),
    bijlagen: input.attachments.map((a) => `- ${a.fileName}`).join('\n'),
  };
  const subject = capitalFirst(fillTemplate(input.template.subject, values).replace(/\s+/g, ' ').trim());
  // A placeholder whose value is empty leaves no run of empty lines behind.
  const text = fillTemplate(input.template.body, values).replace(/\n{3,}/g, '\n\n');
  const bytes = writeEml({ from: input.from, to: input.to, subject, text, attachments: input.attachments, date: input.date, id: input.id });
  return { name: `${safeFileNamePart(input.fileStem) || 'e-mail'}.eml`, bytes, subject };
}

export const CONTENT_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}
