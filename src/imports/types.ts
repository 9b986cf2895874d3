// What reading a partner's spreadsheet yields, before anything is stored.
import type { ReadIndicatorValue, ReadResult } from '../domain/accountability';
import type { ActivityField, RequestMeta } from '../requests/template';
import type { ActivityFields } from '../domain/activities';
import type { LinkCandidate, LinkerStatus } from '../domain/links';
import type { SubmissionNote } from '../domain/submissions';

export type ProblemSeverity = 'error' | 'warning';

/** One thing the user must know about a file, in Dutch, with where it is. */
export interface ImportProblem {
  severity: ProblemSeverity;
  /** Stable, for tests and filtering: 'unknown-party', 'no-activity-text', 'formula-without-value', … */
  code: string;
  /** Dutch, complete: names file, sheet, row and column where they apply. */
  message: string;
  file: string;
  sheet?: string;
  row?: number;
  /** Column letter as Excel shows it: "C". */
  column?: string;
}

/** One activity as read from one row (or several merged rows) of a sheet. */
export interface ReadActivity extends ActivityFields {
  /** The text of the theme row spanning the table above this row, if any ("Thema 1 Woningbouw en beschikbaarheid"). */
  section?: string;
  /** Last sheet row of the activity when it spans several rows (a merged block); absent for one row. */
  lastRowNumber?: number;
  /** Column letter each field was read from, so a later check can name the cell. */
  fieldColumns?: Partial<Record<ReadField, string>>;
  /** Sheet row each field was read from, where it is not the activity's own row (a card holds a field per row). */
  fieldRows?: Partial<Record<ReadField, number>>;
  /**
   * While reading only: the colour of a cell without text, by its column's heading ("Status" → "grijs"),
   * for a legend to explain; gone from what the reader returns.
   */
  colours?: Record<string, string>;
  /** While reading only: how far the activity's text is set in, for an outline (group-rows.ts); gone from what the reader returns. */
  indent?: number;
  /**
   * While reading only: the group merged over the row that its text is a step of ("Project": "Hofje De Lindehof"),
   * read before the text once the status rules have read the text alone (read-workbook.ts); gone from what the reader returns.
   */
  group?: string;
}

/**
 * Every field a column can be mapped to: the uitvraag's fields, plus what
 * partners' own layouts carry (a topic column, a trekker, their own row
 * numbers, a budget).
 */
export type ReadField = ActivityField | 'topicContext' | 'lead' | 'rowLabel' | 'budget';

export interface ColumnMapping {
  /** Header as written in the file. */
  header: string;
  column: string;
  /** The field it was mapped to, or null when kept as an extra field. */
  field: string | null;
}

/** A sheet without a table: a card per activity, a list typed in one column, blocks of text lines in one column, or a form per sheet. */
export type SheetLayout = 'cards' | 'list' | 'blocks' | 'forms';

export interface ReadWorkbook {
  fileName: string;
  sha256: string;
  size: number;
  /** Set when the workbook is one of our uitvraag workbooks. */
  meta: RequestMeta | null;
  sheet: string;
  headerRow: number;
  /** How the activities stand when not as a table under a header row: cards of label and value rows, or a list of marked lines. */
  layout?: SheetLayout;
  columns: ColumnMapping[];
  /** Party name as found in title rows or the file name, not yet resolved. */
  partyHint?: string;
  /** Planning year found in title rows or the file name. */
  yearHint?: number;
  activities: ReadActivity[];
  /** Footer, signature and note lines under or in the table, in sheet order: not activities, kept. */
  notes: SubmissionNote[];
  /** Number of data rows looked at (including empty and total rows skipped). */
  rowsRead: number;
  problems: ImportProblem[];
}

/** A results workbook as read: what became of the activities, and the indicator figures. */
export interface ReadResultsWorkbook {
  fileName: string;
  sha256: string;
  size: number;
  /** Set when the workbook is one of our results uitvraag workbooks (kind 'resultaten'; planningYear is the execution year). */
  meta: RequestMeta | null;
  /** The results table: its sheet and header row (the indicator table's when the file has only that). */
  sheet: string;
  headerRow: number;
  columns: ColumnMapping[];
  /** The indicator table, when there is one. */
  indicatorSheet?: string;
  indicatorHeaderRow?: number;
  indicatorColumns?: ColumnMapping[];
  /** Party name as found in title rows or the file name, not yet resolved. */
  partyHint?: string;
  /** Execution year found in title rows or the file name (the meta's year for our own workbook). */
  yearHint?: number;
  results: ReadResult[];
  indicators: ReadIndicatorValue[];
  /** Footer, signature and note lines of the results and indicator tables, in sheet order: kept. */
  notes: SubmissionNote[];
  /** Data rows of the results table looked at (including empty and total rows skipped). */
  rowsRead: number;
  problems: ImportProblem[];
}

/** How one activity is tied to an afspraak, or why it is not. */
export interface ActivityLink {
  status: LinkerStatus;
  /** The linked or proposed afspraak; null for a choice and for none. */
  agreementId: number | null;
  /** Text similarity 0..1 of the linked or proposed afspraak. */
  score?: number;
  /** Best first: for a link the afspraak itself, for a proposal also the near ones, for a choice those to choose from, for none hints. */
  candidates: LinkCandidate[];
  /** The reference as the linker understood it: "1.1 bij 4". */
  readAs?: string;
  /** What the user should check about this row (an unknown, doubted or conflicting reference, an unknown trekker). */
  problems?: ImportProblem[];
}
