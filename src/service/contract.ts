// The app's one API. Every shell (IPC, HTTP, CLI) carries exactly these calls
// with exactly these types; the renderer cannot tell which transport it has.
import type {
  Ambition,
  Commitment,
  Footnote,
  GlossaryTerm,
  Indicator,
  IndicatorUnit,
  Party,
  PartyId,
  PartyRef,
} from '../domain/types';
import type { ActivityLogEntry } from '../domain/activity-log';
import type { CalendarView } from '../domain/calendar';
import type { DeliveryStatus } from '../domain/delivery';
import type { AgreementSetsApi } from './agreement-sets-contract';
import type { ChasingApi } from './chasing-contract';
import type { EnteredIndicatorFigure, IndicatorBaseline, IndicatorLogEntry, Measure } from '../domain/indicators';
import type { CorrectableField } from '../domain/corrections';
import type { AgreementWorkYear } from '../accountability/agreement-work';
import type { StatusChoice, UnknownStatus } from '../imports/status-choices';
import type { ImportProblem } from '../imports/types';
import type { SubmissionKind, SubmissionNote, SubmissionSummary } from '../domain/submissions';
import type { AccountabilityReport } from '../accountability/types';
import type { ResultStatus } from '../domain/results';
import type { BundleChange } from '../bundle/compare';
import type {
  DuplicateDecision,
  JointOverview,
  OpenLink,
} from '../bundle/types';
import type { Alignment, AlignmentStatus, BundleVersionInfo, NeedDecision, PartyPromise } from '../domain/bundle-decisions';
import type { JobCancelResult, JobProgress, JobTag } from './jobs-contract';
import type { ErrorCode } from '../domain/errors';
import type { AgreementQuery, AgreementRow, AuditEntry } from '../domain/agreements';
import type { ActivityRow, ActivityView } from '../domain/activities';

// The domain's types that the calls carry, for the renderer, which reads the contract only.
export type { AgreementQuery, AgreementRow, AuditEntry, AuditField } from '../domain/agreements';
export type { ActivityCorrectionView, ActivityLinkView, ActivityRow, ActivityView } from '../domain/activities';
export type { SubmissionSummary } from '../domain/submissions';
export type { ActivityLogEntry } from '../domain/activity-log';
export type { IndicatorLogEntry } from '../domain/indicators';

export interface AppInfo {
  version: string;
  agreementSet: AgreementSetSummary;
  /** Where the database lives; shown in the app so the secretary can find and back it up. */
  databasePath: string;
  /** Today by the Werkbank's clock (ISO yyyy-mm-dd): the default years of the pages follow it. */
  today: string;
  /** Other windows, browser shells or prestatie commands that have the same database open now. */
  alsoOpen: OpenElsewhere[];
  readOnly?: string; // Dutch, set when the database is only for viewing: why (read-only.ts). Every write is then refused.
}

/** How the Werkbank was started: the desktop window, the browser shell, the prestatie command. */
export type ShellKind = 'desktop' | 'browser' | 'cli';

/** Another Werkbank with the same database open. */
export interface OpenElsewhere {
  shell: ShellKind;
  /** Who, as recorded in the logs. */
  name: string;
  /** ISO timestamp: since when. */
  since: string;
}

export interface AgreementSetSummary {
  code: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  signedOn: string;
}

export interface ThemeNode {
  number: number;
  title: string;
  topics: TopicNode[];
}

export interface TopicNode {
  number: string;
  title: string;
  agreementCount: number;
}

export interface TopicContext {
  number: string;
  title: string;
  themeNumber: number;
  themeTitle: string;
  task: string[];
  ambitions: Ambition[];
  commitments: Commitment[];
  footnotes: Footnote[];
}

export interface AgreementDetail extends AgreementRow {
  topic: TopicContext;
  commitment: Commitment | null;
  history: AuditEntry[];
}

/** The editable fields of an afspraak; omitted fields stay as they are. */
export interface AgreementEdit {
  id: number;
  text?: string;
  leadText?: string;
  involvedText?: string;
  scheduleText?: string;
  /** Optimistic lock: the updatedAt the editor saw; a later edit in between is a conflict. */
  expectedUpdatedAt?: string | null;
}

export interface PartyWithCounts extends Party {
  leadCount: number;
  involvedCount: number;
}

/** A file crossing the boundary as bytes (base64), never as a path chosen by the renderer. */
export interface FilePayload {
  name: string;
  /** The file's bytes, base64-encoded. */
  data: string;
}

export type { LinkStatus } from '../domain/links';

/** One problem found in a file, with where it is (see src/imports/types.ts). */
export type ImportProblemView = ImportProblem;

/** Edit or remove (or restore) one activity of a current submission; a reason is required. */
export interface ActivityCorrection {
  activityId: number;
  reason: string;
  /** New values; fields left out stay as they are. */
  fields?: Partial<Record<CorrectableField, string>>;
  /** true removes the activity; false restores a removed one. */
  remove?: boolean;
}

export interface ActivityDiffItem {
  change: 'added' | 'changed' | 'removed';
  activity: string;
  /** Dutch, e.g. "Planning: Q2 2027 → Q3 2027". */
  details: string[];
}

export interface ImportPreview {
  fileName: string;
  sha256: string;
  size: number;
  kind: SubmissionKind;
  /** True when it is one of our own uitvraag workbooks. */
  ours: boolean;
  sheet: string;
  headerRow: number;
  columns: { header: string; column: string; field: string | null }[];
  party: { id: string | null; source: 'werkmap' | 'opgegeven' | 'titel of bestandsnaam' | null; hint?: string };
  planningYear: { value: number | null; source: 'werkmap' | 'opgegeven' | 'titel of bestandsnaam' | null };
  /** What must still be chosen before the import can be committed. */
  missing: ('party' | 'planningYear')[];
  rowsRead: number;
  /** Lines under or beside the table that are no activities (footers, signatures, notes): kept with the file. */
  notes: SubmissionNote[];
  activities: ActivityView[];
  problems: ImportProblemView[];
  /**
   * linked: by the file itself or a person's earlier decision; proposed: an afspraak suggested, to confirm;
   * choices: several fit, to choose ("kies"); unlinked: no afspraak found (or a person's "geen afspraak").
   */
  counts: { activities: number; linked: number; proposed: number; choices: number; unlinked: number; errors: number; warnings: number };
  /** Set when this very file is already the current version for that party and year. */
  alreadyImported: { version: number; importedAt: string } | null;
  /** Against the current version for that party and year; null when there is none. */
  diff: { againstVersion: number; added: number; changed: number; removed: number; items: ActivityDiffItem[] } | null;
  canCommit: boolean;
}

export interface LinkDecision {
  position: number;
  /** The afspraak chosen, or null to keep the activity unlinked. */
  agreementId: number | null;
}

export interface ImportRequest {
  file: FilePayload;
  partyId?: string;
  planningYear?: number;
  kind?: SubmissionKind;
}

export interface ImportCommit extends ImportRequest {
  /** Corrections of proposed or missing links; proposals not mentioned are accepted as proposed. */
  decisions?: LinkDecision[];
}

export interface ImportUndo {
  partyId: string;
  planningYear: number;
  kind?: SubmissionKind;
  /** The version the user means: the undo is refused when it is no longer the latest. */
  version: number;
  /** Why, for the activity log; may be empty. */
  reason?: string;
}

export interface ImportUndoResult {
  /** The version removed, as it was. */
  undone: SubmissionSummary;
  /** The version current now; null when none is left. */
  current: SubmissionSummary | null;
  /** File name of the backup made first, in the backups folder. */
  backup: string;
}

export interface ImportResult {
  submission: SubmissionSummary;
  /** True when the same file was already current: nothing was stored. */
  alreadyImported: boolean;
  /** Path of the backup made before the import; null when nothing was written. */
  backupPath: string | null;
}

export interface SubmissionStatusCell {
  partyId: string;
  planningYear: number;
  requestMadeAt: string | null;
  current: SubmissionSummary | null;
  versions: number;
  /** Nothing received while the deadline (one of this agreement's, after its signing) has passed. */
  overdue: boolean;
  /** ISO date: 30 June of the year before the planning year (activiteiten), the last day of February after the execution year (resultaten). */
  deadline: string;
  /** Not yet due, due in N days, overdue since a date, received on time or late: decided once, in the core. */
  delivery: DeliveryStatus;
}

export interface SubmissionStatus {
  parties: { id: string; shortName: string; kind: string }[];
  planningYears: number[];
  cells: SubmissionStatusCell[];
}

export interface BundleQuery {
  planningYear: number;
  /** A saved version; the live working state when omitted. */
  version?: number;
}

export interface AlignmentEdit {
  planningYear: number;
  /** The activity's stable identity (BundleActivity.identity). */
  identity: string;
  status?: AlignmentStatus;
  promises?: PartyPromise[];
  alsoInvolved?: string[];
  notes?: string;
  /**
   * Optimistic check: the alignment's revision the editor read (0: never recorded). When
   * someone recorded it since, the edit is refused (conflict), showing both values. Omitted:
   * no check (scripts).
   */
  expectedRevision?: number;
}

/** The alignment of one activity as recorded, recordedAt included. */
export interface AlignmentRecorded {
  planningYear: number;
  identity: string;
  alignment: Alignment;
}

export interface DuplicateDecisionEdit {
  planningYear: number;
  /** The proposal (DuplicateProposal.key). */
  key: string;
  decision: DuplicateDecision;
}

/**
 * The werkgroep's word on one request of the wederkerigheid (one activity's need, asked of one
 * party), over what the text match found: 'answered' by one of the asked party's own current
 * activities (answerIdentity), 'open' although a text seemed to answer it, or 'auto': the
 * decision taken away, the text match counts again. A reason is required for 'answered' and
 * 'open'; every decision goes into the activity log.
 */
export interface NeedDecisionEdit {
  planningYear: number;
  /** The asking activity (NeedCheck.activityIdentity). */
  identity: string;
  /** The party asked (NeedCheck.toPartyId). */
  toPartyId: string;
  decision: 'answered' | 'open' | 'auto';
  answerIdentity?: string;
  reason?: string;
}

/** What was recorded; decision null after 'auto'. */
export interface NeedDecisionRecorded {
  planningYear: number;
  identity: string;
  toPartyId: string;
  decision: NeedDecision | null;
}

export interface InsufficientMark {
  planningYear: number;
  agreementId: number;
  /** The agreed follow-up; null: not marked. */
  followUp: string | null;
}

export interface BundleComparison {
  from: BundleVersionInfo;
  to: BundleVersionInfo;
  changes: BundleChange[];
}

export interface BundleExport extends BundleQuery {
  format: 'docx' | 'xlsx';
  /** Only what concerns this party: its own activities and what others need from it. */
  partyId?: string;
  /**
   * The live working state, asked for explicitly. Without it (and without a
   * version) an export is of the definitive version once the year is frozen,
   * and of the working state before that.
   */
  working?: boolean;
}

/** An exported overview, and which version it is of: what the shells tell the user was written. */
export interface ExportedOverview extends FilePayload {
  version: BundleVersionInfo;
}

export interface ResultsImportRequest {
  file: FilePayload;
  partyId?: string;
  executionYear?: number;
  /** How to read status texts the Werkbank does not know; applies to every row with that text. */
  statusChoices?: StatusChoice[];
  /** Which planned activity a row answers (its position in the preview), or null for work that was not planned. */
  pairings?: { position: number; identity: string | null }[];
}

/** One result row as read, matched to what was planned. */
export interface ResultView {
  position: number;
  sheet: string;
  rowNumber: number;
  identity: string;
  planned: boolean;
  agreementId: number | null;
  reference: string | null;
  activity: string;
  status: ResultStatus | null;
  statusText: string;
  result: string;
  explanation: string;
  steeringNeeded: boolean | null;
  extra: Record<string, string>;
  /** How the row was paired with a planned activity: our key, the secretary's choice, as in the current version, or by its text; null when not planned. */
  matchedBy: 'sleutel' | 'keuze' | 'eerder' | 'tekst' | null;
  /** The planned activity's text as in the definitive overzicht, when the row answers one. */
  plannedActivity: string | null;
}

/** A planned activity of the party in the definitive overzicht, to pair a row with. */
export interface PlannedOption {
  identity: string;
  activity: string;
  reference: string | null;
}

export interface ResultsPreview {
  fileName: string;
  sha256: string;
  size: number;
  ours: boolean;
  sheet: string;
  headerRow: number;
  party: ImportPreview['party'];
  executionYear: { value: number | null; source: ImportPreview['planningYear']['source'] };
  missing: ('party' | 'executionYear')[];
  rowsRead: number;
  /** Lines under or beside the table that are no activities (footers, signatures, notes): kept with the file. */
  notes: SubmissionNote[];
  results: ResultView[];
  indicators: { code: string | null; title: string; value: number | null; valueText: string; note: string; rowNumber: number }[];
  problems: ImportProblemView[];
  /** Status texts the Werkbank did not know, with the rows that say them and the reading chosen (if any). */
  unknownStatuses: UnknownStatus[];
  /** The party's planned activities in the definitive overzicht of the year; a row answers at most one, each once. */
  plannedActivities: PlannedOption[];
  counts: { results: number; planned: number; unplanned: number; deviations: number; errors: number; warnings: number };
  alreadyImported: { version: number; importedAt: string } | null;
  /** Against the current version for that party and year; null when there is none. */
  diff: { againstVersion: number; added: number; changed: number; removed: number; items: ActivityDiffItem[] } | null;
  canCommit: boolean;
}

export interface AccountabilityCharts {
  themes: string;
  parties: string;
  indicators: { code: string; svg: string }[];
}

export type { OpenLink } from '../bundle/types';
export type * from './chasing-contract';
export type * from './agreement-sets-contract';

/** A person's decision on the link of one activity of a current submission. */
export interface ActivityLinkDecision {
  /** The activity row (ActivityRow.id, BundleActivity.id, OpenLink.activityId). */
  activityId: number;
  /** The afspraak it belongs to, or null: it belongs to no afspraak ("geen afspraak"). */
  agreementId: number | null;
}

export interface DecideLinksRequest {
  planningYear: number;
  decisions: ActivityLinkDecision[];
  /** Why, kept in the activity log. */
  reason?: string;
}

export interface ConfirmOpenLinksRequest {
  planningYear: number;
  /** Only this party's activities; every party's when omitted. */
  partyId?: string;
  reason?: string;
}

/** What a decision on links did: how many activities changed, and what is still open in the planning year. */
export interface LinkDecisionResult {
  changed: number;
  open: OpenLink[];
}


export interface ReportQuery {
  /** The (first) execution year. */
  fromYear: number;
  /** The last execution year of a tussenevaluatie; a verantwoording of one year when omitted. */
  toYear?: number;
}

/**
 * One indicator's start and its figures from before the first uitvraag, as the secretary sees
 * and enters them (Verantwoording page, `prestatie indicator`).
 */
export interface IndicatorInputs {
  code: string;
  title: string;
  unit: IndicatorUnit;
  measure: Measure;
  partyIds: PartyId[];
  /** The target in the words of its direction: "ten minste 180 woningen eind 2028", "geen (0) … eind 2028". */
  target: string;
  /** Where the straight path starts now: from the agreement, assumed, or entered; null when none is known. */
  baseline: IndicatorBaseline | null;
  /** Dutch: the baseline in words ("0 woningen op 31 december 2021 (uit de afspraken: …)"), or what is missing. */
  baselineText: string;
  /** Whether the secretary may enter a start value: the agreement gives none. */
  baselineEditable: boolean;
  /** Years a figure may be entered for: before the first uitvraag (for a count: from its start). */
  earlierYears: number[];
  /** The figures entered for those years, per party or for all parties together (partyId null). */
  figures: EnteredIndicatorFigure[];
}

/** A start value: the value on 31 December of `year`; value null removes the entered one. */
export interface IndicatorBaselineEdit {
  code: string;
  year: number;
  value: number | null;
  /** The source ("Jaarverslag Woonwaarts 2024"); required, recorded in the log. */
  note: string;
}

/** A figure for a year before the first uitvraag; partyId null is all parties together; value null removes it. */
export interface IndicatorFigureEdit {
  code: string;
  year: number;
  partyId: string | null;
  value: number | null;
  note: string;
}

export interface WerkbankApi extends ChasingApi, AgreementSetsApi {
  getAppInfo(): Promise<AppInfo>;
  /** The good backups, newest first. */
  listBackups(): Promise<BackupListing[]>;
  /** Makes a backup the database's contents again, after a backup of the current state. */
  restoreBackup(arg: { name: string }): Promise<{ restoredFrom: string; safetyBackup: string }>;
  listThemes(): Promise<ThemeNode[]>;
  listAgreements(query: AgreementQuery): Promise<AgreementRow[]>;
  getAgreement(arg: { id: number }): Promise<AgreementDetail>;
  updateAgreement(edit: AgreementEdit): Promise<AgreementDetail>;
  listAuditLog(arg: { agreementId?: number }): Promise<AuditEntry[]>;
  listParties(): Promise<PartyWithCounts[]>;
  /** Reads a party name as people write it ("HBD", "De Kern en", "Woonwaards"). */
  resolvePartyName(arg: { name: string }): Promise<PartyRef>;
  listGlossary(): Promise<GlossaryTerm[]>;
  listIndicators(): Promise<Indicator[]>;
  /** The yearly cycle for a date (ISO yyyy-mm-dd); today when omitted. */
  getCalendar(arg: { date?: string }): Promise<CalendarView>;

  /** The uitvraag workbooks for a planning year: one per party (or for the parties given). */
  makeActivityRequests(arg: JobTag & {
    planningYear: number;
    partyIds?: string[];
    /** Named in the Toelichting as whom to contact; the werkgroep's secretariat when omitted. */
    contactName?: string;
    contactEmail?: string;
  }): Promise<FilePayload[]>;
  /** Reads a file and shows what an import would do; stores nothing. */
  previewImport(arg: ImportRequest & JobTag): Promise<ImportPreview>;
  /** Imports a file as a new current version, after a backup, in one transaction. */
  commitImport(arg: ImportCommit & JobTag): Promise<ImportResult>;
  /** Party × planning year: uitvraag made, received, version, overdue. */
  /** Per party and year: uitvraag made, versions received, overdue; for activiteitenoverzichten (planning years) or results (execution years). */
  getSubmissionStatus(arg: { date?: string; kind?: SubmissionKind }): Promise<SubmissionStatus>;
  listSubmissionVersions(arg: { partyId: string; planningYear: number; kind?: SubmissionKind }): Promise<SubmissionSummary[]>;
  /** The current activities of a planning year, with those a person removed (marked) and what was corrected. */
  listActivities(arg: { planningYear: number; partyId?: string }): Promise<ActivityRow[]>;
  /**
   * Corrects or removes one activity of a current submission, with a reason, after a backup;
   * recorded in the activity log and kept for the next version of the same file where the row is unchanged.
   */
  correctActivity(arg: ActivityCorrection): Promise<ActivityRow>;
  /**
   * Undoes one import: the latest version of a party's submission for a year is removed with its
   * activities, links and notes, after a backup, and the version before it is current again;
   * recorded in the activity log. Refused when a definitive overview holds that version, or when
   * people decided about its activities after it came in (use a backup then).
   */
  undoImport(arg: ImportUndo): Promise<ImportUndoResult>;

  /** The gezamenlijk activiteitenoverzicht: computed from the current submissions, or a saved version. */
  getJointOverview(arg: BundleQuery & JobTag): Promise<JointOverview>;
  /**
   * Records the werkgroep's alignment of one activity; answers with what was recorded. What it
   * changes in the overview (answered needs, open questions) getJointOverview gives afresh.
   */
  updateAlignment(arg: AlignmentEdit): Promise<AlignmentRecorded>;
  /** Accepts or rejects a "same work, reported twice" proposal ('open' undoes a decision); answers with the decision. */
  decideDuplicate(arg: DuplicateDecisionEdit): Promise<DuplicateDecisionEdit>;
  /**
   * The werkgroep decides whether a request is answered, over the text match: by an activity of
   * the asked party, or open; with a reason, in the activity log. Every count of open questions
   * follows it (getJointOverview gives the overview afresh).
   */
  decideNeed(arg: NeedDecisionEdit): Promise<NeedDecisionRecorded>;
  /** Marks an afspraak "onvoldoende opgepakt" with the agreed follow-up; null clears the mark. Answers with the mark. */
  markInsufficient(arg: InsufficientMark): Promise<InsufficientMark>;
  /**
   * Saves the current state as the next numbered version; final freezes it as definitief, and is
   * refused (conflict) while any link is open, naming those rows: a definitive version holds no proposal.
   */
  saveBundleVersion(arg: { planningYear: number; final?: boolean } & JobTag): Promise<BundleVersionInfo>;
  listBundleVersions(arg: { planningYear: number }): Promise<BundleVersionInfo[]>;
  /** What changed from one saved version to another, or to the live state when `to` is omitted. */
  compareBundleVersions(arg: { planningYear: number; from: number; to?: number } & JobTag): Promise<BundleComparison>;
  /**
   * The overview (or one party's part of it) as a Word or Excel file: the version asked for; else,
   * once a version is definitief, that one (a working version only when asked for); else the working state.
   */
  exportJointOverview(arg: BundleExport & JobTag): Promise<ExportedOverview>;
  /** The activities of the current submissions whose link is still open (proposed, choice, none), with their candidates. */
  listOpenLinks(arg: { planningYear: number; partyId?: string }): Promise<OpenLink[]>;
  /**
   * A person decides links: the proposed afspraak confirms the proposal ('confirmed'), another
   * afspraak (a choice's candidate or any) is chosen by hand ('manual'), null is "geen afspraak"
   * ('manual' without afspraak). Each decision is recorded in the activity log.
   */
  decideLinks(arg: DecideLinksRequest): Promise<LinkDecisionResult>;
  /** Confirms every proposal and records every "geen afspraak gevonden" as "geen afspraak", as one logged action; choices stay open. */
  confirmOpenLinks(arg: ConfirmOpenLinksRequest): Promise<LinkDecisionResult>;
  /** The decisions about the activities of a planning year, newest first. */
  listActivityLog(arg: { planningYear: number }): Promise<ActivityLogEntry[]>;

  /** The results uitvraag workbooks for an execution year, prefilled from its definitive bundle. */
  makeResultsRequests(arg: JobTag & {
    executionYear: number;
    partyIds?: string[];
    contactName?: string;
    contactEmail?: string;
  }): Promise<FilePayload[]>;
  /** Reads a results file and shows what an import would do; stores nothing. */
  previewResultsImport(arg: ResultsImportRequest & JobTag): Promise<ResultsPreview>;
  /** Imports a results file as a new current version, after a backup, in one transaction. */
  commitResultsImport(arg: ResultsImportRequest & JobTag): Promise<ImportResult>;
  /** The verantwoording of one execution year, or the tussenevaluatie over several. */
  getAccountabilityReport(arg: ReportQuery & JobTag): Promise<AccountabilityReport>;
  /** Records the werkgroep's advice to the bestuurlijk overleg for that report. */
  setReportAdvice(arg: ReportQuery & { advice: string }): Promise<AccountabilityReport>;
  /** The verantwoording or tussenevaluatie as a Word or Excel file. */
  exportAccountabilityReport(arg: ReportQuery & { format: 'docx' | 'xlsx' } & JobTag): Promise<FilePayload>;
  /** Per year of the agreement period with something on it: what the partners plan on one afspraak and, with results in, how it went. */
  getAgreementWork(arg: { agreementId: number } & JobTag): Promise<AgreementWorkYear[]>;
  /** The report's charts as SVG, the same as in the Word document: statuses per theme and per party, one per indicator. */
  getAccountabilityCharts(arg: ReportQuery & JobTag): Promise<AccountabilityCharts>;
  /** Every indicator's start and its figures from before the first uitvraag. */
  listIndicatorInputs(): Promise<IndicatorInputs[]>;
  /** Enters (or with value null removes) a start value where the agreement gives none; recorded in the indicator log. */
  setIndicatorBaseline(arg: IndicatorBaselineEdit): Promise<IndicatorInputs>;
  /** Enters (or with value null removes) a figure for a year before the first uitvraag; recorded in the indicator log. */
  setIndicatorFigure(arg: IndicatorFigureEdit): Promise<IndicatorInputs>;
  /** Changes to start values and earlier figures, newest first; of one indicator when code is given. */
  listIndicatorLog(arg: { code?: string }): Promise<IndicatorLogEntry[]>;

  /** How a heavy call that was given this jobId is getting on ('onbekend' once it is done, or where heavy calls do not run as jobs). */
  getJobProgress(arg: { jobId: string }): Promise<JobProgress>;
  /** Stops a heavy call that was given this jobId; what it wrote is rolled back. Refused once it is committing. */
  cancelJob(arg: { jobId: string }): Promise<JobCancelResult>;
}

/** A good backup beside the database, as the list shows it. */
export interface BackupListing {
  /** The file name in the backups folder: the handle for restoring it. */
  name: string;
  /** ISO timestamp. */
  madeAt: string;
  /** Why it was made: "voor-import", "voor-correctie", "voor-herstel", … */
  reason: string;
  /** The same in words: "vóór een import". */
  reasonText: string;
  appVersion: string;
  sizeBytes: number;
  /** Per party, year and kind, the version that was current then. */
  current: { partyId: string; year: number; kind: string; version: number }[];
}

export type ApiMethod = keyof WerkbankApi;
export type ApiArg<K extends ApiMethod> = Parameters<WerkbankApi[K]> extends [infer A] ? A : undefined;
export type ApiResult<K extends ApiMethod> = Awaited<ReturnType<WerkbankApi[K]>>;

/** Every method name, checked against the interface both ways. */
const methodSet = {
  getAppInfo: true,
  listBackups: true,
  restoreBackup: true,
  listThemes: true,
  listAgreements: true,
  getAgreement: true,
  updateAgreement: true,
  listAuditLog: true,
  listParties: true,
  resolvePartyName: true,
  listGlossary: true,
  listIndicators: true,
  getCalendar: true,
  makeActivityRequests: true,
  previewImport: true,
  commitImport: true,
  getSubmissionStatus: true,
  listSubmissionVersions: true,
  listActivities: true,
  correctActivity: true,
  undoImport: true,
  getJointOverview: true,
  updateAlignment: true,
  decideDuplicate: true,
  decideNeed: true,
  markInsufficient: true,
  saveBundleVersion: true,
  listBundleVersions: true,
  compareBundleVersions: true,
  exportJointOverview: true,
  listOpenLinks: true,
  decideLinks: true,
  confirmOpenLinks: true,
  listActivityLog: true,
  makeResultsRequests: true,
  previewResultsImport: true,
  commitResultsImport: true,
  getAccountabilityReport: true,
  setReportAdvice: true,
  exportAccountabilityReport: true,
  getAccountabilityCharts: true,
  getAgreementWork: true,
  listIndicatorInputs: true,
  setIndicatorBaseline: true,
  setIndicatorFigure: true,
  listIndicatorLog: true,
  listContacts: true,
  saveContact: true,
  removeContact: true,
  getMailSetup: true,
  setMailSender: true,
  setMailTemplate: true,
  makeMails: true,
  makeCycleCalendar: true,
  getJobProgress: true,
  cancelJob: true,
  previewAgreementSet: true,
  makeAgreementSetTemplate: true,
} satisfies Record<ApiMethod, true>;
export const API_METHODS = Object.keys(methodSet) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methodSet, name);
}

export interface ApiError {
  code: ErrorCode;
  /** Dutch, shown to the user as is. */
  message: string;
}

/** What crosses every process boundary. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

