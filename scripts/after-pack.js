// electron-builder afterPack hook: put the Electron build of better-sqlite3
// (made by scripts/before-pack.js) into the packed app, in place of the Node
// build electron-builder copied from node_modules, before the installer is made
// and signed. The app then loads better-sqlite3 the normal way, with no
// nativeBinding path.
'use strict';

const fs = require('node:fs');
const { ElectronSqliteError, cachedBinding, electronAbi } = require('./electron-sqlite');
const { SKIP_REBUILD_ENV, isRebuildSkipped, packTarget, packedBindingPath } = require('./pack-target');

module.exports = async function afterPack(context) {
  const target = packTarget(context);
  const destination = packedBindingPath(context.packager.getResourcesDir(context.appOutDir));
  if (!fs.existsSync(destination)) {
    // asarUnpack in electron-builder.yml keeps native modules out of app.asar; without it they cannot load.
    throw new ElectronSqliteError(`better_sqlite3.node staat niet buiten app.asar (${destination} ontbreekt); controleer asarUnpack in electron-builder.yml.`);
  }
  if (isRebuildSkipped(process.env)) {
    console.warn(`  • ${SKIP_REBUILD_ENV}=1: de Node-versie van better-sqlite3 blijft in ${destination} (niet uitleveren).`);
    return;
  }
  const projectRoot = context.packager.projectDir;
  // Checked again here, against the binary itself: a Node build must never end up in an installer.
  const binding = cachedBinding(projectRoot, target, await electronAbi(projectRoot, target.electronVersion));
  if (!binding) {
    throw new ElectronSqliteError(`Er is geen Electron-versie van better-sqlite3 voor ${target.electronVersion} (${target.platform}-${target.arch}); scripts/before-pack.js had die moeten bouwen.`);
  }
  fs.copyFileSync(binding, destination);
  console.log(`  • better-sqlite3 voor Electron ${target.electronVersion} (${target.arch}) geplaatst in ${destination}`);
};
