#!/usr/bin/env node
// Entry point of the `prestatie` command; the TypeScript is compiled to dist/ by `npm install`.
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const main = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('De Werkbank is nog niet gebouwd. Voer eerst "npm install" (of "npm run build") uit.\n');
  process.exit(1);
}
const { run } = require(main);
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then((code) => {
  process.exitCode = code;
});
