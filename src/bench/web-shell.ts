// The browser shell as the user runs it, in a process of its own, for the
// benchmarks that measure it from outside: started on a database, ready when
// it prints its address line.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { appRoot } from '../paths';
import { READY_PREFIX } from '../web/args';

export interface BenchShell {
  /** The printed address, token included. */
  url: URL;
  process: ChildProcess;
  /** SIGTERM. */
  stop(): void;
}

export async function startWebShell(databasePath: string, args: string[] = []): Promise<BenchShell> {
  const shell = spawn(process.execPath, [path.join(appRoot(), 'dist', 'src', 'web', 'main.js'), '--db', databasePath, '--port', '0', ...args]);
  const url = await new Promise<URL>((resolve, reject) => {
    let text = '';
    shell.stdout.setEncoding('utf8');
    shell.stdout.on('data', (chunk: string) => {
      text += chunk;
      const line = text.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (line) resolve(new URL(line.slice(READY_PREFIX.length).trim()));
    });
    shell.once('exit', (code) => reject(new Error(`De browser-shell stopte (code ${code}).`)));
  });
  return { url, process: shell, stop: () => shell.kill('SIGTERM') };
}
