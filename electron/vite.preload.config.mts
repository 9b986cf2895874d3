import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// A sandboxed preload is one CommonJS script whose only require is 'electron':
// bundle preload.ts with the few constants it takes from the contract. Runs
// after tsc (package.json "build") and replaces tsc's dist/electron/preload.js.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/electron', import.meta.url)),
    // The folder also holds tsc's main.js and friends.
    emptyOutDir: false,
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
