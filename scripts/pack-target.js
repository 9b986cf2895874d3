// What electron-builder's hooks need to know about the target being packed,
// as pure functions of the hook's context (tested in tests/electron).
'use strict';

const path = require('node:path');

// electron-builder's Arch enum (builder-util): the hooks get the number.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** Environment variable that skips the Electron rebuild of better-sqlite3; ONLY for the offline configuration check. */
const SKIP_REBUILD_ENV = 'WERKBANK_SKIP_NATIVE_REBUILD';

function archName(arch) {
  const name = typeof arch === 'number' ? ARCH_NAMES[arch] : typeof arch === 'string' && ARCH_NAMES.includes(arch) ? arch : undefined;
  if (!name) throw new Error(`Onbekende processorarchitectuur van electron-builder: ${String(arch)}.`);
  return name;
}

/**
 * The Electron target of a beforePack/afterPack context: the Electron version
 * electron-builder packs (from the config, else its framework info), the
 * platform and the arch.
 */
function packTarget(context) {
  const packager = context.packager || {};
  const electronVersion =
    (packager.config && packager.config.electronVersion) ||
    (packager.info && packager.info.framework && packager.info.framework.version);
  if (typeof electronVersion !== 'string' || electronVersion === '') {
    throw new Error('De Electron-versie om voor te bouwen is onbekend (electron-builder gaf er geen).');
  }
  return { electronVersion, platform: context.electronPlatformName, arch: archName(context.arch) };
}

/**
 * Why this target cannot get a native build on this machine, or null when it can.
 * node-gyp does not cross-compile: a Windows installer is built on Windows, a
 * macOS one on a Mac. A universal macOS app needs two builds merged: not supported.
 */
function crossBuildProblem(target, hostPlatform) {
  const platform = target.platform === 'mas' ? 'darwin' : target.platform;
  if (platform !== hostPlatform) {
    return `better-sqlite3 kan niet vanaf ${hostPlatform} voor ${target.platform} worden gebouwd. Maak het installatiebestand voor ${target.platform} op een ${target.platform}-machine.`;
  }
  if (target.arch === 'universal') {
    return 'Een universele macOS-app (x64 en arm64 samen) wordt niet ondersteund; bouw voor x64 of arm64.';
  }
  return null;
}

/** Where the packed better-sqlite3 binary lives, below the app's resources folder. */
function packedBindingPath(resourcesDir) {
  return path.join(resourcesDir, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

function isRebuildSkipped(env) {
  return env[SKIP_REBUILD_ENV] === '1';
}

module.exports = { SKIP_REBUILD_ENV, archName, crossBuildProblem, isRebuildSkipped, packTarget, packedBindingPath };
