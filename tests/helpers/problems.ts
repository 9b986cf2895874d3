// Asserting on the problems a reader reports: their codes, the one problem of
// a code, and that every message names its place.
import { expect } from 'vitest';
import type { ImportProblem } from '../../src/imports/types';

interface Read {
  fileName: string;
  problems: ImportProblem[];
}

export function codes(read: Read): string[] {
  return read.problems.map((p) => p.code);
}

/** The one problem of this code; fails when there are none or more. */
export function only(read: Read, code: string): ImportProblem {
  const found = read.problems.filter((p) => p.code === code);
  expect(found, `${code} in ${JSON.stringify(read.problems, null, 1)}`).toHaveLength(1);
  return found[0] as ImportProblem;
}

/** Every message names what it has: file first, then sheet, row and column as set. */
export function expectPlacesInMessages(read: Read): void {
  for (const p of read.problems) {
    expect(p.file).toBe(read.fileName);
    const place = [read.fileName, p.sheet && `blad "${p.sheet}"`, p.row && `rij ${p.row}`, p.column && `kolom ${p.column}`].filter(Boolean).join(', ');
    expect(p.message.startsWith(`${place}: `), p.message).toBe(true);
  }
}
