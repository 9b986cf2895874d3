// The pure parts of npm start and the electron-builder hooks.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createRequire } from 'node:module';

interface Target {
  electronVersion: string;
  platform: string;
  arch: string;
}
interface PackTarget {
  SKIP_REBUILD_ENV: string;
  archName(arch: unknown): string;
  packTarget(context: unknown): Target;
  crossBuildProblem(target: Target, hostPlatform: string): string | null;
  packedBindingPath(resourcesDir: string): string;
  isRebuildSkipped(env: Record<string, string | undefined>): boolean;
}
interface StartDesktop {
  electronEnv(env: Record<string, string | undefined>, binding: string): Record<string, string | undefined>;
  electronExecutable(load: () => unknown): string;
}

const load = createRequire(__filename);
const pack = load('../../scripts/pack-target.js') as PackTarget;
const start = load('../../scripts/start-desktop.js') as StartDesktop;

describe('packTarget', () => {
  it("reads electron-builder's arch enum", () => {
    expect([0, 1, 2, 3, 4].map((n) => pack.archName(n))).toEqual(['ia32', 'x64', 'armv7l', 'arm64', 'universal']);
    expect(pack.archName('arm64')).toBe('arm64');
    expect(() => pack.archName(9)).toThrow(/Onbekende processorarchitectuur/);
    expect(() => pack.archName('sparc')).toThrow(/Onbekende/);
  });

  it('takes the Electron version from the config, else from the framework electron-builder packs', () => {
    const fromFramework = { packager: { config: {}, info: { framework: { version: '45.5.0' } } }, electronPlatformName: 'win32', arch: 1 };
    expect(pack.packTarget(fromFramework)).toEqual({ electronVersion: '45.5.0', platform: 'win32', arch: 'x64' });
    const fromConfig = { packager: { config: { electronVersion: '45.6.0' }, info: { framework: { version: '45.5.0' } } }, electronPlatformName: 'linux', arch: 3 };
    expect(pack.packTarget(fromConfig)).toEqual({ electronVersion: '45.6.0', platform: 'linux', arch: 'arm64' });
    expect(() => pack.packTarget({ packager: {}, electronPlatformName: 'linux', arch: 1 })).toThrow(/Electron-versie/);
  });

  it('refuses to cross-compile the native module, in Dutch', () => {
    const win = { electronVersion: '45.5.0', platform: 'win32', arch: 'x64' };
    expect(pack.crossBuildProblem(win, 'win32')).toBeNull();
    expect(pack.crossBuildProblem(win, 'linux')).toMatch(/win32-machine/);
    expect(pack.crossBuildProblem({ ...win, platform: 'mas' }, 'darwin')).toBeNull();
    expect(pack.crossBuildProblem({ ...win, platform: 'darwin', arch: 'universal' }, 'darwin')).toMatch(/universele/);
  });

  it('finds the unpacked better-sqlite3 binary below the resources folder', () => {
    expect(pack.packedBindingPath('/out/linux-unpacked/resources')).toBe(
      path.join('/out/linux-unpacked/resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    );
  });

  it('skips the rebuild only when asked exactly', () => {
    expect(pack.isRebuildSkipped({ [pack.SKIP_REBUILD_ENV]: '1' })).toBe(true);
    expect(pack.isRebuildSkipped({})).toBe(false);
    expect(pack.isRebuildSkipped({ [pack.SKIP_REBUILD_ENV]: 'yes' })).toBe(false);
  });
});

describe('start-desktop', () => {
  it('passes the binding to Electron and never runs it as plain Node', () => {
    const env = start.electronEnv({ PATH: '/usr/bin', ELECTRON_RUN_AS_NODE: '1' }, '/b/better_sqlite3.node');
    expect(env).toEqual({ PATH: '/usr/bin', WERKBANK_SQLITE_BINDING: '/b/better_sqlite3.node' });
  });

  it('explains in Dutch when the Electron binary cannot be fetched', () => {
    expect(start.electronExecutable(() => '/nm/electron/dist/electron')).toBe('/nm/electron/dist/electron');
    const offline = () => {
      throw new Error('Electron failed to install correctly.');
    };
    expect(() => start.electronExecutable(offline)).toThrow(/nog niet gedownload[\s\S]*internetverbinding[\s\S]*failed to install/);
    expect(() => start.electronExecutable(() => undefined)).toThrow(/Electron kon niet worden gestart/);
  });
});
