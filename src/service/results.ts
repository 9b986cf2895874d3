// Verantwoording through the service: the results uitvraag, importing results
// and indicator figures (previewed, then committed whole after a backup), and
// the verantwoording or tussenevaluatie report.
import { agreementWorkYear } from '../accountability/agreement-work';
import { pairResults } from '../accountability/match';
import { buildAccountabilityReport } from '../accountability/report';
import type { AccountabilityReport } from '../domain/accountability';
import type { ActivityResult } from '../domain/results';
import { RESULT_STATUS_WORD_LIST, isResultStatus, statusWordOf, type ResultStatus } from '../domain/results';
import type { JointOverview } from '../domain/joint-overview';
import { backupDatabase } from '../db/backup';
import { queryAgreements, queryLinkableAgreements } from '../db/agreements';
import { bundleVersions, loadBundleSnapshot } from '../db/bundle';
import { loadEnteredIndicatorValues, loadIndicatorBaselines } from '../db/indicators';
import { loadPartyDirectory } from '../db/party-directory';
import { currentIndicatorValues, currentResults, insertResults, loadAdvice, loadAdviceVersions, resultsOfSubmission, saveAdvice, type NewResult } from '../db/results';
import { allSubmissions, currentSubmission, insertSubmission, recordRequest, submissionVersions } from '../db/submissions';
import { createPartyResolver } from '../domain/parties';
import { normalizeForSearch } from '../domain/text';
import type { Indicator } from '../domain/types';
import { linkActivities } from '../imports/link';
import { FILE_LINKS, choiceList } from '../domain/links';
import { readResultsWorkbook } from '../imports/read-results';
import { applyStatusChoices, statusKey, type StatusChoice } from '../imports/status-choices';
import type { ImportProblem } from '../imports/types';
import { accountabilityFileName, writeAccountabilityDocx, writeAccountabilityXlsx } from '../reports/accountability';
import { reportCharts } from '../reports/charts';
import { plannedActivitiesOf, writeResultsRequest } from '../requests/results-request';
import { parseAgreementKey } from '../requests/template';
import { LED_AGREEMENT_ACTIVITY, PLANNED_KEY_PREFIX } from '../domain/accountability';
import { localDay } from '../domain/local-time';
import {
  type FilePayload,
  type ReportQuery,
  type ResultsImportRequest,
  type ResultsPreview,
  type ActivityDiffItem,
  type ResultView,
  type WerkbankApi,
} from './contract';
import { ServiceError } from '../domain/errors';
import { assertCommittable, decodeFile, receivedOnArg, submissionRecord } from './import-file';
import { preparedImports, type PreparedUse } from './prepared-imports';
import type { ReadonlyDb } from '../db/open';
import type { ServiceContext, SetInfo } from './context';
import { knownPartyId, objectArg, optionalOneOf, optionalString, requiredInteger, optionalYearInPeriod, yearInPeriod } from './validate';

type ResultMethods = Pick<
  WerkbankApi,
  | 'makeResultsRequests'
  | 'previewResultsImport'
  | 'commitResultsImport'
  | 'getAccountabilityReport'
  | 'setReportAdvice'
  | 'exportAccountabilityReport'
  | 'getAccountabilityCharts'
  | 'getAgreementWork'
>;



export function createResultMethods(
  ctx: ServiceContext,
  setInfo: () => SetInfo,
  api: () => WerkbankApi,
): ResultMethods {
  const { db, setId } = ctx;

  const yearIn = (a: Record<string, unknown>, field: string, label: string, required: boolean): number | undefined => {
    return required ? yearInPeriod(a, field, label, setInfo(), 'Uitvoeringsjaar') : optionalYearInPeriod(a, field, label, setInfo(), 'Uitvoeringsjaar');
  };

  /** The definitive bundle of a year: what was promised, and so what results are asked about. */
  function definitiveBundle(year: number, reader: ReadonlyDb = db): JointOverview | null {
    const final = bundleVersions(reader, setId, year).find((v) => v.status === 'final');
    return final?.number ? loadBundleSnapshot(reader, setId, year, final.number) : null;
  }

  type Prepared = Awaited<ReturnType<typeof prepareAnew>>;
  const prepared = preparedImports<Prepared>(db, (p) => p.results.length);

  /** The prepared import: kept for a later call (a preview), or taken to be stored (a commit). */
  async function prepare(arg: ResultsImportRequest, use: PreparedUse): Promise<Prepared> {
    // What was asked of the file: party, year, status choices and pairings, as given.
    const { file: payload, ...asked } = objectArg(arg);
    const file = decodeFile(payload, 'resultatenoverzicht');
    return prepared(file, asked, use, () => prepareAnew(db, arg, file));
  }

  /**
   * Reads and pairs a results file; stores nothing. Its db is the read-only
   * handle (it hides the service's own), so a write here would not compile.
   */
  async function prepareAnew(db: ReadonlyDb, arg: ResultsImportRequest, { name, bytes }: { name: string; bytes: Buffer }) {
    const a = objectArg(arg);
    const directory = loadPartyDirectory(db, setId);
    const givenParty = optionalString(a, 'partyId', 'De partij', 100);
    if (givenParty !== undefined) knownPartyId(givenParty, (k) => directory.parties.some((p) => p.id === k));
    const givenYear = yearIn(a, 'executionYear', 'Het uitvoeringsjaar', false);
    const indicators = await api().listIndicators();
    ctx.job?.phase('reading');
    const raw = await readResultsWorkbook(bytes, name, { indicators });
    const mismatches: ImportProblem[] = [];
    const problem = (code: string, message: string) => mismatches.push({ severity: 'error', code, message, file: name });

    let party: ResultsPreview['party'] = { id: null, source: null };
    let year: ResultsPreview['executionYear'] = { value: null, source: null };
    if (raw.meta) {
      party = { id: raw.meta.partyId, source: 'workbook' };
      year = { value: raw.meta.planningYear, source: 'workbook' };
      if (givenParty && givenParty !== raw.meta.partyId) problem('party-mismatch', `${name}: deze werkmap is de uitvraag voor ${raw.meta.partyName}, niet voor de gekozen partij.`);
      if (givenYear !== undefined && givenYear !== raw.meta.planningYear) problem('year-mismatch', `${name}: deze werkmap gaat over uitvoeringsjaar ${raw.meta.planningYear}, niet over ${givenYear}.`);
    } else {
      if (givenParty) party = { id: givenParty, source: 'given' };
      else if (raw.partyHint) {
        const ids = [...new Set(createPartyResolver(directory).resolve(raw.partyHint).flatMap((r) => r.partyIds))];
        party = ids.length === 1 ? { id: ids[0] as string, source: 'file-name', hint: raw.partyHint } : { id: null, source: null, hint: raw.partyHint };
      }
      if (givenYear !== undefined) year = { value: givenYear, source: 'given' };
      else if (raw.yearHint !== undefined) year = { value: raw.yearHint, source: 'file-name' };
    }

    // Status texts the Werkbank does not know: read as the secretary chooses now, else as she chose for the current version.
    const current = party.id && year.value ? currentSubmission(db, setId, party.id, year.value, 'results') : null;
    const choices = a.statusChoices !== undefined ? statusChoicesArg(a) : current ? choicesOf(resultsOfSubmission(db, current.id)) : [];
    const chosen = applyStatusChoices(raw.results, raw.problems, choices, name);
    const read = { ...raw, results: chosen.results };
    const problems: ImportProblem[] = [...chosen.problems, ...mismatches];

    // Match each row to what was planned: our key says it; otherwise the afspraak and the text.
    const agreements = queryLinkableAgreements(db, setId);
    const byId = new Map(agreements.map((r) => [r.id, r]));
    const bundle = year.value ? definitiveBundle(year.value, db) : null;
    const planned = party.id && bundle ? plannedActivitiesOf(bundle, party.id) : [];
    if (year.value && !bundle) {
      problems.push({
        severity: 'warning',
        code: 'no-definitive-bundle',
        file: name,
        message: `${name}: voor ${year.value} is geen gezamenlijk activiteitenoverzicht definitief vastgesteld, dus er is niets gepland om deze resultaten aan te koppelen; alle regels tellen als niet gepland werk.`,
      });
    }
    ctx.job?.phase('linking');
    const links = linkActivities(
      read.results.map((r) => ({ ...r, extra: r.extra })),
      agreements,
      { fileName: name, partyId: party.id },
    );
    // A partner's own layout has no keys: each row answers the planned activity the secretary chose for it;
    // else the one its text answered in the current version; else the one its text matches
    // best, within the afspraak the partner named (see accountability/match.ts).
    const plannedIds = new Set(planned.map((p) => p.identity));
    const keyedIdentity = (r: (typeof read.results)[number]) => (r.key?.startsWith(PLANNED_KEY_PREFIX) ? r.key.slice(PLANNED_KEY_PREFIX.length) : undefined);
    const chosenPairs = pairingsArg(a, plannedIds, read.results.length);
    for (const [position, identity] of chosenPairs) {
      if (identity !== null && read.results.some((r) => keyedIdentity(r) === identity)) {
        throw new ServiceError('invalid_input', `Regel ${position}: die geplande activiteit wordt al beantwoord door een regel van de uitvraag zelf.`);
      }
    }
    const earlier = new Map<string, string | null>(
      (current ? resultsOfSubmission(db, current.id) : [])
        .filter((r) => !r.planned || plannedIds.has(r.identity))
        .map((r) => [normalizeForSearch(r.activity), r.planned ? r.identity : null]),
    );
    const pairs = pairResults(
      read.results.map((r, i) => {
        const link = links[i];
        const keyed = keyedIdentity(r);
        return {
          activity: r.activity,
          // Only what the file itself settles narrows the search; a proposal does not.
          agreementId: link && FILE_LINKS.includes(link.status) ? link.agreementId : null,
          unplanned: r.unplanned,
          ...(keyed !== undefined ? { keyedIdentity: keyed } : r.key ? { keyedOtherwise: true } : {}),
        };
      }),
      planned,
      { chosen: chosenPairs, earlier },
    );
    let unplannedCount = 0;
    const results: (NewResult & { position: number })[] = read.results.map((r, i) => {
      let identity: string | null = null;
      let agreementId: number | null = null;
      let activity = r.activity;
      const keyed = keyedIdentity(r);
      if (keyed !== undefined) {
        identity = keyed;
        agreementId = planned.find((p) => p.identity === identity)?.agreementId ?? null;
      } else if (r.key && parseAgreementKey(r.key) !== null) {
        agreementId = parseAgreementKey(r.key);
        identity = `afspraak:${agreementId}`;
        activity = LED_AGREEMENT_ACTIVITY;
      } else {
        const answered = pairs[i]?.planned ?? null;
        const link = links[i];
        // An answered planned activity stays under the afspraak of the gezamenlijk overzicht.
        agreementId = answered ? answered.agreementId : link && link.status !== 'none' ? link.agreementId : null;
        identity = answered?.identity ?? null;
      }
      const isPlanned = identity !== null;
      if (!isPlanned) identity = `ongepland:${++unplannedCount}`;
      return {
        position: i + 1,
        sheet: r.sheet,
        rowNumber: r.rowNumber,
        identity: identity as string,
        agreementId: agreementId !== null && byId.has(agreementId) ? agreementId : null,
        activity,
        planned: isPlanned,
        status: r.status ?? null,
        statusText: r.statusText ?? '',
        result: r.result ?? '',
        explanation: r.explanation ?? '',
        steeringNeeded: r.steeringNeeded ?? null,
        extra: r.extra,
      };
    });
    const values = read.indicators
      .filter((v): v is typeof v & { code: string; value: number } => v.code !== undefined && v.value !== null)
      .map((v) => ({ code: v.code, value: v.value, valueText: v.valueText, note: v.note ?? '' }));

    const missing: ResultsPreview['missing'] = [];
    if (party.id === null) missing.push('party');
    if (year.value === null) missing.push('executionYear');
    // The same file read the same way changes nothing; read with another choice of status it is a new version.
    const changes = current ? diffResults(resultsOfSubmission(db, current.id), results) : null;
    const same = current !== null && current.sha256 === read.sha256 && changes !== null && changes.items.length === 0;
    const errors = problems.filter((p) => p.severity === 'error').length;
    const plannedText = new Map(planned.map((p) => [p.identity, p.activity]));
    const views: ResultView[] = results.map((r, i) => ({
      ...r,
      reference: r.agreementId !== null ? (byId.get(r.agreementId)?.reference ?? null) : null,
      matchedBy: pairs[i]?.by ?? null,
      plannedActivity: r.planned ? (plannedText.get(r.identity) ?? null) : null,
    }));
    const plannedActivities = planned.map((p) => ({
      identity: p.identity,
      activity: p.activity,
      reference: p.agreementId !== null ? (byId.get(p.agreementId)?.reference ?? null) : null,
    }));
    const answered = new Set(views.map((v) => v.identity));
    const preview: ResultsPreview = {
      fileName: name,
      sha256: read.sha256,
      size: read.size,
      ours: read.meta !== null,
      sheet: read.sheet,
      headerRow: read.headerRow,
      party,
      executionYear: year,
      missing,
      rowsRead: read.rowsRead,
      notes: read.notes,
      results: views,
      indicators: read.indicators.map((v) => ({ code: v.code ?? null, title: v.title, value: v.value, valueText: v.valueText, note: v.note ?? '', rowNumber: v.rowNumber })),
      problems,
      unknownStatuses: chosen.unknown,
      plannedActivities,
      unansweredPlanned: plannedActivities.filter((p) => !answered.has(p.identity)),
      counts: {
        results: views.length,
        planned: views.filter((v) => v.planned).length,
        unplanned: views.filter((v) => !v.planned).length,
        deviations: views.filter((v) => v.status === 'delayed' || v.status === 'not-started' || v.status === 'dropped').length,
        errors,
        warnings: problems.length - errors,
      },
      alreadyImported: current && same ? { version: current.version, importedAt: current.importedAt } : null,
      diff: current && changes && !same ? { againstVersion: current.version, ...changes } : null,
      canCommit: errors === 0 && missing.length === 0,
    };
    return { preview, results, values, read };
  }

  function report(q: ReportQuery, advice?: string): Promise<AccountabilityReport> | AccountabilityReport {
    const a = objectArg(q);
    const from = yearIn(a, 'fromYear', 'Het eerste uitvoeringsjaar', true) as number;
    const to = yearIn(a, 'toYear', 'Het laatste uitvoeringsjaar', false) ?? from;
    if (to < from) throw new ServiceError('invalid_input', 'Het laatste jaar ligt vóór het eerste.');
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const key = years.length === 1 ? String(from) : `${from}-${to}`;
    if (advice !== undefined) saveAdvice(db, setId, key, advice, ctx.now().toISOString(), ctx.changedBy);
    return (async () => {
      ctx.job?.phase('computing');
      const directory = loadPartyDirectory(db, setId);
      const submissions = allSubmissions(db, setId, 'results')
        .filter((s) => years.includes(s.planningYear))
        .map((s) => ({ partyId: s.partyId, year: s.planningYear, version: s.version, importedAt: s.importedAt, receivedOn: s.receivedOn }));
      return buildAccountabilityReport({
        kind: years.length > 1 ? 'interim' : 'annual',
        agreementSet: setInfo(),
        executionYears: years,
        now: ctx.now(),
        today: localDay(ctx.now()),
        agreements: queryAgreements(db, setId, {}),
        themes: await api().listThemes(),
        parties: directory.parties.map((p) => ({ id: p.id, name: p.name, shortName: p.shortName, kind: p.kind })),
        bundles: new Map(years.map((y) => [y, definitiveBundle(y)])),
        results: currentResults(db, setId, years),
        submissions,
        indicators: await api().listIndicators(),
        indicatorValues: currentIndicatorValues(db, setId),
        indicatorBaselines: loadIndicatorBaselines(db, setId),
        enteredIndicatorValues: loadEnteredIndicatorValues(db, setId),
        advice: loadAdvice(db, setId, key),
        adviceVersions: loadAdviceVersions(db, setId, key),
      });
    })();
  }

  return {
    async makeResultsRequests(arg) {
      const a = objectArg(arg);
      const year = yearIn(a, 'executionYear', 'Het uitvoeringsjaar', true) as number;
      const directory = loadPartyDirectory(db, setId);
      const wanted = Array.isArray(a.partyIds) ? (a.partyIds as unknown[]) : undefined;
      for (const id of wanted ?? []) {
        knownPartyId(id, (k) => directory.parties.some((p) => p.id === k));
      }
      const bundle = definitiveBundle(year);
      if (!bundle) {
        throw new ServiceError(
          'conflict',
          `Er is nog geen definitief gezamenlijk overzicht voor ${year}; de uitvraag van resultaten vraagt naar wat daarin is afgesproken. Stel eerst het overzicht ${year} definitief vast.`,
        );
      }
      const agreements = queryAgreements(db, setId, {});
      const indicators = await api().listIndicators();
      const files: FilePayload[] = [];
      const made: { partyId: string; fileName: string }[] = [];
      ctx.job?.phase('writing');
      for (const party of directory.parties.filter((p) => !wanted || wanted.includes(p.id))) {
        const { fileName, data } = await writeResultsRequest({
          party: { id: party.id, name: party.name, shortName: party.shortName, kind: party.kind },
          executionYear: year,
          agreementSet: setInfo(),
          planned: plannedActivitiesOf(bundle, party.id),
          ledAgreements: queryAgreements(db, setId, { partyId: party.id, role: 'lead', year }),
          indicators: indicators
            .filter((i) => i.partyIds.includes(party.id))
            .map((i) => ({
              code: i.code,
              title: i.title,
              unit: i.unit,
              target: i.target,
              deadlineYear: i.deadlineYear,
              description: i.description,
              direction: i.direction,
              partyIds: i.partyIds,
              ...(i.baselineYear !== undefined ? { baselineYear: i.baselineYear } : {}),
              ...sameHomesAs(i, indicators),
            })),
          parties: directory.parties.map((p) => ({ id: p.id, shortName: p.shortName })),
          contact: {
            name: optionalString(a, 'contactName', 'De naam van de contactpersoon', 200)?.trim() || 'het secretariaat van de Werkgroep Prestatieafspraken',
            email: optionalString(a, 'contactEmail', 'Het e-mailadres', 200)?.trim() ?? '',
          },
          createdAt: ctx.now(),
          agreements,
        });
        files.push({ name: fileName, data: Buffer.from(data).toString('base64') });
        made.push({ partyId: party.id, fileName });
      }
      const madeAt = ctx.now().toISOString();
      db.transaction(() => {
        for (const m of made) recordRequest(db, { setId, partyId: m.partyId, planningYear: year, kind: 'results', fileName: m.fileName, madeAt, madeBy: ctx.changedBy });
        ctx.job?.committing();
      }).immediate();
      return files;
    },

    async previewResultsImport(arg) {
      return (await prepare(arg, 'keep')).preview;
    },

    async commitResultsImport(arg) {
      const receivedOn = receivedOnArg(ctx, arg);
      const { preview, results, values, read } = await prepare(arg, 'take');
      assertCommittable(preview);
      const partyId = preview.party.id as string;
      const year = preview.executionYear.value as number;
      if (preview.alreadyImported) {
        const current = currentSubmission(db, setId, partyId, year, 'results');
        if (current) return { submission: current, alreadyImported: true, backupPath: null };
      }
      ctx.job?.phase('backup');
      const backupPath = backupDatabase(db, ctx.databasePath, 'voor-import', { now: ctx.now(), appVersion: ctx.version });
      ctx.job?.phase('saving');
      const submissionId = db.transaction(() => {
        const id = insertSubmission(db, submissionRecord(ctx, { partyId, year, kind: 'results' }, preview, read, receivedOn), []);
        insertResults(db, id, partyId, year, results, values);
        ctx.job?.phase('finishing');
        ctx.job?.committing();
        return id;
      }).immediate();
      ctx.job?.phase('committed');
      const submission = submissionVersions(db, setId, partyId, year, 'results').find((s) => s.id === submissionId);
      if (!submission) throw new ServiceError('internal', 'De resultaten zijn opgeslagen maar niet teruggevonden.');
      return { submission, alreadyImported: false, backupPath };
    },

    async getAccountabilityReport(arg) {
      return report(arg);
    },

    async getAgreementWork(arg) {
      const agreementId = requiredInteger(objectArg(arg), 'agreementId', 'De afspraak', 1, Number.MAX_SAFE_INTEGER);
      if (!queryAgreements(db, setId, {}).some((r) => r.id === agreementId)) throw new ServiceError('not_found', `Afspraak ${agreementId} bestaat niet.`);
      const set = setInfo();
      const years = Array.from({ length: set.periodEnd - set.periodStart + 1 }, (_, i) => set.periodStart + i);
      const work = [];
      ctx.job?.phase('computing');
      for (const year of years) {
        // An activity a person removed is no activity here.
        const activities = (await api().listActivities({ planningYear: year })).filter((a) => !a.correction?.removed);
        work.push(agreementWorkYear(year, activities, await report({ fromYear: year }), agreementId));
      }
      return work.filter((y) => y.rows.length > 0);
    },

    async getAccountabilityCharts(arg) {
      const data = await report(arg);
      ctx.job?.phase('charts');
      const charts = reportCharts(data);
      return { themes: charts.themes.svg, parties: charts.parties.svg, indicators: charts.indicators.map((i) => ({ code: i.code, svg: i.image.svg })) };
    },

    async exportAccountabilityReport(arg) {
      const format = optionalOneOf(objectArg(arg), 'format', 'Het formaat', ['docx', 'xlsx'] as const);
      if (!format) throw new ServiceError('invalid_input', 'Kies Word (docx) of Excel (xlsx).');
      const data = await report(arg);
      ctx.job?.phase('writing');
      const bytes = format === 'docx' ? await writeAccountabilityDocx(data) : await writeAccountabilityXlsx(data);
      return { name: accountabilityFileName(data, format), data: Buffer.from(bytes).toString('base64') };
    },

    async setReportAdvice(arg) {
      const advice = optionalString(objectArg(arg), 'advice', 'Het advies', 50_000);
      if (advice === undefined) throw new ServiceError('invalid_input', 'Het advies ontbreekt.');
      return report(arg, advice.trim());
    },
  };
}

/** The readings of status texts a stored version was given: its own words next to another status. */
function choicesOf(stored: { status: ResultStatus | null; statusText: string }[]): StatusChoice[] {
  const choices = new Map<string, StatusChoice>();
  for (const r of stored) {
    if (r.status !== null && r.statusText.trim() && statusKey(r.statusText) !== r.status) choices.set(statusKey(r.statusText), { text: r.statusText.trim(), status: r.status });
  }
  return [...choices.values()];
}

/** Which planned activity the secretary says a row answers (by the row's position), or null for work that was not planned. */
function pairingsArg(a: Record<string, unknown>, plannedIds: ReadonlySet<string>, rows: number): Map<number, string | null> {
  const pairs = new Map<number, string | null>();
  if (a.pairings === undefined) return pairs;
  if (!Array.isArray(a.pairings) || a.pairings.length > 10_000) throw new ServiceError('invalid_input', 'De gekozen koppelingen zijn geen lijst.');
  for (const raw of a.pairings) {
    const c = objectArg(raw);
    const position = requiredInteger(c, 'position', 'De regel', 1, rows);
    const identity = c.identity === null ? null : optionalString(c, 'identity', 'De geplande activiteit', 2000);
    if (identity === undefined) throw new ServiceError('invalid_input', `Bij regel ${position} ontbreekt de geplande activiteit (of null voor niet gepland).`);
    if (identity !== null && !plannedIds.has(identity)) throw new ServiceError('invalid_input', `Regel ${position}: die activiteit staat niet in het definitieve overzicht van deze partij.`);
    if (identity !== null && [...pairs.values()].includes(identity)) throw new ServiceError('invalid_input', 'Twee regels kunnen niet dezelfde geplande activiteit beantwoorden.');
    pairs.set(position, identity);
  }
  return pairs;
}

/** The secretary's readings of unknown status texts, checked. */
function statusChoicesArg(a: Record<string, unknown>): StatusChoice[] {
  if (a.statusChoices === undefined) return [];
  if (!Array.isArray(a.statusChoices) || a.statusChoices.length > 500) throw new ServiceError('invalid_input', 'De gekozen statussen zijn geen lijst.');
  return a.statusChoices.map((raw) => {
    const c = objectArg(raw);
    const text = optionalString(c, 'text', 'De statustekst', 500);
    if (text === undefined || !text.trim()) throw new ServiceError('invalid_input', 'Bij een gekozen status ontbreekt de tekst uit het bestand.');
    if (!isResultStatus(c.status)) throw new ServiceError('invalid_input', `"${String(c.status)}" is geen status; kies ${choiceList(RESULT_STATUS_WORD_LIST)}.`);
    return { text, status: c.status };
  });
}

/** What changed against the current version: matched by planned identity, or by the text of unplanned work. */
export function diffResults(
  before: Omit<ActivityResult, 'partyId' | 'executionYear'>[],
  after: Omit<ActivityResult, 'partyId' | 'executionYear'>[],
): { added: number; changed: number; removed: number; items: ActivityDiffItem[] } {
  const key = (r: { planned: boolean; identity: string; activity: string }) =>
    r.planned ? r.identity : `ongepland:${normalizeForSearch(r.activity)}`;
  const old = new Map(before.map((r) => [key(r), r]));
  const items: ActivityDiffItem[] = [];
  let changed = 0;
  for (const r of after) {
    const was = old.get(key(r));
    old.delete(key(r));
    if (!was) {
      items.push({ change: 'added', activity: r.activity, details: [] });
      continue;
    }
    const details: string[] = [];
    const field = (label: string, a: string, b: string) => {
      if (a !== b) details.push(`${label}: ${a || '(leeg)'} → ${b || '(leeg)'}`);
    };
    field('Status', statusWordOf(was), statusWordOf(r));
    field('Resultaat', was.result, r.result);
    field('Toelichting', was.explanation, r.explanation);
    const steering = (v: boolean | null) => (v === null ? '' : v ? 'ja' : 'nee');
    field('Bijsturing nodig', steering(was.steeringNeeded), steering(r.steeringNeeded));
    if (details.length > 0) {
      changed++;
      items.push({ change: 'changed', activity: r.activity, details });
    }
  }
  for (const r of old.values()) items.push({ change: 'removed', activity: r.activity, details: [] });
  return { added: items.filter((i) => i.change === 'added').length, changed, removed: old.size, items };
}

/** For an interim target: the target it is a step to, whose figure is the same homes (asked twice, answered alike). */
function sameHomesAs(indicator: Indicator, all: Indicator[]): { sameHomesAs?: string } {
  const step = indicator.overlaps?.find((o) => o.relation === 'step-of');
  const other = step ? all.find((i) => i.code === step.code) : undefined;
  return other ? { sameHomesAs: other.title } : {};
}
