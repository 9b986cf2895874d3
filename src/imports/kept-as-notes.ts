// Rows a step after the table finds to be no activity (a cost post, a project
// tool's epic) leave the activities and are kept as notes of the submission,
// each with its warning, so nothing read is lost and the secretary sees why. Pure.
import type { SubmissionNote } from '../domain/submissions';
import type { ReadTable } from './table';
import type { ImportProblem, ReadActivity } from './types';

/** The notes with `rows` added as notes, in row order. */
export function withRowsAsNotes(notes: readonly SubmissionNote[], rows: readonly ReadActivity[]): SubmissionNote[] {
  return [...notes, ...rows.map((a) => ({ sheet: a.sheet, row: a.rowNumber, text: a.activity }))].sort((x, y) => x.row - y.row);
}

/** The table (or the workbook as read) without `rows`, each kept as a note of the submission with its warning: nothing read is lost. */
export function keptAsNotes<T extends ReadTable>(read: T, rows: readonly ReadActivity[], warning: (row: ReadActivity) => ImportProblem): T {
  if (rows.length === 0) return read;
  const kept = new Set(rows);
  return {
    ...read,
    activities: read.activities.filter((a) => !kept.has(a)),
    notes: withRowsAsNotes(read.notes, rows),
    problems: [...read.problems, ...rows.map(warning)],
  };
}
