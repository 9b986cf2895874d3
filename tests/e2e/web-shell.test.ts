// The built browser shell as a program: its command line, its address line,
// its locks and a clean stop.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePayload } from '../../src/service/contract';
import type { JobProgress } from '../../src/service/jobs-contract';
import { READY_PREFIX } from '../../src/web/args';
import { woonwaartsOverview } from '../helpers/workbook';
import { apiRequest, rawRequest } from '../web/http';
import { callApi, spawnShell, startShell, tempFolder, waitForExit, type RunningShell } from './shell';

describe('command line', () => {
  it('explains itself in Dutch with --help and exits 0', async () => {
    const { child, output } = spawnShell(['--help']);
    expect(await waitForExit(child)).toBe(0);
    expect(output()).toContain('Gebruik: npm run web -- [--db PAD] [--port NUMMER]');
    expect(output()).toContain('Stoppen: Ctrl+C');
  });

  it('refuses a wrong option in Dutch with exit code 2, and creates no database', async () => {
    const dir = tempFolder('werkbank-args-');
    const db = path.join(dir, 'x.sqlite');
    const { child, output } = spawnShell(['--db', db, '--port', 'zeven']);
    expect(await waitForExit(child)).toBe(2);
    expect(output()).toContain('Het poortnummer "zeven" is ongeldig');
    expect(fs.existsSync(db)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('running', () => {
  let shell: RunningShell;
  beforeAll(async () => {
    shell = await startShell();
  });
  afterAll(async () => {
    await shell?.stop();
    shell?.cleanup();
  });

  it('prints one address line on 127.0.0.1 with a token, and creates the database', () => {
    const lines = shell.output().split('\n').filter((l) => l.startsWith(READY_PREFIX));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Werkbank draait op http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(fs.existsSync(shell.databasePath)).toBe(true);
  });

  it('serves the built renderer', async () => {
    const res = await rawRequest(shell.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html lang="nl">');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(res.body)?.[1];
    expect(script).toBeDefined();
    const js = await rawRequest(shell.port, { path: `/${script}` });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('refuses an API call without the token (401)', async () => {
    const res = await apiRequest(shell.port, 'getAppInfo', {}, null);
    expect(res.status).toBe(401);
    expect(res.body).toContain('"unauthorized"');
  });

  it('refuses a foreign Host header, even with the token (DNS rebinding)', async () => {
    const res = await apiRequest(shell.port, 'getAppInfo', {}, shell.token, { host: `werkbank.evil.example:${shell.port}` });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('agreementSet');
  });

  it('answers with the token', async () => {
    const res = await apiRequest(shell.port, 'getAppInfo', {}, shell.token);
    expect(res.status).toBe(200);
    expect(res.body).toContain('"periodStart":2025');
  });

  it('says so in Dutch when the port is taken', async () => {
    const dir = tempFolder('werkbank-port-');
    const { child, output } = spawnShell(['--db', path.join(dir, 'y.sqlite'), '--port', String(shell.port)]);
    expect(await waitForExit(child)).toBe(1);
    expect(output()).toContain(`Poort ${shell.port} is al in gebruik`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await shell.stop()).toBe(0);
    expect(shell.output()).toContain('Werkbank gestopt.');
  });
});

describe('SIGINT', () => {
  it('stops cleanly on Ctrl+C too', async () => {
    const shell = await startShell();
    const exited = waitForExit(shell.child);
    shell.child.kill('SIGINT');
    expect(await exited).toBe(0);
    shell.cleanup();
  });
});

describe('while an import is read in the background', () => {
  // A partner's year of 4,000 rows: seconds of reading and linking, on any machine.
  const ROWS = 4_000;
  let file: FilePayload;
  let shell: RunningShell;
  beforeAll(async () => {
    const texts = Array.from({ length: ROWS }, (_, i) => `Wijkschouw met huurders en gemeente in wijk ${i + 1}`);
    file = await woonwaartsOverview(texts, 'Woonwaarts groot.xlsx');
    shell = await startShell();
  });
  afterAll(async () => {
    await shell?.stop();
    shell?.cleanup();
  });

  /** Starts a preview as the page does, and waits until the shell says it is reading or linking. */
  async function startPreview(jobId: string): Promise<{ answer: Promise<{ status: number; body: string } | 'afgebroken'>; settled: () => boolean }> {
    let settled = false;
    const answer = apiRequest(shell.port, 'previewImport', { file, partyId: 'woonwaarts', planningYear: 2027, jobId }, shell.token).then(
      (res) => res,
      () => 'afgebroken' as const,
    );
    void answer.finally(() => (settled = true));
    for (;;) {
      const progress = await callApi<JobProgress>(shell, 'getJobProgress', { jobId });
      if (progress.state === 'running' && (progress.phase === 'reading' || progress.phase === 'linking')) break;
      if (settled) throw new Error(`De import was klaar voordat de test hem bezig zag: ${JSON.stringify(await answer).slice(0, 300)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { answer, settled: () => settled };
  }

  it('answers the light calls meanwhile, and cancels it on request (with the token only)', async () => {
    const heavy = await startPreview('preview-groot-1');
    expect((await callApi<{ number: number }[]>(shell, 'listBundleVersions', { planningYear: 2027 })).length).toBe(0);
    expect((await callApi<{ id: string }[]>(shell, 'listParties')).map((p) => p.id)).toContain('woonwaarts');
    expect(heavy.settled()).toBe(false);

    const foreign = await apiRequest(shell.port, 'cancelJob', { jobId: 'preview-groot-1' }, 'geen-sleutel');
    expect(foreign.status).toBe(401);
    const cancelled = await callApi<{ cancelled: boolean; message: string }>(shell, 'cancelJob', { jobId: 'preview-groot-1' });
    expect(cancelled).toEqual({ cancelled: true, message: 'Geannuleerd. Er is niets gewijzigd.' });
    const answer = await heavy.answer;
    expect(answer).not.toBe('afgebroken');
    expect((answer as { status: number }).status).toBe(409);
    expect((answer as { body: string }).body).toContain('"code":"cancelled"');
  });

  it('stops on SIGTERM within 2 s, without waiting for it', async () => {
    const heavy = await startPreview('preview-groot-2');
    const exited = waitForExit(shell.child);
    const start = Date.now();
    shell.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - start).toBeLessThan(2_000);
    expect(shell.output()).toContain('Werkbank gestopt.');
    // The import never answered: it was cut off, not finished first.
    expect(await heavy.answer).toBe('afgebroken');
  });
});
