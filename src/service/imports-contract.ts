// The contract's slice for the activiteitenoverzichten: the uitvraag workbooks,
// importing a partner's file (preview, commit, undo), the submissions and their
// activities, and correcting one. WerkbankApi (contract.ts) joins it; the
// implementation is imports.ts, corrections.ts and undo.ts.
import type { ActivityRow, ActivityView } from '../domain/activities';
import type { CorrectableField } from '../domain/corrections';
import type { DeliveryStatus } from '../domain/delivery';
import type { LinkCounts } from '../domain/links';
import type { FactSource, SubmissionKind, SubmissionNote, SubmissionSummary, UndoneSubmission } from '../domain/submissions';
import type { ImportProblem, SheetLayout } from '../imports/types';
import type { FilePayload } from './app-contract';
import type { JobTag } from './jobs-contract';

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
  /** Set when the sheet holds no table: a card per activity, or a list of marked lines. */
  layout?: SheetLayout;
  columns: { header: string; column: string; field: string | null }[];
  party: { id: string | null; source: FactSource | null; hint?: string };
  planningYear: { value: number | null; source: FactSource | null };
  /** What must still be chosen before the import can be committed. */
  missing: ('party' | 'planningYear')[];
  rowsRead: number;
  /** Lines under or beside the table that are no activities (footers, signatures, notes): kept with the file. */
  notes: SubmissionNote[];
  /**
   * The lines kept as notes that are activities here, after the file's own, in their order: those asked
   * (rowsAsActivity), and those a person made activities in an earlier version (`earlier`).
   */
  chosenAsActivity: (FileRow & { earlier: boolean })[];
  /**
   * The lines read as activities that are notes here, among the notes: those asked (rowsAsNote), and those a
   * person kept as notes in an earlier version (`earlier`).
   */
  chosenAsNote: (FileRow & { earlier: boolean })[];
  activities: ActivityView[];
  problems: ImportProblemView[];
  /** The activities, how their links stand (LinkCounts: notFound is still open, decidedNone a person's "geen afspraak"), and the problems. */
  counts: { activities: number; errors: number; warnings: number } & LinkCounts;
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

/** A line of the file, as the preview's notes name it. */
export interface FileRow {
  sheet: string;
  row: number;
}

export interface ImportRequest {
  file: FilePayload;
  partyId?: string;
  planningYear?: number;
  kind?: SubmissionKind;
  /**
   * Lines the reader kept as notes (no activity) that the secretary makes activities: each must be one
   * of the file's notes. They follow the file's own activities, and are linked as those are.
   */
  rowsAsActivity?: FileRow[];
  /**
   * Lines the secretary keeps as notes: activities as read (no activity after all), or lines made activities
   * in an earlier version of the party's year that stay notes this time. A line kept as a note in an earlier
   * version is an activity again when rowsAsActivity names it.
   */
  rowsAsNote?: FileRow[];
}

export interface ImportCommit extends ImportRequest {
  /** Corrections of proposed or missing links; proposals not mentioned are accepted as proposed. */
  decisions?: LinkDecision[];
  /** The day (yyyy-mm-dd) the partner's file arrived; today when omitted. Not in the future. */
  receivedOn?: string;
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

export interface ImportsApi {
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
  /** Per party and year: uitvraag made, versions received, overdue; for activiteitenoverzichten (planning years) or results (execution years). */
  getSubmissionStatus(arg: { date?: string; kind?: SubmissionKind }): Promise<SubmissionStatus>;
  listSubmissionVersions(arg: { partyId: string; planningYear: number; kind?: SubmissionKind }): Promise<SubmissionSummary[]>;
  /** The versions of the same whose import was undone, newest first: part of the history, their numbers taken. */
  listUndoneImports(arg: { partyId: string; planningYear: number; kind?: SubmissionKind }): Promise<UndoneSubmission[]>;
  /**
   * Corrects the day a stored version was received (it decides whether it was late), with a
   * reason, in the activity log; answers with the version as it now is.
   */
  setReceivedOn(arg: ReceivedOnCorrection): Promise<SubmissionSummary>;
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
}

/** A correction of the day a stored version was received. */
export interface ReceivedOnCorrection {
  partyId: string;
  planningYear: number;
  kind?: SubmissionKind;
  version: number;
  /** yyyy-mm-dd, not in the future. */
  receivedOn: string;
  /** Why, for the log: required. */
  reason: string;
}
