// Running the `prestatie` command as a user does: a separate process on the
// built code (after `npm run build`), with its exit code and output.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from './tmp';

const root = path.join(__dirname, '../..');
const bin = path.join(root, 'bin/prestatie.js');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(root, 'dist/src/cli/main.js'))) {
    throw new Error('dist/ ontbreekt: draai eerst "npm run build" (npm test doet dat vanzelf).');
  }
}

export function runPrestatie(args: string[]): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The same, without waiting: for two commands at once. */
export function runPrestatieAsync(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/**
 * A CLI test file's own folder with a database in it, removed after the file's tests, which
 * first check that the build is there. `prestatie` runs the command on that database.
 */
export function cliWorkspace(prefix: string): { tmp: { dir: string }; db: string; prestatie: (args: string[]) => CliRun } {
  const tmp = tempDir(prefix);
  const db = path.join(tmp.dir, 'werkbank.sqlite');
  beforeAll(() => assertBuilt());
  afterAll(() => tmp.cleanup());
  return { tmp, db, prestatie: (args) => runPrestatie([...args, '--db', db]) };
}
