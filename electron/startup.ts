// Decisions main.ts makes while starting, as pure functions of plain values.
import { toApiError } from '../src/service/dispatch';

/** Set by scripts/start-desktop.js: the Electron-ABI build of better-sqlite3 kept apart from the Node one. */
export const SQLITE_BINDING_ENV = 'WERKBANK_SQLITE_BINDING';

/**
 * The better-sqlite3 binary main should load. A packaged app has better-sqlite3
 * rebuilt for Electron in place (scripts/before-pack.js), so it never takes a
 * path from the environment; in development `npm start` passes one.
 */
export function nativeBindingFor(input: { isPackaged: boolean; env: Record<string, string | undefined> }): string | undefined {
  if (input.isPackaged) return undefined;
  const value = input.env[SQLITE_BINDING_ENV];
  return value && value.trim() !== '' ? value : undefined;
}

/** The desktop app's own options, as given after `npm start --` or to the installed program. */
export interface DesktopArgs {
  /** Open the database only to look at (--alleen-lezen), as the browser shell and the CLI do. */
  readOnly: boolean;
}

/**
 * Reads the app's options from process.argv. Electron and Chromium take
 * switches of their own (and the app folder in development), so anything else
 * is left to them, never refused.
 */
export function desktopArgs(argv: readonly string[]): DesktopArgs {
  return { readOnly: argv.includes('--alleen-lezen') };
}

// Node's loader says this when a native module was built for another runtime.
const WRONG_ABI = /NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF header|not a valid Win32 application/i;

/** The Dutch text of the dialog shown when the database cannot be opened; the app quits after it. */
export function openErrorMessage(err: unknown, databasePath: string): { title: string; message: string } {
  const title = 'De werkbank kan niet starten';
  const detail = err instanceof Error ? err.message : String(err);
  if (WRONG_ABI.test(detail)) {
    return {
      title,
      message:
        'De databasemodule (better-sqlite3) is niet gebouwd voor deze versie van Electron. ' +
        'Start de werkbank in de ontwikkelomgeving met "npm start"; dat bouwt de juiste versie.\n\n' +
        `Technische melding: ${detail}`,
    };
  }
  const apiError = toApiError(err);
  const message =
    apiError.code === 'internal' ? `De database ${databasePath} kon niet worden geopend.\n\n${apiError.message}` : apiError.message;
  return { title, message };
}
