// The types the parts of the import screen share with the pages that use it.
import type { ImportPreview, ImportProblemView, ImportResult } from '../../../../src/service/contract';
import type { SubmissionNote } from '../../../../src/domain/submissions';

/** How a page names what a commit stored: the party's short name, and the year as the page says it. */
export type SavedNames = (result: ImportResult) => { party: string; year: string };

export type Source = ImportPreview['party']['source'];

/** Where a party or a year comes from. */
export interface Sourced<T> {
  value: T | null;
  source: Source;
}

/** What the frame of a preview reads; both kinds of preview have it. */
export interface PreviewCore {
  fileName: string;
  size: number;
  ours: boolean;
  sheet: string;
  headerRow: number;
  /** Set when the sheet holds no table (activities only). */
  layout?: ImportPreview['layout'];
  party: ImportPreview['party'];
  /** What must still be chosen before the import can be committed. */
  missing: readonly string[];
  problems: ImportProblemView[];
  notes: SubmissionNote[];
  counts: { errors: number };
  alreadyImported: { version: number; importedAt: string } | null;
  diff: ImportPreview['diff'];
  canCommit: boolean;
}
