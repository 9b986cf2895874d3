// Opening a database file that cannot be used, on real files: one that is no
// database, one made by a newer version (in rollback-journal mode, so that a
// switch to WAL would show), a read-only folder, and a full disk (a small
// tmpfs). Each gets a Dutch message that names the file, and none is changed.
// The read-only and full-disk cases need a tmpfs mount when the tests run as
// root (root writes through file permissions); without one they are skipped.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../src/db/migrations';
import { ServiceError } from '../../src/domain/errors';
import { openWerkbank } from '../../src/service/index';
import { tempFolders } from '../helpers/tmp';

const { folder, cleanups, undo } = tempFolders('werkbank-openen-');
afterAll(undo);

/** A tmpfs of this size mounted on a fresh folder, or null where mounting is not allowed. */
function tmpfs(size: string): string | null {
  const dir = folder();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  cleanups.push(() => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }));
  return dir;
}

/** A folder the Werkbank cannot write in, holding a database made before; null where that cannot be made. */
function readOnlyFolder(): { dir: string; file: string } | null {
  const isRoot = process.getuid?.() === 0;
  const dir = isRoot ? tmpfs('4m') : folder();
  if (!dir) return null;
  const file = path.join(dir, 'werkbank.sqlite');
  openWerkbank({ databasePath: file }).close();
  if (isRoot) execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
  else {
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dir, 0o555);
    cleanups.push(() => fs.chmodSync(dir, 0o755));
  }
  return { dir, file };
}

function openError(file: string): ServiceError {
  try {
    openWerkbank({ databasePath: file }).close();
  } catch (err) {
    expect(err).toBeInstanceOf(ServiceError);
    return err as ServiceError;
  }
  throw new Error('de database ging open');
}

/** The folder's files and their bytes: what "not changed" means. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('base64')]),
  );
}

describe('opening a database that cannot be used', () => {
  it('a file that is no database: a Dutch message naming it, and the file as it was', () => {
    const dir = folder();
    const file = path.join(dir, 'werkbank.sqlite');
    fs.writeFileSync(file, 'Notulen van de werkgroep, 3 september.\n'.repeat(20));
    const before = snapshot(dir);
    const error = openError(file);
    expect(error.code).toBe('database_unusable');
    expect(error.message).toBe(
      `${file} is geen database van de Werkbank, of het bestand is beschadigd. De Werkbank heeft er niets aan veranderd. ` +
        `Open het juiste bestand; of zet het opzij en start opnieuw met een nieuwe database, en zet zo nodig een reservekopie terug (uit ${path.join(dir, 'backups')}).`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('a database of a newer version: refused before anything is written, not even the switch to WAL', () => {
    const dir = folder();
    const file = path.join(dir, 'werkbank.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE iets_nieuws (x INTEGER); INSERT INTO iets_nieuws VALUES (1);');
    db.pragma(`user_version = ${LATEST_VERSION + 3}`);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    const before = snapshot(dir);
    const error = openError(file);
    expect(error.code).toBe('database_too_new');
    expect(error.message).toMatch(new RegExp(`^De database ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is gemaakt met een nieuwere versie van de Werkbank \\(schema ${LATEST_VERSION + 3}; .*de database is niet gewijzigd\\.$`));
    expect(snapshot(dir)).toEqual(before);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  const readOnly = readOnlyFolder();
  it.skipIf(readOnly === null)('a read-only folder: a new database there gets a Dutch message naming it; the one there opens to look at (read-only.test.ts)', async () => {
    const { dir, file } = readOnly as { dir: string; file: string };
    const before = snapshot(dir);
    const target = path.join(dir, 'nieuw.sqlite');
    const error = openError(target);
    expect(error.code).toBe('database_unusable');
    expect(error.message).toBe(
      `De Werkbank kan ${target} niet openen om erin te schrijven: het bestand of de map is alleen-lezen, of u hebt er geen schrijfrechten. ` +
        'Er is niets gewijzigd. Geef schrijfrechten, of kopieer het bestand naar een map waarin u mag schrijven (bijvoorbeeld uw Documenten) en open het daar.',
    );
    const viewing = openWerkbank({ databasePath: file });
    expect((await viewing.api.getAppInfo()).readOnly).toBeTruthy();
    await viewing.close();
    expect(snapshot(dir)).toEqual(before);
  });

  const small = tmpfs('160k');
  it.skipIf(small === null)('a full disk: a Dutch message naming the file, and nothing half written', () => {
    const file = path.join(small as string, 'werkbank.sqlite');
    const error = openError(file);
    expect(error.code).toBe('database_unusable');
    expect(error.message).toBe(
      `De schijf waarop ${file} staat, is vol. De database is niet half gewijzigd: wat niet lukte, is teruggedraaid. ` +
        'Maak ruimte vrij op die schijf en start de Werkbank opnieuw.',
    );
    // What did get written is a consistent database without the agreements: the next start, with room, goes on from there.
    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    const hasSets = check.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'agreement_sets'").get() !== undefined;
    if (hasSets) expect(check.prepare('SELECT COUNT(*) AS n FROM agreement_sets').get()).toEqual({ n: 0 });
    check.close();
  });
});
