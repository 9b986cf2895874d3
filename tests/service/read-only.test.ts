// A database opened only to look at, on real SQLite files: asked for
// (readOnly: true, which works for root too), a read-only folder (a read-only
// tmpfs when the tests run as root, where file permissions stop nothing; chmod
// otherwise). Every read works, every write is refused up front in Dutch, a
// database that needs a migration is refused with what to do, and the folder's
// files keep their bytes.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../src/db/migrations';
import { API_METHODS, type WerkbankApi } from '../../src/service/contract';
import { ServiceError } from '../../src/domain/errors';
import { dispatch } from '../../src/service/dispatch';
import { openWerkbank } from '../../src/service/index';
import { isWriteMethod, METHOD_ACCESS } from '../../src/service/read-only';
import { tempFolders } from '../helpers/tmp';
import { woonwaartsOverview } from '../helpers/workbook';

const YEAR = 2027;
const { folder, cleanups, undo } = tempFolders('werkbank-bekijken-');
afterAll(undo);

/**
 * The folder's files and their bytes: what "not changed" means. In a folder it
 * may write, SQLite keeps the WAL index of a read-only connection beside the
 * file (-shm, and an empty -wal), as for any reader; they hold no data.
 */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((name) => !name.endsWith('-shm') && !(name.endsWith('-wal') && fs.statSync(path.join(dir, name)).size === 0))
      .sort()
      .map((name) => [name, fs.statSync(path.join(dir, name)).isFile() ? crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex') : 'map']),
  );
}

/** A database with the agreements, one imported overview and a backup, closed as the app leaves it. */
async function made(dir: string): Promise<string> {
  const file = path.join(dir, 'werkbank.sqlite');
  const werkbank = openWerkbank({ databasePath: file, changedBy: 'secretaris' });
  const request = { file: await woonwaartsOverview(['Oplevering 60 sociale huurwoningen De Ruigenhoek'], 'Woonwaarts.xlsx'), partyId: 'woonwaarts', planningYear: YEAR };
  const preview = await werkbank.api.previewImport(request);
  const decisions = preview.activities.map((a) => ({ position: a.position, agreementId: a.link.status === 'choice' ? null : a.link.agreementId }));
  await werkbank.api.commitImport({ ...request, decisions });
  await werkbank.close();
  return file;
}

async function refused(api: WerkbankApi, file: string, reason: RegExp): Promise<void> {
  await expect(api.updateAgreement({ id: 1, text: 'Iets anders' })).rejects.toBeInstanceOf(ServiceError);
  for (const method of API_METHODS.filter(isWriteMethod)) {
    const envelope = await dispatch(api, method, {});
    expect(envelope.ok, method).toBe(false);
    if (envelope.ok) continue;
    expect(envelope.error.code).toBe('database_unusable');
    expect(envelope.error.message).toMatch(/^Deze database is alleen te bekijken \(alleen-lezen\): /);
    expect(envelope.error.message).toMatch(reason);
    expect(envelope.error.message).toMatch(/Er is niets gewijzigd\. Kopieer het bestand naar een map waarin u mag schrijven om verder te werken\.$/);
  }
  expect(file).toBeTruthy();
}

/** Every read the pages use, on what the database holds. */
async function reads(api: WerkbankApi): Promise<void> {
  expect((await api.listAgreements({})).length).toBeGreaterThan(40);
  expect((await api.listActivities({ planningYear: YEAR, partyId: 'woonwaarts' })).map((a) => a.activity)).toEqual(['Oplevering 60 sociale huurwoningen De Ruigenhoek']);
  expect((await api.listSubmissionVersions({ partyId: 'woonwaarts', planningYear: YEAR })).length).toBe(1);
  expect((await api.getJointOverview({ planningYear: YEAR })).planningYear).toBe(YEAR);
  expect((await api.exportJointOverview({ planningYear: YEAR, format: 'xlsx' })).data.length).toBeGreaterThan(1000);
  expect((await api.listBackups()).length).toBeGreaterThan(0);
  await api.getSubmissionStatus({});
  await api.listOpenLinks({ planningYear: YEAR });
  await api.listActivityLog({ planningYear: YEAR });
  await api.listBundleVersions({ planningYear: YEAR });
  await api.getAccountabilityReport({ fromYear: YEAR });
  await api.listIndicatorInputs();
  await api.listContacts({});
  await api.getMailSetup();
  await api.makeCycleCalendar({ year: YEAR });
}

describe('a database opened only to look at', () => {
  it('every call of the API says whether it writes', () => {
    expect(Object.keys(METHOD_ACCESS).sort()).toEqual([...API_METHODS].sort());
  });

  it('asked for (readOnly): reads work, writes are refused in Dutch, and the files keep their bytes', async () => {
    const dir = folder();
    const file = await made(dir);
    const before = snapshot(dir);
    const werkbank = openWerkbank({ databasePath: file, readOnly: true });
    try {
      expect((await werkbank.api.getAppInfo()).readOnly).toBe(`u hebt ${file} geopend om alleen te bekijken`);
      await reads(werkbank.api);
      await refused(werkbank.api, file, /geopend om alleen te bekijken\./);
    } finally {
      await werkbank.close();
    }
    expect(snapshot(dir)).toEqual(before);
    // Opened as usual afterwards, it may be written again.
    const writable = openWerkbank({ databasePath: file });
    expect((await writable.api.getAppInfo()).readOnly).toBeUndefined();
    await writable.close();
  });

  it('a database that needs a migration is refused with what to do, and not changed', async () => {
    const dir = folder();
    const file = await made(dir);
    const old = new Database(file);
    old.pragma(`user_version = ${LATEST_VERSION - 1}`);
    old.close();
    const before = snapshot(dir);
    let error: unknown;
    try {
      await openWerkbank({ databasePath: file, readOnly: true }).close();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toBe(
      `De database ${file} is alleen te bekijken (alleen-lezen): u hebt ${file} geopend om alleen te bekijken. Deze versie van de Werkbank moet de database eerst bijwerken ` +
        `(schema ${LATEST_VERSION - 1}; deze versie gebruikt ${LATEST_VERSION}), en dat kan alleen in een bestand dat zij mag wijzigen. Er is niets gewijzigd. ` +
        'Kopieer het bestand eerst naar een map waarin u mag schrijven (bijvoorbeeld uw Documenten) en open het daar.',
    );
    expect(snapshot(dir)).toEqual(before);
  });

  const isRoot = process.getuid?.() === 0;
  /** A fresh folder the Werkbank will not be able to write in once made read-only; null where that cannot be made. */
  function lockable(): { dir: string; lock: () => void } | null {
    const dir = folder();
    if (!isRoot) {
      return {
        dir,
        lock: () => {
          for (const name of fs.readdirSync(dir)) if (fs.statSync(path.join(dir, name)).isFile()) fs.chmodSync(path.join(dir, name), 0o444);
          fs.chmodSync(dir, 0o555);
          cleanups.push(() => fs.chmodSync(dir, 0o755));
        },
      };
    }
    // Root writes through file permissions: a tmpfs remounted read-only stops it, as a cd would.
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'ignore' });
    } catch {
      return null;
    }
    cleanups.push(() => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }));
    return { dir, lock: () => execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' }) };
  }

  const locked = lockable();
  it.skipIf(locked === null)('a read-only folder (a cd, a share): opened to look at by itself, without its -shm file, and nothing written', async () => {
    const { dir, lock } = locked as { dir: string; lock: () => void };
    const file = await made(dir);
    lock();
    const before = snapshot(dir);
    const werkbank = openWerkbank({ databasePath: file });
    const reason = isRoot
      ? `${file} staat op een schijf waarop niet geschreven kan worden (bijvoorbeeld een cd of een alleen-lezen netwerkschijf)`
      : `${file} is een alleen-lezen bestand, of u hebt er geen schrijfrechten op`;
    try {
      expect((await werkbank.api.getAppInfo()).readOnly).toBe(reason);
      await reads(werkbank.api);
      await refused(werkbank.api, file, new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    } finally {
      await werkbank.close();
    }
    expect(snapshot(dir)).toEqual(before);
  });
});
