// The contract's slice for the results of an execution year: the results
// uitvraag, importing a results file, and the verantwoording with its charts and
// documents. WerkbankApi (contract.ts) joins it; the implementation is results.ts.
import type { PairedBy, ResultStatus } from '../domain/results';
import type { SubmissionNote } from '../domain/submissions';
import type { AgreementWorkYear } from '../accountability/agreement-work';
import type { AccountabilityReport } from '../domain/accountability';
import type { StatusChoice, UnknownStatus } from '../imports/status-choices';
import type { FilePayload } from './app-contract';
import type { ActivityDiffItem, ImportPreview, ImportProblemView, ImportResult } from './imports-contract';
import type { JobTag } from './jobs-contract';

export interface ResultsImportRequest {
  file: FilePayload;
  partyId?: string;
  executionYear?: number;
  /** How to read status texts the Werkbank does not know; applies to every row with that text. */
  statusChoices?: StatusChoice[];
  /** Which planned activity a row answers (its position in the preview), or null for work that was not planned. */
  pairings?: { position: number; identity: string | null }[];
  /** On commit: the day (yyyy-mm-dd) the partner's file arrived; today when omitted. Not in the future. */
  receivedOn?: string;
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
  matchedBy: PairedBy | null;
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
  /** The planned activities no row of this file answers: onbeantwoord in the verantwoording ('nog niet binnen', later 'geen antwoord'), outside the stoplight. */
  unansweredPlanned: PlannedOption[];
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

export interface ReportQuery {
  /** The (first) execution year. */
  fromYear: number;
  /** The last execution year of a tussenevaluatie; a verantwoording of one year when omitted. */
  toYear?: number;
}

export interface ResultsApi {
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
}
