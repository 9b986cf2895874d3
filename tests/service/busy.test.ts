// Another process holds the database's write lock longer than a write waits
// (busy_timeout, 5 s): the write is refused with a Dutch message that says so
// and changes nothing, never the raw "database is locked".
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/service/dispatch';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let file: string;
let werkbank: Werkbank;

beforeAll(() => {
  tmp = tempDir('werkbank-bezet-');
  file = path.join(tmp.dir, 'werkbank.sqlite');
  werkbank = openWerkbank({ databasePath: file });
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('a database another process is writing in', () => {
  it('refuses the write in Dutch after waiting, and changes nothing', async () => {
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const envelope = await dispatch(werkbank.api, 'saveBundleVersion', { planningYear: 2027 });
    other.exec('ROLLBACK');
    other.close();
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'busy',
        message:
          'De database is bezet: een ander venster van de Werkbank of de opdracht prestatie is er nu in aan het schrijven. ' +
          'Er is niets gewijzigd. Wacht even en probeer het opnieuw; blijft dit zo, sluit dan de andere vensters van de Werkbank.',
      },
    });
    expect(await werkbank.api.listBundleVersions({ planningYear: 2027 })).toEqual([]);
    // Once the other is done, the same write goes through.
    expect((await dispatch(werkbank.api, 'saveBundleVersion', { planningYear: 2027 })).ok).toBe(true);
  }, 20_000);
});
