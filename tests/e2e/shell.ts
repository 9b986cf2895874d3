// Starting the built browser shell and Debian's Chromium for end-to-end tests.
// The shell gets a fresh database per test file and is ready when it prints
// its address line: no sleeps.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { READY_PREFIX } from '../../src/web/args';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SHELL_MAIN = path.join(ROOT, 'dist', 'src', 'web', 'main.js');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(ROOT, 'test-output', 'screenshots');

export interface RunningShell {
  /** The printed address, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  databasePath: string;
  child: ChildProcessWithoutNullStreams;
  /** Everything the shell wrote so far. */
  output(): string;
  /** SIGTERM, wait for the exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Removes the temp folder (after stop). */
  cleanup(): void;
}

export function tempFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Spawns `node dist/src/web/main.js` with the given arguments and collects its output. */
export function spawnShell(args: string[]): { child: ChildProcessWithoutNullStreams; output: () => string } {
  if (!fs.existsSync(SHELL_MAIN)) {
    throw new Error(`${SHELL_MAIN} ontbreekt: draai eerst "npm run build" (npm test doet dat zelf).`);
  }
  const child = spawn(process.execPath, [SHELL_MAIN, ...args], { cwd: ROOT, env: { ...process.env } });
  let text = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (text += chunk));
  child.stderr.on('data', (chunk: string) => (text += chunk));
  return { child, output: () => text };
}

export function waitForExit(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Starts the browser shell on a fresh database and waits for its address line. */
/** Starts the browser shell on a fresh database; `today` makes the Werkbank see that date (--datum). */
/** `databasePath` opens a database made before (the caller removes it), `args` adds options (--alleen-lezen). */
export async function startShell(options: { today?: string; timeoutMs?: number; databasePath?: string; port?: number; args?: string[] } = {}): Promise<RunningShell> {
  const timeoutMs = options.timeoutMs ?? 45_000;
  const dir = tempFolder('werkbank-e2e-');
  const databasePath = options.databasePath ?? path.join(dir, 'werkbank.sqlite');
  const { child, output } = spawnShell(['--db', databasePath, '--port', String(options.port ?? 0), ...(options.today ? ['--datum', options.today] : []), ...(options.args ?? [])]);

  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => {
      cleanupListeners();
      child.kill('SIGKILL');
      reject(new Error(`De Werkbank meldde zich niet binnen ${timeoutMs} ms. Uitvoer:\n${output()}`));
    }, timeoutMs);
    const onData = (chunk: string) => {
      buffer += chunk;
      for (const line of buffer.split('\n')) {
        if (line.startsWith(READY_PREFIX)) {
          cleanupListeners();
          resolve(line.slice(READY_PREFIX.length).trim());
          return;
        }
      }
    };
    const onExit = (code: number | null) => {
      cleanupListeners();
      reject(new Error(`De Werkbank stopte meteen (code ${code}). Uitvoer:\n${output()}`));
    };
    function cleanupListeners() {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
    }
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });

  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token: parsed.searchParams.get('token') ?? '',
    databasePath,
    child,
    output,
    async stop() {
      const exited = waitForExit(child);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    cleanup() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless. Missing Chromium is a failure with the fix in it, never a skip. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium ontbreekt (${CHROMIUM}). Installeer het met: apt-get install chromium ` +
        `(Chromium is missing: run "apt-get install chromium", or bash scripts/systeempakketten.sh).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Chromium with one page at the screenshots' size (1280×800), handed to `watch` (to collect its errors). */
export async function openPage(watch: (page: Page) => void): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  watch(page);
  return { browser, page };
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/** A call to the running shell's API, as the renderer makes it. */
export async function callApi<T>(shell: RunningShell, method: string, arg: unknown = {}): Promise<T> {
  const res = await fetch(`${shell.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-werkbank-token': shell.token },
    body: JSON.stringify(arg),
  });
  const envelope = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value;
}

/**
 * As the secretary does in November: confirm the links the Werkbank proposed
 * (and record "geen afspraak" where none was found), then freeze the
 * definitive version. A choice left open is a mistake in the test's data.
 */
export async function confirmLinksAndFreeze(shell: RunningShell, planningYear: number): Promise<void> {
  const { open } = await callApi<{ open: { activity: string }[] }>(shell, 'confirmOpenLinks', { planningYear });
  if (open.length > 0) throw new Error(`Nog te kiezen: ${open.map((o) => o.activity).join('; ')}`);
  await callApi(shell, 'saveBundleVersion', { planningYear, final: true });
}
