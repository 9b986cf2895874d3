// Activiteitenoverzichten in: making the uitvraag workbooks, previewing an
// import, committing it whole (after a backup) or not at all, and the
// submissions' versions and status.
import { backupDatabase } from '../db/backup';
import { agreementExists, queryAgreements, queryLinkableAgreements, queryLinkableCommitments } from '../db/agreements';
import { ownPeopleColumn } from '../imports/own-people';
import { partyMarkColumns } from '../imports/party-marks';
import { jointOverviewRows } from '../imports/joint-overview-rows';
import { otherPartyRows, partiesInName } from '../imports/other-party-rows';
import { loadPartyDirectory } from '../db/party-directory';
import {
  activitiesOf,
  allSubmissions,
  currentSubmission,
  currentSubmissionIds,
  insertSubmission,
  lastRequests,
  recordRequest,
  submissionVersions,
  settledLinks,
  setSubmissionReceivedOn,
  undoneSubmissions,
} from '../db/submissions';
import { activityIdentity } from '../bundle/compute';
import { partiesNamedIn } from '../bundle/needs';
import { createPartyResolver, partyIdsOf, type PartyResolver } from '../domain/parties';
import { deliveryDeadline, roundStatuses, type DeliveryStatus } from '../domain/delivery';
import { keptAnswers } from '../domain/kept-answers';
import { normalizeForSearch } from '../domain/text';
import { resultsSignal } from '../imports/kind';
import { linkActivities, MAX_PRECEDENTS, type Precedent } from '../imports/link';
import { examplePrecedents, loadLinkExamples } from '../imports/link-examples';
import { readActivityWorkbook } from '../imports/read-workbook';
import type { ActivityLink, ImportProblem, ReadWorkbook } from '../imports/types';
import { countLinks, decidedStatus, DECIDED_LINKS, FILE_LINKS, linkIsOpen, type LinkCandidate } from '../domain/links';
import { writeActivityRequest } from '../requests/activity-request';
import {
  type ActivityDiffItem,
  type FilePayload,
  type FileRow,
  type ImportCommit,
  type ImportPreview,
  type ImportRequest,
  type SubmissionStatusCell,
  type WerkbankApi,
} from './contract';
import type { ActivityLinkView, ActivityView, NewActivity } from '../domain/activities';
import { SUBMISSION_KINDS, SUBMISSION_KIND_WORD, type SubmissionKind } from '../domain/submissions';
import type { AgreementRow } from '../domain/agreements';
import { ServiceError } from '../domain/errors';
import { assertCommittable, decodeFile, receivedOnArg, submissionRecord } from './import-file';
import { insertActivityLog } from '../db/activity-log';
import { chooseLines, lineChoiceEntries, rememberedLines } from './line-choices';
import { formatDateNl } from '../domain/calendar';
import { preparedImports, type PreparedUse } from './prepared-imports';
import { applyCorrections, correctionViews, correctionsReader } from './corrections';
import type { ReadonlyDb } from '../db/open';
import type { ServiceContext, SetInfo } from './context';
import { localDay } from '../domain/local-time';
import { knownPartyId, objectArg, optionalFileRows, optionalIsoDate, optionalOneOf, optionalString, planningYearInPeriod, requiredInteger } from './validate';

type ImportMethods = Pick<
  WerkbankApi,
  | 'makeActivityRequests'
  | 'previewImport'
  | 'commitImport'
  | 'getSubmissionStatus'
  | 'listSubmissionVersions'
  | 'listUndoneImports'
  | 'setReceivedOn'
  | 'listActivities'
>;


interface Prepared {
  preview: ImportPreview;
  activities: NewActivity[];
  read: ReadWorkbook;
}

const FIELD_LABELS: Record<string, string> = {
  activity: 'Activiteit',
  agreementRef: 'Afspraak',
  role: 'Rol',
  lead: 'Trekker',
  budget: 'Budget',
  needs: 'Nodig van anderen',
  needsFrom: 'Van wie',
  ambition: 'Ambitie',
  planning: 'Planning',
  involved: 'Betrokken',
  notes: 'Toelichting',
};
const COMPARED_FIELDS = Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS & keyof ActivityView)[];

export function createImportMethods(ctx: ServiceContext, setInfo: () => SetInfo): ImportMethods {
  const { db, setId } = ctx;

  const planningYearArg = (obj: Record<string, unknown>, required: boolean): number | undefined => {
    // Not given is null or absent; an empty text is a year left out ("ontbreekt").
    if (!required && (obj.planningYear === undefined || obj.planningYear === null)) return undefined;
    return planningYearInPeriod(obj, setInfo());
  };

  const partyArg = (obj: Record<string, unknown>, field: string): string | undefined => {
    const id = optionalString(obj, field, 'De partij', 100);
    if (id === undefined || id === '') return undefined;
    return knownPartyId(id, (k) => loadPartyDirectory(db, setId).parties.some((p) => p.id === k));
  };

  /** Which versions to list: one party's submission of one kind for one year. */
  const versionsArg = (arg: unknown): { partyId: string; planningYear: number; kind: SubmissionKind } => {
    const a = objectArg(arg);
    const partyId = partyArg(a, 'partyId');
    if (!partyId) throw new ServiceError('invalid_input', 'Kies een partij.');
    const kind = optionalOneOf(a, 'kind', 'De soort', SUBMISSION_KINDS) ?? 'activities';
    return { partyId, planningYear: planningYearArg(a, true) as number, kind };
  };

  /**
   * The links settled before in this set, by a person or by the files, newest
   * first: evidence for activities that resemble them, never a link by itself.
   */
  const precedents = (reader: ReadonlyDb, kind: SubmissionKind): Precedent[] =>
    settledLinks(reader, setId, kind, [...DECIDED_LINKS, ...FILE_LINKS], MAX_PRECEDENTS).map((l) => ({
      activity: l.activity,
      agreementId: l.agreementId,
      partyId: l.partyId,
      planningYear: l.planningYear,
      byHand: DECIDED_LINKS.includes(l.status),
    }));

  const prepared = preparedImports<Prepared>(db, (p) => p.activities.length);

  /** The prepared import: kept for a later call (a preview), or taken to be changed and stored (a commit). */
  async function prepare(arg: ImportRequest, use: PreparedUse): Promise<Prepared> {
    const a = objectArg(arg);
    const file = decodeFile(a.file, 'activiteitenoverzicht');
    const kind: SubmissionKind = optionalOneOf(a, 'kind', 'De soort', SUBMISSION_KINDS) ?? 'activities';
    const givenParty = partyArg(a, 'partyId');
    const givenYear = planningYearArg(a, false);
    const rows = {
      asActivity: optionalFileRows(a, 'rowsAsActivity', 'De regels die een activiteit worden'),
      asNote: optionalFileRows(a, 'rowsAsNote', 'De regels die een opmerking blijven'),
    };
    return prepared(file, [kind, givenParty ?? null, givenYear ?? null, rows], use, () => prepareAnew(db, file.name, file.bytes, kind, givenParty, givenYear, rows));
  }

  /**
   * Reads, links and checks a file; stores nothing. Its db is the read-only
   * handle (it hides the service's own), so a write here would not compile.
   */
  async function prepareAnew(
    db: ReadonlyDb,
    name: string,
    bytes: Buffer,
    kind: SubmissionKind,
    givenParty: string | undefined,
    givenYear: number | undefined,
    rows: { asActivity: readonly FileRow[]; asNote: readonly FileRow[] },
  ): Promise<Prepared> {
    const set = setInfo();
    const directory = loadPartyDirectory(db, setId);
    const resolver = createPartyResolver(directory);
    // Asked for every fuzzy or linked party name: one look-up in what was loaded once.
    const shortNames = new Map(directory.parties.map((p) => [p.id, p.shortName]));
    const partyName = (id: string) => shortNames.get(id) ?? id;

    // The file's party's full name: one named for two gemeenten ("Huurdersbelangen Beuningen Druten") works in both.
    const givenPartyName = givenParty ? directory.parties.find((p) => p.id === givenParty)?.name : undefined;
    ctx.job?.phase('reading');
    /** Whether a heading or name names a party or a group of them we know. */
    const namesParty = (written: string): boolean => resolver.resolve(written).some((r) => r.status !== 'unknown');
    const onePartyOf = (header: string): string | null => {
      const ids = partyIdsOf(resolver.resolve(header));
      return ids.length === 1 ? (ids[0] as string) : null;
    };
    const marked = partyMarkColumns(
      ownPeopleColumn(
        await readActivityWorkbook(bytes, name, {
          ...(givenYear === undefined ? {} : { planningYear: givenYear }),
          ...(set.municipality ? { municipality: set.municipality } : {}),
          ...(set.places.length > 0 ? { places: set.places } : {}),
          parties: { of: onePartyOf, names: namesParty, ...(givenParty ? { own: givenParty } : {}) },
          ...(givenPartyName === undefined ? {} : { partyName: givenPartyName }),
        }),
        namesParty,
      ),
      onePartyOf,
    );
    // Asked of every cell of every row, some many times over (other-party-rows.ts): each text once.
    const namedIn = keptAnswers(10_000, (text: string): readonly string[] => partyIdsOf(partiesNamedIn(text, resolver, directory.parties)));
    // The party the title or file name names. A file two parties keep together ("Planning Woonwaarts-HBD 2028"):
    // whose version it is, the secretary says. The gemeente named in a file name is the place ("… gemeente Druten").
    const hinted = marked.partyHint ? partyOfHint(resolver, marked.partyHint) : null;
    const notPlace = (other: string): boolean => directory.parties.some((p) => p.id === other && p.kind !== 'municipality');
    const alsoNamed = hinted === null ? [] : partiesInName(name, namedIn).filter((other) => other !== hinted && notPlace(other));
    const hintParty = alsoNamed.length === 0 ? hinted : null;
    // A meeting's action list holds the other parties' actions too: the file's party's rows only (other-party-rows.ts),
    // once that party is known, not guessed.
    const ownParty = marked.meta ? null : (givenParty ?? hintParty);
    const knownParties = (written: string): string[] | null => {
      const refs = resolver.resolve(written);
      return refs.some((r) => r.status === 'unknown') ? null : partyIdsOf(refs);
    };
    // The joint overview sent back: another party's row is theirs, unless the sender's reaction gives it its own part.
    const read = ownParty === null ? marked : otherPartyRows(jointOverviewRows(marked, ownParty, knownParties, partyName), ownParty, knownParties, partyName, namedIn);
    const problems: ImportProblem[] = [...read.problems];
    const problem = (severity: ImportProblem['severity'], code: string, message: string, at: Partial<ImportProblem> = {}) =>
      problems.push({ severity, code, message, file: name, ...at });

    // Party: ours says it; else what the user chose; else a hint from title rows or file name.
    let party: ImportPreview['party'] = { id: null, source: null };
    if (read.meta) {
      party = { id: read.meta.partyId, source: 'workbook' };
      if (!directory.parties.some((p) => p.id === read.meta?.partyId)) {
        problem('error', 'unknown-party', `${name}: de werkmap is gemaakt voor een partij die deze database niet kent (${read.meta.partyName}).`);
        party = { id: null, source: null };
      } else if (givenParty && givenParty !== read.meta.partyId) {
        problem(
          'error',
          'party-mismatch',
          `${name}: deze werkmap is de uitvraag voor ${read.meta.partyName}, niet voor ${partyName(givenParty)}. Kies het juiste bestand of de juiste partij.`,
        );
      }
      if (read.meta.agreementSet !== set.code) {
        problem('error', 'other-agreement-set', `${name}: deze werkmap hoort bij andere prestatieafspraken (${read.meta.agreementSet}).`);
      }
      if (read.meta.kind !== kind) {
        problem('error', 'other-kind', `${name}: dit is een uitvraag voor ${SUBMISSION_KIND_WORD[read.meta.kind]}, niet voor ${SUBMISSION_KIND_WORD[kind]}.`);
      }
    } else if (givenParty) {
      party = { id: givenParty, source: 'given' };
    } else if (read.partyHint) {
      party = hintParty !== null ? { id: hintParty, source: 'file-name', hint: read.partyHint } : { id: null, source: null, hint: read.partyHint };
      if (hinted !== null && alsoNamed.length > 0) {
        problem('warning', 'party-several', `${name}: de bestandsnaam noemt ${[hinted, ...alsoNamed].map(partyName).join(' en ')}; kies van welke partij dit overzicht is.`);
      }
    }

    if (!read.meta && kind === 'activities') {
      const signal = resultsSignal(name, read.sheet, read.columns.map((c) => c.header));
      if (signal) {
        problem(
          'warning',
          'looks-like-results',
          `${name}: dit lijkt een resultatenoverzicht, geen activiteitenoverzicht (${signal.where} "${signal.text}"). Lees het in bij de verantwoording, als resultaten; als activiteitenoverzicht vervangt het de planning van de partij.`,
        );
      }
    }

    let planningYear: ImportPreview['planningYear'] = { value: null, source: null };
    if (read.meta) {
      planningYear = { value: read.meta.planningYear, source: 'workbook' };
      if (givenYear !== undefined && givenYear !== read.meta.planningYear) {
        problem(
          'error',
          'year-mismatch',
          `${name}: deze werkmap is de uitvraag voor planningsjaar ${read.meta.planningYear}, niet voor ${givenYear}.`,
        );
      }
    } else if (givenYear !== undefined) {
      planningYear = { value: givenYear, source: 'given' };
    } else if (read.yearHint !== undefined && read.yearHint >= set.periodStart && read.yearHint <= set.periodEnd) {
      planningYear = { value: read.yearHint, source: 'file-name' };
    }

    ctx.job?.phase('linking');
    const agreements = queryLinkableAgreements(db, setId);
    const byId = new Map(agreements.map((r) => [r.id, r]));
    const current =
      party.id !== null && planningYear.value !== null ? currentSubmission(db, setId, party.id, planningYear.value, kind) : null;
    const previous = current ? activitiesOf(db, [current.id], { includeRemoved: true }) : [];

    // Whether a line is an activity, as the secretary chose it: now, or in an earlier version that the current
    // version still shows so. Lines made activities follow the file's own activities, linked as those are.
    const remembered =
      party.id !== null && planningYear.value !== null
        ? rememberedLines(db, { setId, partyId: party.id, planningYear: planningYear.value }, current, previous)
        : { asActivity: new Set<string>(), asNote: new Set<string>() };
    const chosenLines = chooseLines(read, rows, remembered, party.id ?? '', name, problems);
    const links = linkActivities(read.activities, agreements, {
      fileName: name,
      partyId: party.id,
      resolveLead: (written) => partyIdsOf(resolver.resolve(written)),
      partyName,
      precedents: precedents(db, kind),
      // The set's example activities, for activities (a result says what was done, in other words).
      ...(kind === 'activities' ? { examples: examplePrecedents(loadLinkExamples(set.code), agreements, ctx.linkExamples ?? 'all') } : {}),
      commitments: queryLinkableCommitments(db, setId),
      ...(planningYear.value !== null ? { planningYear: planningYear.value } : {}),
      representedBy: (id) => directory.parties.find((p) => p.id === id && p.kind === 'tenant-body')?.linkedPartyIds ?? [],
      ...(set.municipality ? { municipality: set.municipality } : {}),
    });
    for (const link of links) problems.push(...(link.problems ?? []));

    const activities: NewActivity[] = read.activities.map((act, i) => {
      const link: ActivityLink = links[i] ?? { status: 'none', agreementId: null, candidates: [] };
      const needsFromParties = resolver.resolve(act.needsFrom ?? '');
      const involvedParties = resolver.resolve(act.involved ?? '');
      const leadParties = resolver.resolve(act.lead ?? '');
      for (const [field, refs] of [
        ['needsFrom', needsFromParties],
        ['involved', involvedParties],
        ['lead', leadParties],
      ] as const) {
        for (const ref of refs) {
          const column = (act.fieldColumns as Partial<Record<string, string>> | undefined)?.[field] ?? read.columns.find((c) => c.field === field)?.column;
          const row = act.fieldRows?.[field] ?? act.rowNumber;
          const at = { sheet: act.sheet, row, ...(column ? { column } : {}) };
          const where = `${name}, blad "${act.sheet}", rij ${row}${at.column ? `, kolom ${at.column}` : ''}`;
          if (ref.status === 'unknown') {
            problem('warning', 'unknown-party', `${where}: partij "${ref.written}" is onbekend; zo bewaard als geschreven.`, at);
          } else if (ref.status === 'fuzzy') {
            problem(
              'warning',
              'fuzzy-party',
              `${where}: "${ref.written}" gelezen als ${ref.partyIds.map(partyName).join(', ')}; controleer de spelling.`,
              at,
            );
          }
        }
      }
      // Reader bookkeeping (columns, merged rows) stays behind; a theme row becomes the topic context.
      const { extra, fieldColumns: _columns, fieldRows: _rows, section, lastRowNumber: _last, ...fields } = act;
      if (fields.topicContext === undefined && section !== undefined) fields.topicContext = section;
      return {
        ...fields,
        extra,
        position: i + 1,
        needsFromParties,
        involvedParties,
        leadParties,
        agreementId: link.agreementId !== null && byId.has(link.agreementId) ? link.agreementId : null,
        linkStatus: link.status,
        linkCandidates: link.candidates.filter((c) => byId.has(c.agreementId)),
        ...(link.score !== undefined ? { linkScore: link.score } : {}),
      };
    });

    // What the secretary corrected or removed stays so where the partner left the row unchanged.
    if (party.id !== null && planningYear.value !== null) {
      const corrections = correctionsReader(db, setId)(party.id, planningYear.value);
      problems.push(...applyCorrections(activities, { partyId: party.id, corrections, previous, resolver, fileName: name }));
    }

    // What a person decided for the same activity in the current version stays decided
    // when the new file itself does not say which afspraak it belongs to.
    const chosen = new Map(
      previous.filter((p) => DECIDED_LINKS.includes(p.linkStatus)).map((p) => [activityIdentity(p), p] as const),
    );
    for (const act of activities) {
      const earlier = chosen.get(activityIdentity({ ...act, partyId: party.id ?? '' }));
      if (earlier && linkIsOpen(act.linkStatus)) {
        act.agreementId = earlier.agreementId;
        act.linkStatus = earlier.linkStatus;
        delete act.linkScore;
      }
    }

    const views: ActivityView[] = activities.map((act) => {
      const { agreementId, linkStatus, linkScore, linkCandidates, ...rest } = act;
      return { ...rest, link: linkView(byId, linkStatus, agreementId, linkScore, linkCandidates) };
    });

    const missing: ImportPreview['missing'] = [];
    if (party.id === null) missing.push('party');
    if (planningYear.value === null) missing.push('planningYear');

    let alreadyImported: ImportPreview['alreadyImported'] = null;
    let diff: ImportPreview['diff'] = null;
    if (current) {
      if (current.sha256 === read.sha256) alreadyImported = { version: current.version, importedAt: current.importedAt };
      else diff = { againstVersion: current.version, ...diffActivities(previous, activities) };
    }

    const errors = problems.filter((p) => p.severity === 'error').length;
    const preview: ImportPreview = {
      fileName: name,
      sha256: read.sha256,
      size: read.size,
      kind,
      ours: read.meta !== null,
      sheet: read.sheet,
      headerRow: read.headerRow,
      ...(read.layout !== undefined ? { layout: read.layout } : {}),
      columns: read.columns,
      party,
      planningYear,
      missing,
      rowsRead: read.rowsRead,
      notes: read.notes,
      chosenAsActivity: chosenLines.asActivity,
      chosenAsNote: chosenLines.asNote,
      activities: views,
      problems,
      counts: {
        // An activity a person removed earlier is shown, but counts as none.
        activities: views.filter((v) => !v.correction?.removed).length,
        ...countLinks(views.filter((v) => !v.correction?.removed)),
        errors,
        warnings: problems.length - errors,
      },
      alreadyImported,
      diff,
      canCommit: errors === 0 && missing.length === 0,
    };
    return { preview, activities, read };
  }

  return {
    async makeActivityRequests(arg) {
      const a = objectArg(arg);
      const planningYear = planningYearArg(a, true) as number;
      const set = setInfo();
      const directory = loadPartyDirectory(db, setId);
      const wanted = Array.isArray(a.partyIds) ? (a.partyIds as unknown[]) : undefined;
      for (const id of wanted ?? []) knownPartyId(id, (k) => directory.parties.some((p) => p.id === k));
      const parties = directory.parties.filter((p) => !wanted || wanted.includes(p.id));
      const agreements = queryAgreements(db, setId, {});
      const contactName = optionalString(a, 'contactName', 'De naam van de contactpersoon', 200)?.trim();
      const contactEmail = optionalString(a, 'contactEmail', 'Het e-mailadres', 200)?.trim();
      const files: FilePayload[] = [];
      const made: { partyId: string; fileName: string }[] = [];
      ctx.job?.phase('writing');
      for (const party of parties) {
        const prefillIds = queryAgreements(db, setId, { partyId: party.id, role: 'lead', year: planningYear }).map((r) => r.id);
        const { fileName, data } = await writeActivityRequest({
          party: { id: party.id, name: party.name, shortName: party.shortName, kind: party.kind },
          planningYear,
          agreementSet: set,
          agreements,
          prefillIds,
          parties: directory.parties.map((p) => ({ id: p.id, shortName: p.shortName })),
          contact: {
            name: contactName || 'het secretariaat van de Werkgroep Prestatieafspraken',
            email: contactEmail ?? '',
          },
          createdAt: ctx.now(),
        });
        files.push({ name: fileName, data: Buffer.from(data).toString('base64') });
        made.push({ partyId: party.id, fileName });
      }
      const madeAt = ctx.now().toISOString();
      db.transaction(() => {
        for (const m of made) {
          recordRequest(db, { setId, partyId: m.partyId, planningYear, kind: 'activities', fileName: m.fileName, madeAt, madeBy: ctx.changedBy });
        }
        ctx.job?.committing();
      }).immediate();
      return files;
    },

    async previewImport(arg) {
      return (await prepare(arg, 'keep')).preview;
    },

    async commitImport(arg: ImportCommit) {
      const receivedOn = receivedOnArg(ctx, arg);
      const { preview, activities, read } = await prepare(arg, 'take');
      assertCommittable(preview);
      const partyId = preview.party.id as string;
      const planningYear = preview.planningYear.value as number;
      if (preview.alreadyImported) {
        const current = currentSubmission(db, setId, partyId, planningYear, preview.kind);
        if (current) return { submission: current, alreadyImported: true, backupPath: null };
      }

      const decisions = Array.isArray(objectArg(arg).decisions) ? (objectArg(arg).decisions as unknown[]) : [];
      for (const raw of decisions) {
        const d = objectArg(raw);
        const position = requiredInteger(d, 'position', 'De regel', 1, activities.length);
        const activity = activities[position - 1] as NewActivity;
        if (d.agreementId === null) {
          // A person's "geen afspraak": decided, unlike the linker's none.
          activity.linkStatus = decidedStatus({ status: activity.linkStatus, agreementId: activity.agreementId }, null);
          activity.agreementId = null;
          delete activity.linkScore;
          continue;
        }
        const agreementId = requiredInteger(d, 'agreementId', 'De afspraak', 1, Number.MAX_SAFE_INTEGER);
        if (!agreementExists(db, agreementId)) {
          throw new ServiceError('invalid_input', `Afspraak ${agreementId} bestaat niet.`);
        }
        activity.linkStatus = decidedStatus({ status: activity.linkStatus, agreementId: activity.agreementId }, agreementId);
        activity.agreementId = agreementId;
      }

      ctx.job?.phase('backup');
      const backupPath = backupDatabase(db, ctx.databasePath, 'voor-import', { now: ctx.now(), appVersion: ctx.version });
      ctx.job?.phase('saving');
      const submissionId = db.transaction(() => {
        const id = insertSubmission(db, submissionRecord(ctx, { partyId, year: planningYear, kind: preview.kind }, preview, read, receivedOn), activities);
        // Each line whose kind the secretary chose is a decision of its own, in the activity log.
        const where = { setId, partyId, planningYear, changedAt: ctx.now().toISOString(), changedBy: ctx.changedBy };
        for (const entry of lineChoiceEntries(preview, activities, where)) insertActivityLog(db, entry);
        ctx.job?.phase('finishing');
        ctx.job?.committing();
        return id;
      }).immediate();
      ctx.job?.phase('committed');
      const submission = submissionVersions(db, setId, partyId, planningYear, preview.kind).find((s) => s.id === submissionId);
      if (!submission) throw new ServiceError('internal', 'De inzending is opgeslagen maar niet teruggevonden.');
      return { submission, alreadyImported: false, backupPath };
    },

    async getSubmissionStatus(arg) {
      const a = objectArg(arg);
      const today = optionalIsoDate(a, 'date', 'De datum') ?? localDay(ctx.now());
      const kind = optionalOneOf(a, 'kind', 'De soort', SUBMISSION_KINDS) ?? 'activities';
      const set = setInfo();
      const directory = loadPartyDirectory(db, setId);
      const years: number[] = [];
      for (let y = set.periodStart; y <= set.periodEnd; y++) years.push(y);
      const submissions = allSubmissions(db, setId, kind);
      const requests = lastRequests(db, setId, kind);
      const cells: SubmissionStatusCell[] = [];
      const statuses = years.map((year) => roundStatuses(submissions, directory.parties, kind, year, today, set.signedOn, set.cycleDates));
      for (const party of directory.parties) {
        for (const [index, year] of years.entries()) {
          const versions = submissions.filter((s) => s.partyId === party.id && s.planningYear === year);
          const current = versions.find((s) => s.isCurrent) ?? null;
          const deadline = deliveryDeadline(kind, year, set.cycleDates);
          cells.push({
            partyId: party.id,
            planningYear: year,
            requestMadeAt: requests.find((r) => r.partyId === party.id && r.planningYear === year)?.madeAt ?? null,
            current,
            versions: versions.length,
            overdue: current === null && statuses[index]?.get(party.id)?.state === 'overdue',
            deadline,
            delivery: statuses[index]?.get(party.id) as DeliveryStatus,
          });
        }
      }
      return {
        parties: directory.parties.map((p) => ({ id: p.id, shortName: p.shortName, kind: p.kind })),
        planningYears: years,
        cells,
      };
    },

    async listSubmissionVersions(arg) {
      const { partyId, planningYear, kind } = versionsArg(arg);
      return submissionVersions(db, setId, partyId, planningYear, kind);
    },

    async listUndoneImports(arg) {
      const { partyId, planningYear, kind } = versionsArg(arg);
      return undoneSubmissions(db, setId, partyId, planningYear, kind);
    },

    async setReceivedOn(arg) {
      const { partyId, planningYear, kind } = versionsArg(arg);
      const a = objectArg(arg);
      const version = requiredInteger(a, 'version', 'De versie', 1, 10_000);
      if (optionalIsoDate(a, 'receivedOn', 'Ontvangen op') === undefined) throw new ServiceError('invalid_input', 'Vul bij Ontvangen op de dag in waarop het bestand binnenkwam.');
      const receivedOn = receivedOnArg(ctx, a);
      const reason = optionalString(a, 'reason', 'De reden', 2_000)?.trim() ?? '';
      if (reason === '') throw new ServiceError('invalid_input', 'Geef een reden: die komt in het logboek.');
      const name = loadPartyDirectory(db, setId).parties.find((p) => p.id === partyId)?.shortName ?? partyId;
      const what = kind === 'activities' ? `het activiteitenoverzicht ${planningYear}` : `de resultaten ${planningYear}`;
      return db.transaction(() => {
        const target = submissionVersions(db, setId, partyId, planningYear, kind).find((v) => v.version === version);
        if (!target) throw new ServiceError('not_found', `Er is geen versie ${version} van ${what} van ${name}.`);
        if (target.receivedOn === receivedOn) return target;
        setSubmissionReceivedOn(db, target.id, receivedOn);
        insertActivityLog(db, {
          setId,
          planningYear,
          partyId,
          identity: null,
          action: 'received-on',
          detail:
            `Ontvangen op van versie ${version} van ${what} (${target.fileName}) gecorrigeerd: ` +
            `${target.receivedOn ? formatDateNl(target.receivedOn) : 'niet vastgelegd'} werd ${formatDateNl(receivedOn)}.`,
          reason,
          changedAt: ctx.now().toISOString(),
          changedBy: ctx.changedBy,
        });
        return { ...target, receivedOn };
      }).immediate();
    },

    async listActivities(arg) {
      const a = objectArg(arg);
      const planningYear = planningYearArg(a, true) as number;
      const partyId = partyArg(a, 'partyId');
      // The app's own view: activities a person removed are shown too, marked.
      const stored = activitiesOf(db, currentSubmissionIds(db, setId, planningYear, 'activities', partyId), { includeRemoved: true });
      const byId = new Map(queryAgreements(db, setId, {}).map((r) => [r.id, r]));
      const corrections = correctionViews(stored, correctionsReader(db, setId));
      return stored.map((s) => {
        const { agreementId, linkStatus, linkScore, linkCandidates, removedReason: _removed, original: _original, ...rest } = s;
        const correction = corrections.get(s.id);
        return { ...rest, link: linkView(byId, linkStatus, agreementId, linkScore, linkCandidates), ...(correction ? { correction } : {}) };
      });
    },
  };
}

/** What changed between the current version and a new one, matched by our key or by the activity text. */
export function diffActivities(
  before: (Omit<ActivityView, 'link'> & { agreementId: number | null })[],
  after: (Omit<ActivityView, 'link'> & { agreementId: number | null })[],
): { added: number; changed: number; removed: number; items: ActivityDiffItem[] } {
  const identity = (a: { key?: string; activity: string }) => (a.key ? `key:${a.key}` : `text:${normalizeForSearch(a.activity)}`);
  const remaining = new Map<string, (typeof before)[number][]>();
  for (const b of before) remaining.set(identity(b), [...(remaining.get(identity(b)) ?? []), b]);
  const items: ActivityDiffItem[] = [];
  let changed = 0;
  for (const a of after) {
    const candidates = remaining.get(identity(a)) ?? [];
    const match = candidates.shift();
    if (!match) {
      items.push({ change: 'added', activity: a.activity, details: [] });
      continue;
    }
    const details: string[] = [];
    for (const field of COMPARED_FIELDS) {
      const old = String((match as unknown as Record<string, unknown>)[field] ?? '');
      const now = String((a as unknown as Record<string, unknown>)[field] ?? '');
      if (old !== now) details.push(`${FIELD_LABELS[field]}: ${old || '(leeg)'} → ${now || '(leeg)'}`);
    }
    if (match.agreementId !== a.agreementId) details.push('Gekoppelde afspraak gewijzigd');
    if (details.length > 0) {
      changed++;
      items.push({ change: 'changed', activity: a.activity, details });
    }
  }
  const removed = [...remaining.values()].flat();
  for (const r of removed) items.push({ change: 'removed', activity: r.activity, details: [] });
  return { added: items.filter((i) => i.change === 'added').length, changed, removed: removed.length, items };
}

/** A stored or proposed link as the shells show it: the afspraak, why, and the others considered. */
export function linkView(
  agreements: ReadonlyMap<number, AgreementRow>,
  status: ActivityLinkView['status'],
  agreementId: number | null,
  score: number | undefined,
  candidates: readonly LinkCandidate[],
): ActivityLinkView {
  const chosen = agreementId === null ? undefined : agreements.get(agreementId);
  const view: ActivityLinkView = {
    status,
    agreementId: chosen ? chosen.id : null,
    reference: chosen?.reference ?? null,
    agreementText: chosen?.text ?? null,
    reasons: candidates.find((c) => c.agreementId === chosen?.id)?.reasons ?? [],
    alternatives: candidates.flatMap((c) => {
      const a = agreements.get(c.agreementId);
      return a && a.id !== chosen?.id ? [{ agreementId: a.id, reference: a.reference, text: a.text, score: c.score, reasons: c.reasons }] : [];
    }),
  };
  if (score !== undefined) view.score = score;
  return view;
}

/**
 * The one party a file's title or name names: "Bewonersraad", also in "Bewonersraad prioriteiten"
 * (the words in lower case after a name say what the file is, not whose). A name that goes on in
 * capitals ("Gemeente Beuningen") is that name or none. Null when it is not one party.
 */
function partyOfHint(resolver: PartyResolver, hint: string): string | null {
  const words = hint.trim().split(/\s+/);
  for (let end = words.length; end > 0; end--) {
    if (end < words.length && !/^\p{Ll}/u.test(words[end] as string)) break;
    const ids = [...new Set(resolver.resolve(words.slice(0, end).join(' ')).flatMap((r) => r.partyIds))];
    if (ids.length === 1) return ids[0] as string;
    if (ids.length > 1) return null;
  }
  return null;
}
