// Two secretaries' commands on one database at the same moment: two imports
// started at once both land, each as its own version, with nothing lost.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionSummary } from '../../src/domain/submissions';
import { GEMEENTE_CHOICES_FILE, gemeenteChoicesWorkbook } from '../fixtures/link-choices';
import { assertBuilt, runPrestatie, runPrestatieAsync } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let db: string;
let file: string;

beforeAll(async () => {
  assertBuilt();
  tmp = tempDir('werkbank-cli-samen-');
  db = path.join(tmp.dir, 'werkbank.sqlite');
  file = path.join(tmp.dir, GEMEENTE_CHOICES_FILE);
  fs.writeFileSync(file, await gemeenteChoicesWorkbook());
  // The database exists before the race, as it does for a secretary.
  expect(runPrestatie(['kalender', '--db', db]).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('two imports at once', () => {
  it('both land, each as its own current version of its year', async () => {
    // Eight rounds of two processes: before writes took the lock up front, about one run in two failed.
    for (let round = 0; round < 8; round++) {
      const years = [2026 + (round % 3), 2027 + (round % 2)];
      const runs = await Promise.all(years.map((y) => runPrestatieAsync(['importeer', file, '--db', db, '--partij', 'Gemeente', '--jaar', String(y)])));
      for (const run of runs) {
        expect(run.err).not.toMatch(/database is locked|SQLITE_BUSY/);
        expect(run.code === 0 || run.out.includes('al ingelezen')).toBe(true);
      }
    }
    for (const year of [2026, 2027, 2028]) {
      const versions = JSON.parse(runPrestatie(['activiteiten', '--db', db, '--jaar', String(year), '--json']).out) as unknown[];
      expect(versions.length, String(year)).toBe(2);
    }
    const status = runPrestatie(['importeer', file, '--db', db, '--partij', 'Gemeente', '--jaar', '2027', '--proef', '--json']);
    expect((JSON.parse(status.out) as { preview: { alreadyImported: SubmissionSummary | null } }[])[0]?.preview.alreadyImported).not.toBeNull();
  }, 180_000);
});
