// Running the `prestatie` command as a user does: a separate process on the
// built code (after `npm run build`), with its exit code and output.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
