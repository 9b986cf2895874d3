// `prestatie` on a database only to look at, spawned as a user runs it: with
// --alleen-lezen (which holds for root too), and a database in a folder it
// cannot write (a read-only tmpfs for root, as a cd; chmod otherwise). Read
// commands answer; a write command gets the Dutch refusal, exit code 1; the
// database file keeps its bytes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWerkbank } from '../../src/service/index';
import { assertBuilt, runPrestatie } from '../helpers/cli';
import { tempFolders } from '../helpers/tmp';

const { folder, cleanups, undo } = tempFolders('werkbank-cli-bekijken-');
afterAll(undo);
beforeAll(() => assertBuilt());

const REFUSAL = /^Deze database is alleen te bekijken \(alleen-lezen\): .+\. Er is niets gewijzigd\. Kopieer het bestand naar een map waarin u mag schrijven om verder te werken\.$/m;

/** A database made as the app makes it (with a backup, from a bundle saved once), closed. */
async function made(dir: string): Promise<string> {
  const file = path.join(dir, 'werkbank.sqlite');
  const werkbank = openWerkbank({ databasePath: file, changedBy: 'secretaris' });
  await werkbank.api.saveBundleVersion({ planningYear: 2027 });
  await werkbank.close();
  return file;
}

function readsAndRefuses(file: string, extra: string[]): void {
  const before = fs.readFileSync(file);
  const list = runPrestatie(['afspraken', '--db', file, ...extra]);
  expect(list.err).toBe('');
  expect(list.code).toBe(0);
  expect(list.out).toMatch(/afspraken/i);
  const bundle = runPrestatie(['bundel', '--jaar', '2027', '--db', file, ...extra]);
  expect(bundle.err).toBe('');
  expect(bundle.code).toBe(0);
  const backups = runPrestatie(['reservekopie', '--lijst', '--db', file, ...extra]);
  expect(backups.err).toBe('');
  expect(backups.code).toBe(0);
  const freeze = runPrestatie(['bundel', '--jaar', '2027', '--definitief', '--db', file, ...extra]);
  expect(freeze.code).toBe(1);
  expect(freeze.err).toMatch(REFUSAL);
  const advice = runPrestatie(['verantwoording', '--jaar', '2026', '--advies', 'Doorgaan zo', '--db', file, ...extra]);
  expect(advice.code).toBe(1);
  expect(advice.err).toMatch(REFUSAL);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
}

describe('prestatie on a database only to look at', () => {
  it('--alleen-lezen: read commands answer, a write command is refused in Dutch, and the file keeps its bytes', async () => {
    const file = await made(folder());
    readsAndRefuses(file, ['--alleen-lezen']);
    const freeze = runPrestatie(['bundel', '--jaar', '2027', '--definitief', '--db', file, '--alleen-lezen']);
    expect(freeze.err).toContain(`Deze database is alleen te bekijken (alleen-lezen): u hebt ${file} geopend om alleen te bekijken.`);
  });

  const isRoot = process.getuid?.() === 0;
  it('a database in a folder it cannot write opens by itself to look at', async (context) => {
    const dir = folder();
    if (isRoot) {
      // Root writes through file permissions: a tmpfs remounted read-only stops it, as a cd would.
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'ignore' });
      } catch {
        return context.skip('root without mount cannot make a read-only folder here; --alleen-lezen above covers the rest');
      }
      cleanups.push(() => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }));
    }
    const file = await made(dir);
    if (isRoot) execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
    else {
      fs.chmodSync(file, 0o444);
      fs.chmodSync(dir, 0o555);
      cleanups.push(() => fs.chmodSync(dir, 0o755));
    }
    readsAndRefuses(file, []);
  });
});
