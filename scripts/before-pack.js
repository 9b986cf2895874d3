// electron-builder beforePack hook: build better-sqlite3 for the Electron
// version and arch being packed, before any file is copied.
//
// node_modules keeps its Node build (tests need it; electron-builder runs with
// npmRebuild: false, because npm here would silently build for Node's ABI
// again). The Electron build is made from a copy with @electron/rebuild, the
// same way `npm start` does it (scripts/electron-sqlite.js), and
// scripts/after-pack.js puts it into the packed app in place of the Node one.
//
// WERKBANK_SKIP_NATIVE_REBUILD=1 skips the rebuild. It exists ONLY to check the
// packaging configuration on a machine without network (the rebuild needs
// Electron's headers from electronjs.org); the app it produces carries the Node
// build of better-sqlite3 and will not open its database. Never ship it.
'use strict';

const { ElectronSqliteError, ensureElectronSqlite } = require('./electron-sqlite');
const { SKIP_REBUILD_ENV, crossBuildProblem, isRebuildSkipped, packTarget } = require('./pack-target');

module.exports = async function beforePack(context) {
  const target = packTarget(context);
  if (isRebuildSkipped(process.env)) {
    console.warn(`  • ${SKIP_REBUILD_ENV}=1: better-sqlite3 wordt NIET voor Electron gebouwd (alleen voor een controle van de configuratie; niet uitleveren).`);
    return;
  }
  const problem = crossBuildProblem(target, process.platform);
  if (problem) throw new ElectronSqliteError(problem);
  await ensureElectronSqlite({
    projectRoot: context.packager.projectDir,
    target,
    log: (line) => console.log(`  • ${line}`),
  });
};
