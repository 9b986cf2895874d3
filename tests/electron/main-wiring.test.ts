// A smoke test of electron/main.ts's wiring: the compiled main process runs in
// a child Node process against a recording stand-in for 'electron'
// (fixtures/main-harness.cjs), with a fresh data folder and the real core. The
// decisions themselves are unit-tested in the other files; this proves main
// hands them the right things. Needs `npm run build` (npm test does it).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IPC_CHANNEL } from '../../src/domain/wire';

const root = path.resolve(__dirname, '../..');
const built = ['dist/electron/main.js', 'dist/renderer/index.html', 'dist/preload/preload.js'].every((f) => fs.existsSync(path.join(root, f)));

interface Recorded {
  harnessError?: string;
  quit: number;
  exit: number | null;
  sandboxEnabled?: boolean;
  errorBoxes: { title: string; message: string }[];
  windows: { webPreferences: Record<string, unknown> }[];
  loadedFiles: string[];
  menu: string[] | null;
  opened: string[];
  ipcChannel?: string;
  windowOpen?: unknown[];
  navigationPrevented?: Record<string, boolean>;
  webviewHandled?: boolean;
  permission?: boolean | null;
  cancel?: Record<string, boolean | null>;
  trusted?: { ok: boolean; value?: { databasePath: string; readOnly?: string } };
  refusedWrite?: { ok: boolean; error?: { code: string; message: string } };
  untrusted?: { ok: boolean; error?: { code: string } };
  unknown?: { ok: boolean; error?: { code: string } };
  jobWhileRunning?: { ok: boolean; value?: { state: string } };
  heavy?: { ok: boolean; value?: { planningYear: number } };
  jobAfter?: { ok: boolean; value?: { state: string } };
  quitDeferred?: boolean;
}

describe.skipIf(!built)('electron/main.ts wiring (compiled, with a stand-in for electron)', () => {
  let dataHome: string;

  beforeEach(() => {
    dataHome = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-main-'));
  });
  afterEach(() => {
    fs.rmSync(dataHome, { recursive: true, force: true });
  });

  function run(scenario: string, ...args: string[]): Recorded {
    const env: Record<string, string | undefined> = { ...process.env, XDG_CONFIG_HOME: dataHome, HOME: dataHome, APPDATA: dataHome };
    delete env.WERKBANK_SQLITE_BINDING;
    const stdout = execFileSync(process.execPath, [path.join(__dirname, 'fixtures', 'main-harness.cjs'), scenario, ...args], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const recorded = JSON.parse(stdout.trim().split('\n').pop()!) as Recorded;
    expect(recorded.harnessError).toBeUndefined();
    return recorded;
  }

  it('opens the core, the locked-down window on the built page, the Dutch menu and the guarded IPC', () => {
    const r = run('normal');
    expect(r.sandboxEnabled).toBe(true);
    expect(r.errorBoxes).toEqual([]);
    expect(r.windows).toHaveLength(1);
    expect(r.windows[0]!.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(r.windows[0]!.webPreferences.preload).toBe(path.join(root, 'dist', 'preload', 'preload.js'));
    expect(r.loadedFiles).toEqual([path.join(root, 'dist', 'renderer', 'index.html')]);
    expect(r.menu).toEqual(process.platform === 'darwin' ? expect.arrayContaining(['Bestand', 'Help']) : ['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(r.ipcChannel).toBe(IPC_CHANNEL);

    expect(r.trusted?.ok).toBe(true);
    expect(r.trusted?.value?.databasePath.startsWith(dataHome)).toBe(true);
    expect(r.untrusted).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(r.unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    // The overview is computed in a worker thread: main answers about it while it runs.
    expect(r.jobWhileRunning).toMatchObject({ ok: true, value: { state: 'running' } });
    expect(r.heavy).toMatchObject({ ok: true, value: { planningYear: 2026 } });
    expect(r.jobAfter).toMatchObject({ ok: true, value: { state: 'unknown' } });
    expect(r.quitDeferred).toBe(true);
    expect(r.quit).toBe(1);

    expect(r.windowOpen).toEqual([{ action: 'deny' }, { action: 'deny' }]);
    expect(r.opened).toEqual(['https://www.druten.nl/', 'https://example.org/']);
    expect(r.navigationPrevented).toEqual({ own: false, remote: true, file: true });
    expect(r.webviewHandled).toBe(true);
    expect(r.permission).toBe(false);
    expect(r.cancel).toEqual({ https: true, file: false });
  });

  it('shows the core’s Dutch message and exits when the database is newer than the app', () => {
    const r = run('database-too-new');
    expect(r.windows).toEqual([]);
    expect(r.errorBoxes).toHaveLength(1);
    expect(r.errorBoxes[0]!.title).toBe('De werkbank kan niet starten');
    expect(r.errorBoxes[0]!.message).toMatch(/nieuwere versie/);
    expect(r.exit).toBe(1);
  });

  it('opens the database only to look at when started with --alleen-lezen', () => {
    // The first start makes the database and writes as usual; the second only looks at it.
    expect(run('normal').trusted?.value?.readOnly).toBeUndefined();
    const r = run('read-only', '--alleen-lezen');
    expect(r.errorBoxes).toEqual([]);
    expect(r.windows).toHaveLength(1);
    expect(r.trusted?.value?.readOnly).toMatch(/geopend om alleen te bekijken$/);
    expect(r.refusedWrite).toMatchObject({ ok: false, error: { code: 'database_unusable', message: expect.stringMatching(/^Deze database is alleen te bekijken/) } });
  });

  it('leaves a second start to the first instance', () => {
    const r = run('second-instance');
    expect(r.quit).toBe(1);
    expect(r.windows).toEqual([]);
    expect(r.sandboxEnabled).toBeUndefined();
  });
});
