import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createBridge } from '../../electron/bridge';
import { API_METHODS } from '../../src/service/contract';
import { BRIDGE_GLOBAL, IPC_CHANNEL } from '../../src/domain/wire';

describe('createBridge', () => {
  it('has exactly one function per API method, each one invoke on the one channel', async () => {
    const invoke = vi.fn((_channel: string, method: string) => Promise.resolve(JSON.stringify({ ok: true, value: method })));
    const bridge = createBridge(invoke);
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS].sort());
    await expect(bridge.getAgreement({ id: 3 })).resolves.toEqual({ ok: true, value: 'getAgreement' });
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNEL, 'getAgreement', { id: 3 });
    await bridge.listThemes(undefined);
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNEL, 'listThemes', undefined);
  });

  it('reads main’s JSON answer, and says so in Dutch when it is not one', async () => {
    const answers = [JSON.stringify({ ok: false, error: { code: 'cancelled', message: 'Geannuleerd. Er is niets gewijzigd.' } }), '{niet af', { ok: true }];
    const bridge = createBridge(() => Promise.resolve(answers.shift()));
    await expect(bridge.previewImport({ file: { name: 'x.xlsx', data: '' } })).resolves.toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Geannuleerd. Er is niets gewijzigd.' },
    });
    const unexpected = { ok: false, error: { code: 'internal', message: 'De Werkbank gaf een onverwacht antwoord.' } };
    await expect(bridge.listThemes(undefined)).resolves.toEqual(unexpected);
    await expect(bridge.listThemes(undefined)).resolves.toEqual(unexpected);
  });

  it('cannot be changed by the page', () => {
    const bridge = createBridge(() => Promise.resolve(null));
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});

// The built preload must run in Electron's sandbox, whose require knows only
// 'electron' (and a few Node built-ins we do not use). Run the bundle in a bare
// context with exactly that require. Needs `npm run build` (npm test does it).
const bundle = path.resolve(__dirname, '../../dist/preload/preload.js');

describe.skipIf(!fs.existsSync(bundle))('the built preload (dist/preload/preload.js)', () => {
  it('requires only electron and exposes the bridge under the agreed name', async () => {
    const required: string[] = [];
    const exposed = new Map<string, Record<string, (arg: unknown) => Promise<unknown>>>();
    const invoke = vi.fn(() => Promise.resolve(JSON.stringify({ ok: true, value: 1 })));
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, value: Record<string, (arg: unknown) => Promise<unknown>>) => exposed.set(name, value) },
      ipcRenderer: { invoke },
    };
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return electron;
    };
    const module = { exports: {} };
    const code = fs.readFileSync(bundle, 'utf8');
    vm.runInNewContext(`(function (require, module, exports) {${code}\n})`, {}, { filename: bundle })(sandboxRequire, module, module.exports);

    expect(required).toEqual(['electron']);
    const bridge = exposed.get(BRIDGE_GLOBAL);
    expect(bridge).toBeDefined();
    expect(Object.keys(bridge!).sort(), 'dist/preload/preload.js is older than the contract: npm run build').toEqual(
      [...API_METHODS].sort(),
    );
    await bridge!['listAgreements']!({ text: 'woningen' });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'listAgreements', { text: 'woningen' });
  });
});
