// `prestatie` on a database file it cannot use, spawned as a user runs it: a
// Dutch message naming the file on stderr, exit code 1, and the file unchanged.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../src/db/migrations';
import { assertBuilt, runPrestatie } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  assertBuilt();
  tmp = tempDir('werkbank-cli-openen-');
});
afterAll(() => tmp.cleanup());

describe('prestatie on a database it cannot use', () => {
  it('says in Dutch that a file is no database, and leaves it as it was', () => {
    const file = path.join(tmp.dir, 'notulen.sqlite');
    fs.writeFileSync(file, 'Notulen van de werkgroep\n'.repeat(40));
    const { code, out, err } = runPrestatie(['afspraken', '--db', file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`${file} is geen database van de Werkbank, of het bestand is beschadigd. De Werkbank heeft er niets aan veranderd.`);
    expect(fs.readFileSync(file, 'utf8')).toBe('Notulen van de werkgroep\n'.repeat(40));
    expect(fs.readdirSync(tmp.dir)).toEqual(['notulen.sqlite']);
  });

  it('refuses a database of a newer version without switching it to WAL', () => {
    const file = path.join(tmp.dir, 'nieuwer.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    const { code, err } = runPrestatie(['kalender', '--db', file]);
    expect(code).toBe(1);
    expect(err).toContain(`De database ${file} is gemaakt met een nieuwere versie van de Werkbank`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
