import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// A sandboxed preload is one CommonJS script whose only require is 'electron':
// bundle preload.ts with the few constants it takes from the contract, into a
// folder of its own (dist/preload/preload.js). tsc also compiles preload.ts to
// dist/electron/preload.js, which requires ../src/… and so cannot run
// sandboxed; keeping the bundle apart means a plain `tsc` run can never
// overwrite it. main.ts loads the bundle; the packaging leaves tsc's copy out.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/preload', import.meta.url)),
    emptyOutDir: true,
    // Electron 45 ships Chromium 142; no down-levelling needed.
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('./preload.ts', import.meta.url)),
      formats: ['cjs'],
      fileName: () => 'preload.js',
    },
    rolldownOptions: {
      external: ['electron'],
    },
  },
});
