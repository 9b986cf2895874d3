// `prestatie` on a database only to look at, spawned as a user runs it: with
// --alleen-lezen (which holds for root too), and a database in a folder it
// cannot write (a read-only tmpfs for root, as a cd; chmod otherwise), and,
// as root, run as nobody on root's file, as a user without rights would. Read
// commands answer; a write command gets the Dutch refusal, exit code 1; the
// database file keeps its bytes.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWerkbank } from '../../src/service/index';
import { assertBuilt, runPrestatie, type CliRun } from '../helpers/cli';
import { tempFolders } from '../helpers/tmp';

const BIN = path.join(__dirname, '../../bin/prestatie.js');
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

function readsAndRefuses(file: string, extra: string[], run: (args: string[]) => CliRun = runPrestatie): void {
  const before = fs.readFileSync(file);
  const list = run(['afspraken', '--db', file, ...extra]);
  expect(list.err).toBe('');
  expect(list.code).toBe(0);
  expect(list.out).toMatch(/afspraken/i);
  const bundle = run(['bundel', '--jaar', '2027', '--db', file, ...extra]);
  expect(bundle.err).toBe('');
  expect(bundle.code).toBe(0);
  const backups = run(['reservekopie', '--lijst', '--db', file, ...extra]);
  expect(backups.err).toBe('');
  expect(backups.code).toBe(0);
  const freeze = run(['bundel', '--jaar', '2027', '--definitief', '--db', file, ...extra]);
  expect(freeze.code).toBe(1);
  expect(freeze.err).toMatch(REFUSAL);
  const advice = run(['verantwoording', '--jaar', '2026', '--advies', 'Doorgaan zo', '--db', file, ...extra]);
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

  // What a secretary (not root) meets: a database of someone else's in a folder of someone else's. As root, run as nobody.
  const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath];
  const asNobody = isRoot && spawnSync('setpriv', [...NOBODY, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], { cwd: os.tmpdir() }).status === 0;
  it.skipIf(!asNobody)('a user without write rights (nobody, through setpriv) gets it to look at', async () => {
    const dir = folder();
    const file = await made(dir);
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(file, 0o644);
    const run = (args: string[]): CliRun => {
      const result = spawnSync('setpriv', [...NOBODY, BIN, ...args], {
        encoding: 'utf8',
        cwd: os.tmpdir(),
        env: { ...process.env, HOME: os.tmpdir() },
        timeout: 30_000,
      });
      return { code: result.status, out: result.stdout, err: result.stderr };
    };
    readsAndRefuses(file, [], run);
    expect(run(['bundel', '--jaar', '2027', '--definitief', '--db', file]).err).toContain(`(alleen-lezen): ${file} is een alleen-lezen bestand, of u hebt er geen schrijfrechten op.`);
    expect(fs.readdirSync(dir)).toEqual(['werkbank.sqlite']);
  });
});
