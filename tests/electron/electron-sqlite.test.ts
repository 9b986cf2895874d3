// The Electron build of better-sqlite3 kept apart from the Node one
// (scripts/electron-sqlite.js, used by npm start and the packaging hooks).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { SQLITE_BINDING_ENV } from '../../electron/startup';

interface Target {
  electronVersion: string;
  platform: string;
  arch: string;
}
type Rebuild = (options: { buildPath: string; electronVersion: string; arch: string; force: boolean; onlyModules: string[] }) => Promise<void>;
interface ElectronSqlite {
  SQLITE_BINDING_ENV: string;
  electronSqliteDir(projectRoot: string, target: Target): string;
  bindingPath(dir: string): string;
  expectedStamp(target: Target, betterSqliteVersion: string): Record<string, string>;
  isCachedBuildValid(input: { stampText: string | null; bindingExists: boolean; expected: Record<string, string> }): boolean;
  isSourceFile(file: string, packageRoot: string): boolean;
  cachedBinding(projectRoot: string, target: Target, abi?: number): string | null;
  ensureElectronSqlite(input: { projectRoot: string; target: Target; log?: (line: string) => void; rebuild?: Rebuild; abi?: number }): Promise<string>;
  moduleAbiOf(binary: Uint8Array): number | null;
  builtBindingProblem(binary: Uint8Array | null, expectedAbi: number): string | null;
  nodeGypEnvKeys(env: Record<string, string | undefined>): string[];
  withoutNodeGypEnv<T>(env: Record<string, string | undefined>, action: () => Promise<T>): Promise<T>;
  electronAbi(projectRoot: string, electronVersion: string): Promise<number>;
}

// A CommonJS script: load it with Node's own require, as npm start does.
const load = createRequire(__filename);
const lib = load('../../scripts/electron-sqlite.js') as ElectronSqlite;

const target: Target = { electronVersion: '45.5.0', platform: 'linux', arch: 'x64' };
const projectRootOfThisRepo = path.resolve(__dirname, '../..');
// Stand-ins for binaries: what matters to the checks is the registration symbol carrying the ABI.
const ELECTRON_BUILD = 'ELF…node_register_module_v150…';
const NODE_BUILD = 'ELF…node_register_module_v115…';

describe('paths and stamps', () => {
  it('keeps one folder per Electron version, platform and arch under .electron-sqlite', () => {
    const dir = lib.electronSqliteDir('/work/app', target);
    expect(dir).toBe(path.join('/work/app', '.electron-sqlite', '45.5.0-linux-x64'));
    expect(lib.bindingPath(dir)).toBe(path.join(dir, 'better_sqlite3.node'));
    expect(lib.electronSqliteDir('/work/app', { ...target, arch: 'arm64' })).not.toBe(dir);
  });

  it('hands main the binding under the name main reads', () => {
    expect(lib.SQLITE_BINDING_ENV).toBe(SQLITE_BINDING_ENV);
  });

  it('accepts a cached build only with the binary present and a stamp for exactly this target', () => {
    const expected = lib.expectedStamp(target, '12.11.1');
    const stampText = JSON.stringify(expected);
    expect(lib.isCachedBuildValid({ stampText, bindingExists: true, expected })).toBe(true);
    expect(lib.isCachedBuildValid({ stampText, bindingExists: false, expected })).toBe(false);
    expect(lib.isCachedBuildValid({ stampText: null, bindingExists: true, expected })).toBe(false);
    expect(lib.isCachedBuildValid({ stampText: '{not json', bindingExists: true, expected })).toBe(false);
    expect(lib.isCachedBuildValid({ stampText: 'null', bindingExists: true, expected })).toBe(false);
    for (const changed of [
      lib.expectedStamp({ ...target, electronVersion: '46.0.0' }, '12.11.1'),
      lib.expectedStamp({ ...target, arch: 'arm64' }, '12.11.1'),
      lib.expectedStamp({ ...target, platform: 'darwin' }, '12.11.1'),
      lib.expectedStamp(target, '12.12.0'),
    ]) {
      expect(lib.isCachedBuildValid({ stampText, bindingExists: true, expected: changed })).toBe(false);
    }
  });

  it('copies better-sqlite3 without the Node build outputs', () => {
    const root = path.join('/nm', 'better-sqlite3');
    expect(lib.isSourceFile(root, root)).toBe(true);
    expect(lib.isSourceFile(path.join(root, 'binding.gyp'), root)).toBe(true);
    expect(lib.isSourceFile(path.join(root, 'deps', 'sqlite3', 'sqlite3.c'), root)).toBe(true);
    expect(lib.isSourceFile(path.join(root, 'build'), root)).toBe(false);
    expect(lib.isSourceFile(path.join(root, 'build', 'Release', 'better_sqlite3.node'), root)).toBe(false);
  });
});

describe('ABI checks', () => {
  it('reads the ABI from a real better-sqlite3 binary', () => {
    const real = fs.readFileSync(path.join(projectRootOfThisRepo, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'));
    expect(lib.moduleAbiOf(real)).toBe(Number(process.versions.modules));
    expect(lib.moduleAbiOf(Buffer.from('no symbol here'))).toBeNull();
  });

  it("knows the installed Electron's ABI", async () => {
    const version = (load('electron/package.json') as { version: string }).version;
    const abi = await lib.electronAbi(projectRootOfThisRepo, version);
    expect(abi).toBeGreaterThan(Number(process.versions.modules));
  });

  it('rejects a build that is missing or made for another ABI, naming the likely cause', () => {
    expect(lib.builtBindingProblem(Buffer.from(ELECTRON_BUILD), 150)).toBeNull();
    expect(lib.builtBindingProblem(null, 150)).toMatch(/ontbreekt/);
    expect(lib.builtBindingProblem(Buffer.from(NODE_BUILD), 150)).toMatch(/ABI 115 in plaats van Electrons ABI 150[\s\S]*nodedir/);
  });

  it("keeps npm's node-gyp settings away from the Electron build, and puts them back after", async () => {
    const env: Record<string, string | undefined> = { npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.0.0', npm_config_cache: '/c', PATH: '/bin' };
    expect(lib.nodeGypEnvKeys(env).sort()).toEqual(['NPM_CONFIG_TARGET', 'npm_config_nodedir']);
    const seen = await lib.withoutNodeGypEnv(env, async () => ({ ...env }));
    expect(seen).toEqual({ npm_config_cache: '/c', PATH: '/bin' });
    expect(env).toEqual({ npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.0.0', npm_config_cache: '/c', PATH: '/bin' });
    await expect(lib.withoutNodeGypEnv(env, () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(env.npm_config_nodedir).toBe('/usr');
  });
});

describe('ensureElectronSqlite', () => {
  let projectRoot: string;
  let nodeBinary: string;

  beforeEach(() => {
    projectRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-electron-sqlite-'));
    const pkg = path.join(projectRoot, 'node_modules', 'better-sqlite3');
    fs.mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true });
    fs.mkdirSync(path.join(pkg, 'src'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
    fs.writeFileSync(path.join(pkg, 'binding.gyp'), '{}');
    fs.writeFileSync(path.join(pkg, 'src', 'better_sqlite3.cpp'), '// source');
    nodeBinary = path.join(pkg, 'build', 'Release', 'better_sqlite3.node');
    fs.writeFileSync(nodeBinary, NODE_BUILD);
  });

  afterEach(() => {
    fs.rmSync(projectRoot, { recursive: true, force: true });
  });

  // Stands in for @electron/rebuild: compiles "for Electron" inside the folder it is given.
  function fakeRebuild(output = ELECTRON_BUILD) {
    return vi.fn<Rebuild>(async ({ buildPath }) => {
      expect(process.env.npm_config_nodedir).toBeUndefined();
      expect(fs.existsSync(path.join(buildPath, 'build'))).toBe(false); // the Node build was not copied
      expect(fs.existsSync(path.join(buildPath, 'src', 'better_sqlite3.cpp'))).toBe(true);
      fs.mkdirSync(path.join(buildPath, 'build', 'Release'), { recursive: true });
      fs.writeFileSync(path.join(buildPath, 'build', 'Release', 'better_sqlite3.node'), output);
    });
  }

  it('builds from a copy, keeps the result with a stamp, and leaves node_modules alone', async () => {
    const rebuild = fakeRebuild();
    const binding = await lib.ensureElectronSqlite({ projectRoot, target, rebuild, log: () => {}, abi: 150 });

    expect(binding).toBe(path.join(projectRoot, '.electron-sqlite', '45.5.0-linux-x64', 'better_sqlite3.node'));
    expect(fs.readFileSync(binding, 'utf8')).toBe(ELECTRON_BUILD);
    expect(fs.readFileSync(nodeBinary, 'utf8')).toBe(NODE_BUILD);
    const options = rebuild.mock.calls[0]![0];
    expect(options).toMatchObject({ electronVersion: '45.5.0', arch: 'x64', force: true, onlyModules: ['better-sqlite3'] });
    expect(path.relative(projectRoot, options.buildPath).startsWith('node_modules')).toBe(false);
    expect(fs.existsSync(path.join(projectRoot, '.electron-sqlite', '45.5.0-linux-x64', 'work'))).toBe(false);
    expect(lib.cachedBinding(projectRoot, target, 150)).toBe(binding);
    expect(lib.cachedBinding(projectRoot, target, 151)).toBeNull();
  });

  it('reuses a valid build and rebuilds when better-sqlite3 is upgraded', async () => {
    await lib.ensureElectronSqlite({ projectRoot, target, rebuild: fakeRebuild(), log: () => {}, abi: 150 });
    const again = fakeRebuild(`${ELECTRON_BUILD} second`);
    await lib.ensureElectronSqlite({ projectRoot, target, rebuild: again, log: () => {}, abi: 150 });
    expect(again).not.toHaveBeenCalled();

    const pkgJson = path.join(projectRoot, 'node_modules', 'better-sqlite3', 'package.json');
    fs.writeFileSync(pkgJson, JSON.stringify({ name: 'better-sqlite3', version: '12.12.0' }));
    const binding = await lib.ensureElectronSqlite({ projectRoot, target, rebuild: again, log: () => {}, abi: 150 });
    expect(again).toHaveBeenCalledOnce();
    expect(fs.readFileSync(binding, 'utf8')).toBe(`${ELECTRON_BUILD} second`);
  });

  it('fails with a Dutch explanation when offline, and leaves no half build behind', async () => {
    const offline = vi.fn<Rebuild>(() => Promise.reject(new Error("node-gyp failed to rebuild 'better-sqlite3'")));
    await expect(lib.ensureElectronSqlite({ projectRoot, target, rebuild: offline, log: () => {}, abi: 150 })).rejects.toThrow(
      /kon niet worden gebouwd voor Electron 45\.5\.0[\s\S]*internetverbinding[\s\S]*node-gyp failed/,
    );
    const dir = path.join(projectRoot, '.electron-sqlite', '45.5.0-linux-x64');
    expect(fs.existsSync(path.join(dir, 'work'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'build-info.json'))).toBe(false);
    expect(lib.cachedBinding(projectRoot, target)).toBeNull();
    expect(fs.readFileSync(nodeBinary, 'utf8')).toBe(NODE_BUILD);
  });

  it("refuses a build that silently came out for Node's ABI (npm's nodedir) and keeps nothing", async () => {
    const saved = process.env.npm_config_nodedir;
    process.env.npm_config_nodedir = '/usr';
    try {
      await expect(
        lib.ensureElectronSqlite({ projectRoot, target, rebuild: fakeRebuild(NODE_BUILD), log: () => {}, abi: 150 }),
      ).rejects.toThrow(/ABI 115 in plaats van Electrons ABI 150/);
      expect(process.env.npm_config_nodedir).toBe('/usr');
    } finally {
      if (saved === undefined) delete process.env.npm_config_nodedir;
      else process.env.npm_config_nodedir = saved;
    }
    expect(lib.cachedBinding(projectRoot, target)).toBeNull();
    expect(fs.existsSync(path.join(projectRoot, '.electron-sqlite', '45.5.0-linux-x64', 'work'))).toBe(false);
  });

  it('does not reuse a cached build whose binary has the wrong ABI', async () => {
    await lib.ensureElectronSqlite({ projectRoot, target, rebuild: fakeRebuild(), log: () => {}, abi: 150 });
    const dir = path.join(projectRoot, '.electron-sqlite', '45.5.0-linux-x64');
    fs.writeFileSync(path.join(dir, 'better_sqlite3.node'), NODE_BUILD);
    const again = fakeRebuild();
    await lib.ensureElectronSqlite({ projectRoot, target, rebuild: again, log: () => {}, abi: 150 });
    expect(again).toHaveBeenCalledOnce();
  });

  it('says to run npm install when better-sqlite3 is missing', async () => {
    fs.rmSync(path.join(projectRoot, 'node_modules'), { recursive: true });
    await expect(lib.ensureElectronSqlite({ projectRoot, target, rebuild: fakeRebuild(), log: () => {}, abi: 150 })).rejects.toThrow(/npm install/);
  });
});
