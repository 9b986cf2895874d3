// The app's one API, implemented over the database. Every shell calls this
// object and nothing below it.
import { localDay } from '../domain/local-time';
import {
  agreementTopicId,
  auditEntries,
  getAgreementRow,
  loadAgreementForEdit,
  queryAgreements,
  saveAgreementEdit,
  saveDerived,
  searchTextOf,
} from '../db/agreements';
import { loadStoredIndicators } from '../db/load-set';
import { loadPartyDirectory, partyExists, partyRoleCounts } from '../db/party-directory';
import { loadGlossary, loadSetSummary, loadThemeTree, loadTopicContext, type StoredSetSummary } from '../db/set-content';
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
import { createWorkStandMethods } from './work-stand';
import { createPartyResolver } from '../domain/parties';
import { parseSchedule } from '../domain/schedule';
import {
  type AgreementDetail,
  type AgreementEdit,
  type PartyWithCounts,
  type TopicContext,
  type WerkbankApi,
} from './contract';
import type { AuditField } from '../domain/agreements';
import { ServiceError } from '../domain/errors';
import type { ServiceContext } from './context';
import {
  knownPartyId,
  objectArg,
  optionalInteger,
  optionalIsoDate,
  optionalOneOf,
  optionalString,
  requiredInteger,
  requiredJobId,
} from './validate';
import { JOB_NOT_RUNNING_MESSAGE } from './jobs';

const EDITABLE: { field: AuditField; label: string }[] = [
  { field: 'text', label: 'De afspraak' },
  { field: 'leadText', label: 'De trekker' },
  { field: 'involvedText', label: 'De betrokkenen' },
  { field: 'scheduleText', label: 'De uitvoering' },
];

export function createService(ctx: ServiceContext): WerkbankApi {
  const { db, setId } = ctx;

  const setSummary = (): StoredSetSummary => {
    const summary = loadSetSummary(db, setId);
    if (!summary) throw new ServiceError('not_found', 'De prestatieafspraken zijn niet gevonden in de database.');
    return summary;
  };

  const topicContext = (topicId: number): TopicContext => {
    const topic = loadTopicContext(db, topicId);
    if (!topic) throw new ServiceError('not_found', 'Het onderwerp van deze afspraak is niet gevonden.');
    return topic;
  };

  const detail = (id: number): AgreementDetail => {
    const row = getAgreementRow(db, id);
    const topicId = agreementTopicId(db, id);
    if (!row || topicId === undefined) throw new ServiceError('not_found', `Afspraak ${id} bestaat niet.`);
    const topic = topicContext(topicId);
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
    ...createWorkStandMethods(() => api),

    async getAppInfo() {
      const { code, title, periodStart, periodEnd, signedOn, cycleSection, reciprocitySection } = setSummary();
      return {
        version: ctx.version,
        databasePath: ctx.databasePath,
        today: localDay(ctx.now()),
        alsoOpen: ctx.alsoOpen?.() ?? [],
        agreementSet: { code, title, periodStart, periodEnd, signedOn, cycleSection, reciprocitySection },
      };
    },

    async listThemes() {
      return loadThemeTree(db, setId);
    },

    async listAgreements(query) {
      const q = objectArg(query);
      const partyId = optionalString(q, 'partyId', 'De partij', 100);
      if (partyId !== undefined) knownPartyId(partyId, (id) => partyExists(db, id));
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
        const current = loadAgreementForEdit(db, id);
        if (!current) throw new ServiceError('not_found', `Afspraak ${id} bestaat niet.`);
        if (expected !== undefined && expected !== current.updatedAt) {
          throw new ServiceError(
            'conflict',
            'Deze afspraak is intussen door iemand anders gewijzigd. Bekijk de nieuwe tekst en breng uw wijziging opnieuw aan.',
          );
        }
        const before: Record<AuditField, string> = current.texts;
        const changed = EDITABLE.filter(({ field }) => changes[field] !== undefined && changes[field] !== before[field]);
        if (changed.length === 0) return;
        const at = ctx.now().toISOString();
        const after = { ...before };
        for (const { field } of changed) after[field] = changes[field] as string;
        saveAgreementEdit(
          db,
          id,
          changed.map(({ field }) => ({ field, oldValue: before[field], newValue: after[field] })),
          at,
          ctx.changedBy,
        );
        const set = setSummary();
        const resolver = createPartyResolver(loadPartyDirectory(db, setId));
        const derived = {
          schedule: parseSchedule(after.scheduleText, { start: set.periodStart, end: set.periodEnd }),
          lead: resolver.resolve(after.leadText),
          involved: resolver.resolve(after.involvedText),
        };
        const row = getAgreementRow(db, id);
        const topic = topicContext(current.topicId);
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
      const counts = partyRoleCounts(db, setId);
      const count = (id: string, role: string) => counts.find((c) => c.partyId === id && c.role === role)?.count ?? 0;
      return directory.parties.map(
        (p): PartyWithCounts => ({ ...p, leadCount: count(p.id, 'lead'), involvedCount: count(p.id, 'involved') }),
      );
    },

    async resolvePartyName(arg) {
      const name = optionalString(objectArg(arg), 'name', 'De naam van de partij', 200)?.trim();
      if (!name) throw new ServiceError('invalid_input', 'Geef de naam van een partij op.');
      return createPartyResolver(loadPartyDirectory(db, setId)).resolveOne(name);
    },

    async listGlossary() {
      return loadGlossary(db, setId);
    },

    async listIndicators() {
      return loadStoredIndicators(db, setId);
    },

    // Here every call runs in its caller's turn, to its end: none runs as a job to ask after or to cancel.
    // The shells that run heavy calls in the background answer these from their job runner (job-runner.ts).
    async getJobProgress(arg) {
      return { jobId: requiredJobId(objectArg(arg)), state: 'unknown', phase: null, label: '', cancellable: false };
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
