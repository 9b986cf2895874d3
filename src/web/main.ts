// `npm run web -- [--db PATH] [--port N] [--datum YYYY-MM-DD]`: the Werkbank in a browser.
// Opens the core on the database, serves the renderer on 127.0.0.1 and
// prints the address with a fresh secret on a line of its own, starting with
// READY_PREFIX: that line is the readiness signal.
import fs from 'node:fs';
import path from 'node:path';
import { formatDateNl } from '../domain/calendar';
import { openWerkbank } from '../service/index';
import { defaultDatabasePath, rendererDir } from '../paths';
import { createToken, startWebServer } from './server';
import { ArgsError, HELP_TEXT, READY_PREFIX, clockOn, parseWebArgs, type WebArgs } from './args';

/** The longest a stop may take, including a running import or export being cancelled. */
const STOP_LIMIT_MS = 1_500;

async function main(): Promise<void> {
  let args: WebArgs;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof ArgsError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw err;
  }
  if (args.help) {
    process.stdout.write(`${HELP_TEXT}\n`);
    return;
  }

  const screens = rendererDir();
  if (!fs.existsSync(path.join(screens, 'index.html'))) {
    process.stderr.write(`Let op: de schermen zijn nog niet gebouwd (${screens} ontbreekt). Draai eerst "npm run build".\n`);
  }
  const databasePath = args.databasePath ?? defaultDatabasePath();
  const werkbank = openWerkbank({
    databasePath,
    shell: 'browser',
    // Imports, overviews and documents in worker threads: this thread keeps answering, and SIGTERM is heard at once.
    jobs: {},
    ...(args.today ? { now: clockOn(args.today) } : {}),
    ...(args.name ? { changedBy: args.name } : {}),
    ...(args.readOnly ? { readOnly: true } : {}),
    ...(args.setCode ? { setCode: args.setCode } : {}),
  });
  const server = await startWebServer({
    api: werkbank.api,
    token: createToken(),
    port: args.port,
    rendererDir: screens,
  }).catch(async (err: unknown) => {
    await werkbank.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Poort ${args.port} is al in gebruik. Kies een andere met --port, of laat de optie weg.`);
    }
    throw err;
  });

  // Handlers first: whoever waits for the address line may signal right after it.
  let stopping = false;
  const stopped = (): never => {
    process.stdout.write('Werkbank gestopt.\n');
    process.exit(0);
  };
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // Running imports and exports are cancelled (their transactions roll back) and the database closed;
    // should anything still hang, the process ends anyway: what is committed is safe on disk.
    setTimeout(stopped, STOP_LIMIT_MS).unref();
    void Promise.allSettled([server.close(), werkbank.close()]).finally(stopped);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  process.stdout.write(`Database: ${werkbank.databasePath}\n`);
  if (args.today) process.stdout.write(`Let op: de Werkbank doet alsof het vandaag ${formatDateNl(args.today)} is.\n`);
  process.stdout.write(`${READY_PREFIX}${server.url}\n`);
  process.stdout.write('Open dit adres in de browser. Stoppen: Ctrl+C.\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`De Werkbank kon niet starten: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
