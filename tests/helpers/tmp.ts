import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder per test, removed afterwards by the caller's cleanup. */
export function tempDir(prefix = 'werkbank-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Folders made in a test file and what else to undo (an unmount, a chmod),
 * undone in reverse order after all its tests by the caller's afterAll(undo).
 */
export function tempFolders(prefix: string): { folder: () => string; cleanups: (() => void)[]; undo: () => void } {
  const cleanups: (() => void)[] = [];
  return {
    cleanups,
    folder() {
      const tmp = tempDir(prefix);
      cleanups.push(tmp.cleanup);
      return tmp.dir;
    },
    undo() {
      for (const fn of cleanups.splice(0).reverse()) {
        try {
          fn();
        } catch {
          // Cleaning up must not hide the test's own outcome.
        }
      }
    },
  };
}
