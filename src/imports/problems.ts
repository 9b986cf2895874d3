// Building the Dutch problem messages of an import, each naming file, sheet,
// row and column where they apply:
//   Woonwaarts 2027.xlsx, blad "Activiteiten", rij 14, kolom C: …
import { ServiceError } from '../domain/errors';
import type { ImportProblem, ProblemSeverity } from './types';

export interface Place {
  file: string;
  sheet?: string;
  row?: number;
  /** Column letter: "C". */
  column?: string;
}

/** Where an activity read from a table stands: its sheet, row and (when known) its activity column. */
export function activityPlace(file: string, act: { sheet: string; rowNumber: number; fieldColumns?: { activity?: string } }): Place {
  return { file, sheet: act.sheet, row: act.rowNumber, ...(act.fieldColumns?.activity ? { column: act.fieldColumns.activity } : {}) };
}

/** "Woonwaarts 2027.xlsx, blad "Activiteiten", rij 14, kolom C" */
export function describePlace(place: Place): string {
  const parts: string[] = [];
  if (place.file !== '') parts.push(place.file);
  if (place.sheet !== undefined) parts.push(`blad "${place.sheet}"`);
  if (place.row !== undefined) parts.push(`rij ${place.row}`);
  if (place.column !== undefined) parts.push(`kolom ${place.column}`);
  return parts.join(', ');
}

export function problem(severity: ProblemSeverity, code: string, place: Place, text: string): ImportProblem {
  const where = describePlace(place);
  const result: ImportProblem = {
    severity,
    code,
    message: where === '' ? text : `${where}: ${text}`,
    file: place.file,
  };
  if (place.sheet !== undefined) result.sheet = place.sheet;
  if (place.row !== undefined) result.row = place.row;
  if (place.column !== undefined) result.column = place.column;
  return result;
}

/** A file the import will not read; the message says what is wrong and what to do. */
export function refuse(fileName: string, text: string, reason?: ServiceError['reason']): ServiceError {
  return new ServiceError('file_refused', `"${fileName}" ${text}`, reason);
}

/** The number of a column by its letters: "A" is 1, "AA" is 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Short quotation of a cell's text for a message. */
export function quote(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}

const COUNT = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** A count as Dutch readers write it: 1.200.000. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}
