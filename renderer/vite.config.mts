import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The renderer is one static bundle, loaded from file:// by Electron and from
// 127.0.0.1 by the browser shell; relative asset paths serve both.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
});
