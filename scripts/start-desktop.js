#!/usr/bin/env node
// `npm start` (after `npm run build`): make sure better-sqlite3 is built for
// Electron's ABI in .electron-sqlite/ (node_modules keeps the Node build the
// tests need), then run Electron on this folder and hand it that binary.
'use strict';

const { spawn } = require('node:child_process');
const path = require('node:path');
const {
  ElectronSqliteError,
  SQLITE_BINDING_ENV,
  ensureElectronSqlite,
  installedElectronVersion,
} = require('./electron-sqlite');

const projectRoot = path.resolve(__dirname, '..');

/** The environment for Electron: the binding path set, and nothing that would turn Electron into plain Node. */
function electronEnv(env, binding) {
  const result = { ...env, [SQLITE_BINDING_ENV]: binding };
  // Set by some editors' terminals; with it Electron would run main.js as a Node script.
  delete result.ELECTRON_RUN_AS_NODE;
  return result;
}

/**
 * The Electron executable. The electron package (42+) fetches its binary on
 * first use; without network that fails, which we say in Dutch.
 */
function electronExecutable(load = () => require('electron')) {
  try {
    const executable = load();
    if (typeof executable !== 'string' || executable === '') throw new Error('geen pad ontvangen');
    return executable;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new ElectronSqliteError(
      [
        'Electron kon niet worden gestart: het programma van Electron is nog niet gedownload en dat lukte nu niet.',
        'Het wordt bij de eerste start opgehaald van GitHub (github.com/electron/electron/releases); controleer de',
        'internetverbinding en probeer "npm start" opnieuw. De werkbank werkt intussen ook in de browser: "npm run web".',
        `Technische melding: ${detail}`,
      ].join('\n'),
      err,
    );
  }
}

async function main() {
  const electronVersion = installedElectronVersion(projectRoot);
  const binding = await ensureElectronSqlite({
    projectRoot,
    target: { electronVersion, platform: process.platform, arch: process.arch },
  });
  const executable = electronExecutable();
  const child = spawn(executable, [projectRoot, ...process.argv.slice(2)], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: electronEnv(process.env, binding),
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (err) => {
    console.error(`Electron kon niet worden gestart (${executable}): ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof ElectronSqliteError ? err.message : err);
    process.exit(1);
  });
}

module.exports = { electronEnv, electronExecutable };
