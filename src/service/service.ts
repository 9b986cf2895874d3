// The app's one API, implemented over the database. Every shell calls this
// object and nothing below it.
import { localDay } from '../domain/local-time';
import { auditEntries, getAgreementRow, queryAgreements, saveDerived, searchTextOf } from '../db/agreements';
import { loadPartyDirectory } from '../db/party-directory';
import { loadGlossary, loadStoredIndicators } from '../db/load-set';
import { buildCalendar } from '../domain/calendar';
import { createAgreementSetMethods } from './agreement-sets';
import { createIndicatorProposalMethods } from './indicator-proposals';
import { createCycleDateMethods } from './cycle-dates';
import { createPartyEditMethods } from './party-edit';
import { loadCycleDates } from '../db/cycle-dates';
import { createBackupMethods } from './backups';
import { createBundleMethods } from './bundle';
import { createChasingMethods } from './chasing';
import { createCorrectionMethods } from './corrections';
import { createImportMethods } from './imports';
import { createIndicatorMethods } from './indicators';
import { createLinkMethods } from './links';
import { createResultMethods } from './results';
import { createUndoMethods } from './undo';
import { createPartyResolver } from '../domain/parties';
import { parseSchedule } from '../domain/schedule';
import {
  type AgreementDetail,
  type AgreementEdit,
  type AgreementSetSummary,
  type PartyWithCounts,
  type ThemeNode,
  type TopicContext,
  type WerkbankApi,
} from './contract';
import type { AuditField } from '../domain/agreements';
import { ServiceError } from '../domain/errors';
import type { ServiceContext } from './context';
import {
  objectArg,
  optionalInteger,
  optionalIsoDate,
  optionalOneOf,
  optionalString,
  requiredInteger,
  requiredJobId,
} from './validate';
import { JOB_NOT_RUNNING_MESSAGE } from './jobs';

const EDITABLE: { field: AuditField; column: string; label: string }[] = [
  { field: 'text', column: 'text', label: 'De afspraak' },
  { field: 'leadText', column: 'lead_text', label: 'De trekker' },
  { field: 'involvedText', column: 'involved_text', label: 'De betrokkenen' },
  { field: 'scheduleText', column: 'schedule_text', label: 'De uitvoering' },
];

export function createService(ctx: ServiceContext): WerkbankApi {
  const { db, setId } = ctx;

  const setSummary = (): AgreementSetSummary & { periodStart: number; periodEnd: number; municipality: string } => {
    const row = db
      .prepare<[number], { code: string; title: string; period_start: number; period_end: number; signed_on: string; municipality: string }>(
        'SELECT code, title, period_start, period_end, signed_on, municipality FROM agreement_sets WHERE id = ?',
      )
      .get(setId);
    if (!row) throw new ServiceError('not_found', 'De prestatieafspraken zijn niet gevonden in de database.');
    return {
      code: row.code,
      title: row.title,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      signedOn: row.signed_on,
      municipality: row.municipality,
    };
  };

  const topicContext = (topicId: number): TopicContext => {
    const t = db
      .prepare<[number], { number: string; title: string; task: string; theme_number: number; theme_title: string }>(
        `SELECT t.number, t.title, t.task, th.number AS theme_number, th.title AS theme_title
         FROM topics t JOIN themes th ON th.id = t.theme_id WHERE t.id = ?`,
      )
      .get(topicId);
    if (!t) throw new ServiceError('not_found', 'Het onderwerp van deze afspraak is niet gevonden.');
    return {
      number: t.number,
      title: t.title,
      themeNumber: t.theme_number,
      themeTitle: t.theme_title,
      task: JSON.parse(t.task) as string[],
      ambitions: db
        .prepare<[number], { position: number; text: string }>(
          'SELECT position, text FROM ambitions WHERE topic_id = ? ORDER BY position',
        )
        .all(topicId),
      commitments: db
        .prepare<[number], { number: number; text: string }>(
          'SELECT number, text FROM commitments WHERE topic_id = ? ORDER BY number',
        )
        .all(topicId),
      footnotes: db
        .prepare<[number], { mark: string; text: string }>('SELECT mark, text FROM footnotes WHERE topic_id = ? ORDER BY id')
        .all(topicId),
    };
  };

  const detail = (id: number): AgreementDetail => {
    const row = getAgreementRow(db, id);
    const topicId = db.prepare<[number], { topic_id: number }>('SELECT topic_id FROM agreements WHERE id = ?').get(id);
    if (!row || !topicId) throw new ServiceError('not_found', `Afspraak ${id} bestaat niet.`);
    const topic = topicContext(topicId.topic_id);
    return {
      ...row,
      topic,
      commitment: topic.commitments.find((c) => c.number === row.commitmentNumber) ?? null,
      history: auditEntries(db, id),
    };
  };

  const api: WerkbankApi = {
    ...createImportMethods(ctx, setSummary),
    ...createBundleMethods(ctx, setSummary, () => api.listThemes()),
    ...createLinkMethods(ctx, setSummary),
    ...createResultMethods(ctx, setSummary, () => api),
    ...createIndicatorMethods(ctx, setSummary, () => api),
    ...createCorrectionMethods(ctx, () => api),
    ...createBackupMethods(ctx),
    ...createUndoMethods(ctx, setSummary),
    ...createChasingMethods(ctx, setSummary, () => api),
    ...createAgreementSetMethods(ctx),
    ...createIndicatorProposalMethods(ctx),
    ...createCycleDateMethods(ctx),
    ...createPartyEditMethods(ctx),

    async getAppInfo() {
      const { code, title, periodStart, periodEnd, signedOn } = setSummary();
      return {
        version: ctx.version,
        databasePath: ctx.databasePath,
        today: localDay(ctx.now()),
        alsoOpen: ctx.alsoOpen?.() ?? [],
        agreementSet: { code, title, periodStart, periodEnd, signedOn },
      };
    },

    async listThemes() {
      const rows = db
        .prepare<
          [number],
          { theme_number: number; theme_title: string; topic_number: string; topic_title: string; count: number }
        >(
          `SELECT th.number AS theme_number, th.title AS theme_title, t.number AS topic_number, t.title AS topic_title,
                  (SELECT COUNT(*) FROM agreements a WHERE a.topic_id = t.id) AS count
           FROM themes th JOIN topics t ON t.theme_id = th.id
           WHERE th.set_id = ? ORDER BY th.number, t.position`,
        )
        .all(setId);
      const themes: ThemeNode[] = [];
      for (const r of rows) {
        let theme = themes.find((t) => t.number === r.theme_number);
        if (!theme) {
          theme = { number: r.theme_number, title: r.theme_title, topics: [] };
          themes.push(theme);
        }
        theme.topics.push({ number: r.topic_number, title: r.topic_title, agreementCount: r.count });
      }
      return themes;
    },

    async listAgreements(query) {
      const q = objectArg(query);
      const partyId = optionalString(q, 'partyId', 'De partij', 100);
      if (partyId !== undefined && !db.prepare('SELECT 1 FROM parties WHERE id = ?').get(partyId)) {
        throw new ServiceError('invalid_input', `Onbekende partij: ${partyId}.`);
      }
      return queryAgreements(db, setId, {
        text: optionalString(q, 'text', 'De zoektekst', 500),
        themeNumber: optionalInteger(q, 'themeNumber', 'Het thema', 1, 99),
        topicNumber: optionalString(q, 'topicNumber', 'Het onderwerp', 10),
        partyId,
        role: optionalOneOf(q, 'role', 'De rol', ['lead', 'involved', 'any'] as const),
        year: optionalInteger(q, 'year', 'Het jaar', 1900, 2200),
      });
    },

    async getAgreement(arg) {
      return detail(requiredInteger(objectArg(arg), 'id', 'Het nummer van de afspraak', 1, Number.MAX_SAFE_INTEGER));
    },

    async updateAgreement(edit) {
      const e = objectArg(edit);
      const id = requiredInteger(e, 'id', 'Het nummer van de afspraak', 1, Number.MAX_SAFE_INTEGER);
      const changes: Partial<Record<AuditField, string>> = {};
      for (const { field, label } of EDITABLE) {
        const value = optionalString(e, field, label);
        if (value !== undefined) changes[field] = value.trim();
      }
      if (changes.text !== undefined && changes.text === '') {
        throw new ServiceError('invalid_input', 'De afspraak mag niet leeg zijn.');
      }
      const expected = e.expectedUpdatedAt as AgreementEdit['expectedUpdatedAt'];
      db.transaction(() => {
        const current = db
          .prepare<
            [number],
            {
              text: string;
              lead_text: string;
              involved_text: string;
              schedule_text: string;
              updated_at: string | null;
              topic_id: number;
            }
          >('SELECT text, lead_text, involved_text, schedule_text, updated_at, topic_id FROM agreements WHERE id = ?')
          .get(id);
        if (!current) throw new ServiceError('not_found', `Afspraak ${id} bestaat niet.`);
        if (expected !== undefined && expected !== current.updated_at) {
          throw new ServiceError(
            'conflict',
            'Deze afspraak is intussen door iemand anders gewijzigd. Bekijk de nieuwe tekst en breng uw wijziging opnieuw aan.',
          );
        }
        const before: Record<AuditField, string> = {
          text: current.text,
          leadText: current.lead_text,
          involvedText: current.involved_text,
          scheduleText: current.schedule_text,
        };
        const changed = EDITABLE.filter(({ field }) => changes[field] !== undefined && changes[field] !== before[field]);
        if (changed.length === 0) return;
        const at = ctx.now().toISOString();
        const audit = db.prepare(
          `INSERT INTO audit_log (agreement_id, field, old_value, new_value, changed_at, changed_by)
           VALUES (?, ?, ?, ?, ?, ?)`,
        );
        const after = { ...before };
        for (const { field, column } of changed) {
          const value = changes[field] as string;
          audit.run(id, field, before[field], value, at, ctx.changedBy);
          // The column name comes from our own EDITABLE list, never from input.
          db.prepare(`UPDATE agreements SET ${column} = ? WHERE id = ?`).run(value, id);
          after[field] = value;
        }
        db.prepare('UPDATE agreements SET updated_at = ? WHERE id = ?').run(at, id);
        const set = setSummary();
        const resolver = createPartyResolver(loadPartyDirectory(db, setId));
        const derived = {
          schedule: parseSchedule(after.scheduleText, { start: set.periodStart, end: set.periodEnd }),
          lead: resolver.resolve(after.leadText),
          involved: resolver.resolve(after.involvedText),
        };
        const row = getAgreementRow(db, id);
        const topic = topicContext(current.topic_id);
        saveDerived(
          db,
          id,
          derived,
          searchTextOf(after, {
            reference: row?.reference ?? '',
            topicTitle: `${topic.number} ${topic.title}`,
            themeTitle: topic.themeTitle,
            commitmentText: topic.commitments.find((c) => c.number === row?.commitmentNumber)?.text ?? '',
          }),
        );
      }).immediate();
      return detail(id);
    },

    async listAuditLog(arg) {
      const a = objectArg(arg);
      return auditEntries(db, optionalInteger(a, 'agreementId', 'Het nummer van de afspraak', 1, Number.MAX_SAFE_INTEGER));
    },

    async listParties() {
      const directory = loadPartyDirectory(db, setId);
      const counts = db
        .prepare<[number], { party_id: string; role: string; n: number }>(
          `SELECT p.party_id, p.role, COUNT(DISTINCT p.agreement_id) AS n
           FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id
           JOIN topics t ON t.id = a.topic_id JOIN themes th ON th.id = t.theme_id
           WHERE th.set_id = ? AND p.party_id IS NOT NULL GROUP BY p.party_id, p.role`,
        )
        .all(setId);
      const count = (id: string, role: string) => counts.find((c) => c.party_id === id && c.role === role)?.n ?? 0;
      return directory.parties.map(
        (p): PartyWithCounts => ({ ...p, leadCount: count(p.id, 'lead'), involvedCount: count(p.id, 'involved') }),
      );
    },

    async resolvePartyName(arg) {
      const name = optionalString(objectArg(arg), 'name', 'De naam van de partij', 200)?.trim();
      if (!name) throw new ServiceError('invalid_input', 'Geef de naam van een partij op.');
      return createPartyResolver(loadPartyDirectory(db, setId)).resolveOne(name);
    },

    async listIndicators() {
      return loadStoredIndicators(db, setId);
    },

    async listGlossary() {
      return loadGlossary(db, setId);
    },

    // Here every call runs in its caller's turn, to its end: none runs as a job to ask after or to cancel.
    // The shells that run heavy calls in the background answer these from their job runner (job-runner.ts).
    async getJobProgress(arg) {
      return { jobId: requiredJobId(objectArg(arg)), state: 'onbekend', phase: null, label: '', cancellable: false };
    },

    async cancelJob(arg) {
      requiredJobId(objectArg(arg));
      return { cancelled: false, message: JOB_NOT_RUNNING_MESSAGE };
    },

    async getCalendar(arg) {
      const date = optionalIsoDate(objectArg(arg), 'date', 'De datum') ?? localDay(ctx.now());
      const set = setSummary();
      return buildCalendar(date, { start: set.periodStart, end: set.periodEnd }, loadCycleDates(db, setId));
    },
  };
  return api;
}

/** Today's date where the secretary is (Druten), not in UTC nor in the computer's zone: at 00:30 on 1 July it is 1 July. */
