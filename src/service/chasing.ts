// Chasing the partners: their contacts, the e-mails of each round as .eml
// drafts (with the uitvraag workbook or the joint overview attached), and the
// cycle as an .ics calendar. The Werkbank never sends mail: the secretary's
// own mail program opens the drafts.
import crypto from 'node:crypto';
import { insertActivityLog } from '../db/activity-log';
import {
  contactByEmail,
  deleteContact,
  getContact,
  insertContact,
  listContacts,
  removeTemplate,
  saveSender,
  saveTemplate,
  storedSender,
  storedTemplates,
  updateContact,
} from '../db/contacts';
import { loadPartyDirectory } from '../db/party-directory';
import { allSubmissions } from '../db/submissions';
import { composeMail, contentTypeOf, lateText, receivedLines, roundWords } from '../chasing/compose';
import { cycleEvents, writeIcs } from '../chasing/ics';
import { loadCycleDates } from '../db/cycle-dates';
import { DEFAULT_TEMPLATES, MAIL_KINDS, MAIL_TITLES, PLACEHOLDERS, unknownPlaceholders } from '../chasing/templates';
import { formatDateNl } from '../domain/calendar';
import { emailProblem, type PartyContact } from '../domain/contacts';
import { deliveryDeadline, roundStatuses, type DeliveryStatus, type MailKind } from '../domain/delivery';
import { SUBMISSION_KINDS, type SubmissionKind } from '../domain/submissions';
import { localDay } from '../domain/local-time';
import type { Party } from '../domain/types';
import type { ChasingApi, MailBatch, MailDraft, MailSetup } from './chasing-contract';
import type { ServiceContext, SetInfo } from './context';
import type { WerkbankApi } from './contract';
import { ServiceError } from '../domain/errors';
import { knownParty, objectArg, optionalInteger, optionalIsoDate, optionalOneOf, optionalString, requiredInteger, yearInPeriod } from './validate';

export function createChasingMethods(ctx: ServiceContext, setInfo: () => SetInfo, api: () => WerkbankApi): ChasingApi {
  const { db, setId } = ctx;

  const parties = (): Party[] => loadPartyDirectory(db, setId).parties;
  const partyOf = (id: string): Party => {
    return knownParty(id, parties());
  };

  const log = (partyId: string | null, action: 'contact' | 'mail-template', detail: string) =>
    insertActivityLog(db, {
      setId,
      planningYear: null,
      partyId,
      identity: null,
      action,
      detail,
      reason: '',
      changedAt: ctx.now().toISOString(),
      changedBy: ctx.changedBy,
    });

  const describe = (c: Pick<PartyContact, 'name' | 'email' | 'role'>) => `${c.name} <${c.email}>${c.role ? ` (${c.role})` : ''}`;

  const requiredText = (obj: Record<string, unknown>, field: string, label: string, max: number): string => {
    const value = optionalString(obj, field, label, max)?.trim() ?? '';
    if (value === '') throw new ServiceError('invalid_input', `${label} mag niet leeg zijn.`);
    return value;
  };

  const checkedEmail = (obj: Record<string, unknown>): string => {
    const email = (optionalString(obj, 'email', 'Het e-mailadres', 254) ?? '').trim();
    const problem = emailProblem(email);
    if (problem) throw new ServiceError('invalid_input', problem);
    return email;
  };

  const setup = (): MailSetup => {
    const stored = storedTemplates(db, setId);
    return {
      sender: storedSender(db, setId),
      templates: MAIL_KINDS.map((kind) => {
        const own = stored.find((t) => t.kind === kind);
        const fallback = DEFAULT_TEMPLATES[kind];
        return {
          kind,
          title: MAIL_TITLES[kind],
          subject: own?.subject ?? fallback.subject,
          body: own?.body ?? fallback.body,
          isDefault: !own,
          defaultSubject: fallback.subject,
          defaultBody: fallback.body,
          placeholders: [...PLACEHOLDERS],
          ...(own ? { updatedAt: own.updatedAt, updatedBy: own.updatedBy } : {}),
        };
      }),
    };
  };

  const roundYear = (obj: Record<string, unknown>, round: SubmissionKind): number =>
    round === 'activities'
      ? yearInPeriod(obj, 'year', 'Het planningsjaar', setInfo(), 'Planningsjaar')
      : yearInPeriod(obj, 'year', 'Het uitvoeringsjaar', setInfo(), 'Uitvoeringsjaar');

  const mailKindArg = (obj: Record<string, unknown>): MailKind => {
    const kind = optionalOneOf(obj, 'kind', 'De soort e-mail', MAIL_KINDS);
    if (!kind) throw new ServiceError('invalid_input', `Kies de soort e-mail: ${MAIL_KINDS.join(', ')}.`);
    return kind;
  };

  const address = (c: PartyContact) => ({ name: c.name, email: c.email });

  return {
    async listContacts(arg) {
      const partyId = optionalString(objectArg(arg), 'partyId', 'De partij', 100);
      if (partyId) partyOf(partyId);
      return listContacts(db, setId, partyId || undefined);
    },

    async saveContact(arg) {
      const a = objectArg(arg);
      const id = optionalInteger(a, 'id', 'Het nummer van de contactpersoon', 1, Number.MAX_SAFE_INTEGER);
      const partyId = requiredText(a, 'partyId', 'De partij', 100);
      const party = partyOf(partyId);
      const contact = {
        partyId,
        name: requiredText(a, 'name', 'De naam', 200),
        email: checkedEmail(a),
        role: (optionalString(a, 'role', 'De rol', 200) ?? '').trim(),
      };
      return db.transaction(() => {
        const same = contactByEmail(db, setId, partyId, contact.email);
        if (same && same.id !== id) {
          throw new ServiceError('conflict', `${contact.email} staat al bij ${party.shortName}, als ${same.name}.`);
        }
        if (id === undefined) {
          const newId = insertContact(db, setId, contact);
          log(partyId, 'contact', `Contactpersoon van ${party.shortName} toegevoegd: ${describe(contact)}`);
          return { id: newId, ...contact };
        }
        const before = getContact(db, setId, id);
        if (!before) throw new ServiceError('not_found', 'Deze contactpersoon bestaat niet (meer).');
        if (before.partyId !== partyId) throw new ServiceError('invalid_input', 'Een contactpersoon blijft bij zijn eigen partij.');
        const after = { id, ...contact };
        if (describe(before) !== describe(after)) {
          updateContact(db, setId, after);
          log(partyId, 'contact', `Contactpersoon van ${party.shortName} gewijzigd: ${describe(before)} → ${describe(after)}`);
        }
        return after;
      }).immediate();
    },

    async removeContact(arg) {
      const id = requiredInteger(objectArg(arg), 'id', 'Het nummer van de contactpersoon', 1, Number.MAX_SAFE_INTEGER);
      return db.transaction(() => {
        const contact = getContact(db, setId, id);
        if (!contact) throw new ServiceError('not_found', 'Deze contactpersoon bestaat niet (meer).');
        deleteContact(db, setId, id);
        log(contact.partyId, 'contact', `Contactpersoon van ${partyOf(contact.partyId).shortName} verwijderd: ${describe(contact)}`);
        return { removed: contact };
      }).immediate();
    },

    async getMailSetup() {
      return setup();
    },

    async setMailSender(arg) {
      const a = objectArg(arg);
      const name = requiredText(a, 'name', 'Uw naam', 200);
      const email = checkedEmail(a);
      db.transaction(() => {
        saveSender(db, setId, { name, email, updatedAt: ctx.now().toISOString(), updatedBy: ctx.changedBy });
        log(null, 'mail-template', `Afzender van de e-mails: ${name} <${email}>`);
      }).immediate();
      return setup();
    },

    async setMailTemplate(arg) {
      const a = objectArg(arg);
      const kind = mailKindArg(a);
      const subject = (optionalString(a, 'subject', 'Het onderwerp', 300) ?? '').trim();
      const body = (optionalString(a, 'body', 'De tekst', 20_000) ?? '').replace(/\r\n?/g, '\n').trimEnd();
      db.transaction(() => {
        if (subject === '' && body === '') {
          removeTemplate(db, setId, kind);
          log(null, 'mail-template', `Tekst van "${MAIL_TITLES[kind]}" terug naar de standaardtekst`);
          return;
        }
        if (subject === '') throw new ServiceError('invalid_input', 'Het onderwerp mag niet leeg zijn.');
        if (body === '') throw new ServiceError('invalid_input', 'De tekst van de e-mail mag niet leeg zijn.');
        const unknown = unknownPlaceholders(`${subject}\n${body}`);
        if (unknown.length > 0) {
          throw new ServiceError(
            'invalid_input',
            `Onbekende invulplek ${unknown.map((u) => `{${u}}`).join(', ')}. Te gebruiken zijn: ${PLACEHOLDERS.map((p) => `{${p.name}}`).join(', ')}.`,
          );
        }
        saveTemplate(db, setId, { kind, subject, body, updatedAt: ctx.now().toISOString(), updatedBy: ctx.changedBy });
        log(null, 'mail-template', `Tekst van "${MAIL_TITLES[kind]}" gewijzigd`);
      }).immediate();
      return setup();
    },

    async makeMails(arg) {
      const a = objectArg(arg);
      const kind = mailKindArg(a);
      const round = optionalOneOf(a, 'round', 'De ronde', SUBMISSION_KINDS) ?? 'activities';
      const year = roundYear(a, round);
      const today = optionalIsoDate(a, 'date', 'De datum') ?? localDay(ctx.now());
      const all = parties();
      const wanted = Array.isArray(a.partyIds) ? (a.partyIds as unknown[]) : undefined;
      for (const id of wanted ?? []) knownParty(id, all);
      const chosen = all.filter((p) => !wanted || wanted.includes(p.id));

      const given = a.sender === undefined || a.sender === null ? undefined : objectArg(a.sender);
      const sender = storedSender(db, setId) ?? (given ? { name: requiredText(given, 'name', 'De naam van de afzender', 200), email: checkedEmail(given) } : null);
      if (!sender) {
        throw new ServiceError('invalid_input', 'Vul eerst in van wie de e-mails komen: uw naam en e-mailadres (Partijen, onder “E-mails”).');
      }
      const template = setup().templates.find((t) => t.kind === kind) ?? DEFAULT_TEMPLATES[kind];
      const contacts = listContacts(db, setId);
      const submissions = allSubmissions(db, setId, round);
      const { municipality, signedOn, cycleDates } = setInfo();
      const statuses = roundStatuses(submissions, all, round, year, today, signedOn, cycleDates);
      const words = roundWords({ round, year });
      const deadline = deliveryDeadline(round, year, cycleDates);
      const now = ctx.now();
      const werkgroep = `Werkgroep Prestatieafspraken${municipality ? ` ${municipality}` : ''}`;
      const base = { ...words, termijn: formatDateNl(deadline), afzender: sender.name, werkgroep };
      const id = (party: string) =>
        crypto.createHash('sha256').update(`${kind}|${round}|${year}|${party}|${now.toISOString()}`).digest('hex').slice(0, 32);
      const draft = (partyId: string | null, mail: ReturnType<typeof composeMail>, to: PartyContact[], attachments: { name: string; bytes: Uint8Array }[]): MailDraft => ({
        partyId,
        kind,
        name: mail.name,
        data: Buffer.from(mail.bytes).toString('base64'),
        subject: mail.subject,
        to: to.map((c) => c.email),
        attachments: attachments.map((f) => ({ name: f.name, data: Buffer.from(f.bytes).toString('base64') })),
      });
      const batch: MailBatch = { drafts: [], withoutContacts: [], skipped: [] };

      if (kind === 'overview') {
        if (round !== 'activities') {
          throw new ServiceError('invalid_input', 'Het gezamenlijk overzicht hoort bij de activiteitenoverzichten: kies de ronde activiteiten.');
        }
        const to = contacts.filter((c) => chosen.some((p) => p.id === c.partyId));
        batch.withoutContacts = chosen.filter((p) => !to.some((c) => c.partyId === p.id)).map((p) => p.shortName);
        if (to.length === 0) return batch;
        const files = await Promise.all((['docx', 'xlsx'] as const).map((format) => api().exportJointOverview({ planningYear: year, format })));
        const attachments = files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.data, 'base64')) }));
        const mail = composeMail({
          kind,
          template,
          values: { ...base, aanhef: 'allen', partij: 'alle partijen', te_laat: lateText(round, all.map((p) => ({ partyName: p.shortName, status: statuses.get(p.id) as DeliveryStatus }))) },
          from: sender,
          to: to.map(address),
          attachments: attachments.map((f) => ({ fileName: f.name, contentType: contentTypeOf(f.name), bytes: f.bytes })),
          date: now,
          id: id('alle'),
          fileStem: `Gezamenlijk activiteitenoverzicht ${words.jaar}`,
        });
        batch.drafts.push(draft(null, mail, to, attachments));
        return batch;
      }

      const applies = (status: DeliveryStatus): string | null => {
        if (status.state === 'before-agreement') {
          return kind === 'thanks' && status.receivedOn !== null ? null : 'geen termijn: die viel vóór de ondertekening';
        }
        switch (kind) {
          case 'request':
            return null;
          case 'reminder':
            return status.state === 'not-due' || status.state === 'due-soon' ? null : status.state === 'overdue' ? 'de termijn is al verstreken: kies de herinnering na de termijn' : 'al ontvangen';
          case 'late':
            return status.state === 'overdue' ? null : status.state === 'on-time' || status.state === 'late' ? 'al ontvangen' : 'de termijn is nog niet verstreken';
          case 'thanks':
            return status.state === 'on-time' || status.state === 'late' ? null : 'nog niets ontvangen';
          default:
            return 'niet van toepassing';
        }
      };
      const targets: Party[] = [];
      for (const party of chosen) {
        const reason = applies(statuses.get(party.id) as DeliveryStatus);
        if (reason) batch.skipped.push({ partyId: party.id, reason });
        else if (!contacts.some((c) => c.partyId === party.id)) batch.withoutContacts.push(party.shortName);
        else targets.push(party);
      }
      if (targets.length === 0) return batch;

      let workbooks: { name: string; data: string }[] = [];
      if (kind === 'request') {
        const partyIds = targets.map((p) => p.id);
        const contact = { contactName: sender.name, contactEmail: sender.email };
        workbooks =
          round === 'activities'
            ? await api().makeActivityRequests({ planningYear: year, partyIds, ...contact })
            : await api().makeResultsRequests({ executionYear: year, partyIds, ...contact });
      }
      targets.forEach((party, i) => {
        const to = contacts.filter((c) => c.partyId === party.id);
        const status = statuses.get(party.id) as DeliveryStatus;
        const versions = submissions.filter((s) => s.partyId === party.id && s.planningYear === year);
        const workbook = workbooks[i];
        const attachments = workbook ? [{ name: workbook.name, bytes: new Uint8Array(Buffer.from(workbook.data, 'base64')) }] : [];
        const days = status.state === 'overdue' ? status.daysLate : status.state === 'not-due' || status.state === 'due-soon' ? status.daysLeft : 0;
        const mail = composeMail({
          kind,
          template,
          values: {
            ...base,
            partij: party.name,
            dagen: `${days} ${days === 1 ? 'dag' : 'dagen'}`,
            ontvangen: receivedLines(round, versions.map((v) => ({ version: v.version, fileName: v.fileName, receivedOn: v.receivedOn, count: v.activityCount }))),
          },
          from: sender,
          to: to.map(address),
          attachments: attachments.map((f) => ({ fileName: f.name, contentType: contentTypeOf(f.name), bytes: f.bytes })),
          date: now,
          id: id(party.id),
          fileStem: `${FILE_WORDS[kind]} ${words.overzicht} ${words.jaar} - ${party.shortName}`,
        });
        batch.drafts.push(draft(party.id, mail, to, attachments));
      });
      return batch;
    },

    async makeCycleCalendar(arg) {
      const year = requiredInteger(objectArg(arg), 'year', 'Het jaar', 2000, 2100);
      const set = setInfo();
      // The set's own days of its cycle, as the calendar page shows them.
      const events = cycleEvents(year, { start: set.periodStart, end: set.periodEnd }, loadCycleDates(db, setId));
      const text = writeIcs(`Jaarcyclus prestatieafspraken ${year}`, events, ctx.now());
      return { name: `Jaarcyclus prestatieafspraken ${year}.ics`, data: Buffer.from(text, 'utf8').toString('base64'), events: events.length };
    },
  };
}

const FILE_WORDS: Record<Exclude<MailKind, 'overview'>, string> = {
  request: 'Uitvraag',
  reminder: 'Herinnering',
  late: 'Te laat',
  thanks: 'Bedankt',
};
