// better-sqlite3 for Electron's ABI, built apart from the Node build in
// node_modules so that `npm test` (Node) and `npm start` / packaging (Electron)
// work on one checkout in any order, without a manual rebuild in between.
//
// A build is made from a copy of node_modules/better-sqlite3 with
// @electron/rebuild and kept in .electron-sqlite/<electron>-<platform>-<arch>/
// together with a stamp saying what it was built for. Used by
// scripts/start-desktop.js (development) and scripts/before-pack.js (installers).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const CACHE_FOLDER = '.electron-sqlite';
const BINDING_FILE = 'better_sqlite3.node';
const STAMP_FILE = 'build-info.json';
const HEADERS_URL = 'https://www.electronjs.org/headers';

/** Must match electron/startup.ts (a test holds them together). */
const SQLITE_BINDING_ENV = 'WERKBANK_SQLITE_BINDING';

/** An error whose message is meant for the person at the terminal, in Dutch. */
class ElectronSqliteError extends Error {
  constructor(message, cause) {
    super(message);
    this.name = 'ElectronSqliteError';
    if (cause !== undefined) this.cause = cause;
  }
}

/** Where the Electron build for one target lives. */
function electronSqliteDir(projectRoot, target) {
  return path.join(projectRoot, CACHE_FOLDER, `${target.electronVersion}-${target.platform}-${target.arch}`);
}

function bindingPath(dir) {
  return path.join(dir, BINDING_FILE);
}

/** What a cached build must have been made for: the target and the better-sqlite3 sources it came from. */
function expectedStamp(target, betterSqliteVersion) {
  return {
    electronVersion: target.electronVersion,
    platform: target.platform,
    arch: target.arch,
    betterSqlite3: betterSqliteVersion,
  };
}

/**
 * The NODE_MODULE_VERSION a better-sqlite3 binary was built for, read from the
 * binary itself, or null when it cannot be told. better-sqlite3 registers with
 * NODE_MODULE_INIT, which exports `node_register_module_v<ABI>` (ELF, PE and
 * Mach-O alike keep the name as text). This is what catches a build that
 * silently used Node's headers instead of Electron's.
 */
function moduleAbiOf(binary) {
  const match = /node_register_module_v(\d+)/.exec(Buffer.from(binary).toString('latin1'));
  return match ? Number(match[1]) : null;
}

/**
 * npm passes its configuration to child processes as npm_config_* variables,
 * and node-gyp takes them as options. On machines whose .npmrc sets `nodedir`
 * (this one does), node-gyp would build against Node's headers whatever
 * Electron version it is told: these are removed while building.
 */
const NODE_GYP_ENV = /^npm_config_(nodedir|tarball|devdir|target|target_arch|arch|runtime|disturl|dist_url|build_from_source)$/i;

function nodeGypEnvKeys(env) {
  return Object.keys(env).filter((key) => NODE_GYP_ENV.test(key));
}

async function withoutNodeGypEnv(env, action) {
  const saved = nodeGypEnvKeys(env).map((key) => [key, env[key]]);
  for (const [key] of saved) delete env[key];
  try {
    return await action();
  } finally {
    for (const [key, value] of saved) env[key] = value;
  }
}

/**
 * True when a cached build can be used as is: the binary is there and its stamp
 * names the same Electron version, platform, arch and better-sqlite3 version.
 * `stampText` is the stamp file's content, or null when it is missing.
 */
function isCachedBuildValid({ stampText, bindingExists, expected }) {
  if (!bindingExists || typeof stampText !== 'string') return false;
  let stamp;
  try {
    stamp = JSON.parse(stampText);
  } catch {
    return false;
  }
  if (typeof stamp !== 'object' || stamp === null) return false;
  return Object.keys(expected).every((key) => stamp[key] === expected[key]);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function packageVersion(projectRoot, name) {
  const file = path.join(projectRoot, 'node_modules', name, 'package.json');
  try {
    return readJson(file).version;
  } catch (err) {
    throw new ElectronSqliteError(`${name} is niet geïnstalleerd (${file} ontbreekt). Voer eerst "npm install" uit.`, err);
  }
}

/** Electron's version as installed in node_modules. */
function installedElectronVersion(projectRoot) {
  return packageVersion(projectRoot, 'electron');
}

/** NODE_MODULE_VERSION of the target Electron: from the installed electron package, else from node-abi. */
async function electronAbi(projectRoot, electronVersion) {
  if (electronVersion === installedElectronVersion(projectRoot)) {
    const file = path.join(projectRoot, 'node_modules', 'electron', 'abi_version');
    if (fs.existsSync(file)) return Number(fs.readFileSync(file, 'utf8').trim());
  }
  try {
    const { getAbi } = await import('node-abi');
    return Number(getAbi(electronVersion, 'electron'));
  } catch (err) {
    throw new ElectronSqliteError(`Onbekend welke ABI Electron ${electronVersion} heeft (node-abi): ${err instanceof Error ? err.message : String(err)}`, err);
  }
}

/** A cached, still valid build for `target`, or null. `abi`, when given, is checked against the binary too. */
function cachedBinding(projectRoot, target, abi) {
  const dir = electronSqliteDir(projectRoot, target);
  const binding = bindingPath(dir);
  const stampFile = path.join(dir, STAMP_FILE);
  const stampText = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : null;
  const expected = expectedStamp(target, packageVersion(projectRoot, 'better-sqlite3'));
  if (!isCachedBuildValid({ stampText, bindingExists: fs.existsSync(binding), expected })) return null;
  if (abi !== undefined && moduleAbiOf(fs.readFileSync(binding)) !== abi) return null;
  return binding;
}

// The Node build's outputs are not copied: the copy is built from source, and a
// leftover Node binary must never be mistaken for the Electron one.
function isSourceFile(source, packageRoot) {
  const relative = path.relative(packageRoot, source);
  const first = relative.split(path.sep)[0];
  return first !== 'build' && first !== 'prebuilds' && first !== 'bin';
}

/** What is wrong with a freshly built binary (missing, or built for another ABI), or null. */
function builtBindingProblem(binary, expectedAbi) {
  if (binary === null) return 'Het gebouwde better_sqlite3.node ontbreekt.';
  const abi = moduleAbiOf(binary);
  if (abi !== expectedAbi) {
    return (
      `Het gebouwde better_sqlite3.node is voor ABI ${abi ?? 'onbekend'} in plaats van Electrons ABI ${expectedAbi}; ` +
      'waarschijnlijk zijn de headers van Node gebruikt (npm_config_nodedir of "nodedir" in .npmrc).'
    );
  }
  return null;
}

/** The Dutch explanation of a failed rebuild; offline machines get told what is missing. */
function rebuildFailureMessage(target, err) {
  const detail = err instanceof Error ? err.message : String(err);
  return [
    `better-sqlite3 kon niet worden gebouwd voor Electron ${target.electronVersion} (${target.platform}-${target.arch}).`,
    `Daarvoor zijn de Electron-headers nodig (${HEADERS_URL}, of eenmalig gedownload in ~/.electron-gyp),`,
    'een C++-compiler en Python (node-gyp). Controleer de internetverbinding en probeer het opnieuw.',
    'De Node-versie in node_modules is niet aangeraakt: "npm test" blijft werken.',
    `Technische melding: ${detail}`,
  ].join('\n');
}

/**
 * Returns the path of better_sqlite3.node built for `target`, building it first
 * when there is no valid cached build. node_modules/better-sqlite3 is only read.
 * `rebuild` is @electron/rebuild's function; injectable for tests.
 */
async function ensureElectronSqlite({ projectRoot, target, log = console.log, rebuild, abi }) {
  const expectedAbi = abi ?? (await electronAbi(projectRoot, target.electronVersion));
  const cached = cachedBinding(projectRoot, target, expectedAbi);
  if (cached) return cached;

  const betterSqliteVersion = packageVersion(projectRoot, 'better-sqlite3');
  const dir = electronSqliteDir(projectRoot, target);
  const workRoot = path.join(dir, 'work');
  const moduleCopy = path.join(workRoot, 'better-sqlite3');
  const source = path.join(projectRoot, 'node_modules', 'better-sqlite3');

  log(`better-sqlite3 ${betterSqliteVersion} wordt gebouwd voor Electron ${target.electronVersion} (${target.platform}-${target.arch}); dit gebeurt eenmalig en duurt een paar minuten…`);
  // An old stamp goes first, so that nothing half-replaced can pass for a finished build.
  fs.rmSync(path.join(dir, STAMP_FILE), { force: true });
  fs.rmSync(workRoot, { recursive: true, force: true });
  fs.mkdirSync(workRoot, { recursive: true });
  // dereference: a linked package (workspaces, pnpm) is copied, never built through the link.
  fs.cpSync(source, moduleCopy, { recursive: true, dereference: true, filter: (file) => isSourceFile(file, source) });

  const run = rebuild ?? (await import('@electron/rebuild')).rebuild;
  try {
    // buildPath is the copied package itself: @electron/rebuild rebuilds the
    // folder it is given when it has a binding.gyp, and its search for
    // dependencies stops at the first folder without a package.json (work/),
    // so the project's node_modules is never touched.
    await withoutNodeGypEnv(process.env, () =>
      run({
        buildPath: moduleCopy,
        electronVersion: target.electronVersion,
        platform: target.platform,
        arch: target.arch,
        force: true,
        onlyModules: ['better-sqlite3'],
        mode: 'sequential',
      }),
    );
  } catch (err) {
    fs.rmSync(workRoot, { recursive: true, force: true });
    throw new ElectronSqliteError(rebuildFailureMessage(target, err), err);
  }

  const built = path.join(moduleCopy, 'build', 'Release', BINDING_FILE);
  const failure = builtBindingProblem(fs.existsSync(built) ? fs.readFileSync(built) : null, expectedAbi);
  if (failure) {
    fs.rmSync(workRoot, { recursive: true, force: true });
    throw new ElectronSqliteError(rebuildFailureMessage(target, new Error(failure)));
  }
  // Binary first, stamp last: a build interrupted half-way is never taken for a good one.
  const binding = bindingPath(dir);
  const partial = `${binding}.partial`;
  fs.copyFileSync(built, partial);
  fs.renameSync(partial, binding);
  fs.writeFileSync(path.join(dir, STAMP_FILE), `${JSON.stringify(expectedStamp(target, betterSqliteVersion), null, 2)}\n`);
  fs.rmSync(workRoot, { recursive: true, force: true });
  log(`better-sqlite3 voor Electron staat klaar: ${binding}`);
  return binding;
}

module.exports = {
  BINDING_FILE,
  CACHE_FOLDER,
  ElectronSqliteError,
  SQLITE_BINDING_ENV,
  STAMP_FILE,
  bindingPath,
  builtBindingProblem,
  cachedBinding,
  electronAbi,
  electronSqliteDir,
  ensureElectronSqlite,
  expectedStamp,
  installedElectronVersion,
  isCachedBuildValid,
  isSourceFile,
  moduleAbiOf,
  nodeGypEnvKeys,
  rebuildFailureMessage,
  withoutNodeGypEnv,
};
