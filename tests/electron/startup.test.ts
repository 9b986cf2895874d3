import { describe, expect, it } from 'vitest';
import { desktopArgs, nativeBindingFor, openErrorMessage, SQLITE_BINDING_ENV } from '../../electron/startup';
import { ServiceError } from '../../src/domain/errors';

describe('nativeBindingFor', () => {
  const binding = '/work/app/.electron-sqlite/45.5.0-linux-x64/better_sqlite3.node';

  it('takes the Electron build that npm start prepared', () => {
    expect(nativeBindingFor({ isPackaged: false, env: { [SQLITE_BINDING_ENV]: binding } })).toBe(binding);
  });

  it('uses better-sqlite3 as installed when nothing (or nothing useful) is set', () => {
    expect(nativeBindingFor({ isPackaged: false, env: {} })).toBeUndefined();
    expect(nativeBindingFor({ isPackaged: false, env: { [SQLITE_BINDING_ENV]: '  ' } })).toBeUndefined();
  });

  it('never lets the environment choose a binary for a packaged app', () => {
    expect(nativeBindingFor({ isPackaged: true, env: { [SQLITE_BINDING_ENV]: binding } })).toBeUndefined();
  });
});

describe('openErrorMessage', () => {
  it('shows a ServiceError as the core wrote it', () => {
    const err = new ServiceError('database_too_new', 'Deze database is gemaakt met een nieuwere versie van de werkbank (schema 7).');
    expect(openErrorMessage(err, '/data/werkbank.sqlite')).toEqual({
      title: 'De werkbank kan niet starten',
      message: 'Deze database is gemaakt met een nieuwere versie van de werkbank (schema 7).',
    });
  });

  it('explains a better-sqlite3 built for the wrong runtime', () => {
    const err = new Error(
      "The module '/x/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140.",
    );
    const { message } = openErrorMessage(err, '/data/werkbank.sqlite');
    expect(message).toContain('npm start');
    expect(message).toContain('NODE_MODULE_VERSION 115');
  });

  it('names the database file for anything unexpected', () => {
    const { message } = openErrorMessage(new Error('SQLITE_CANTOPEN: unable to open database file'), '/data/werkbank.sqlite');
    expect(message).toContain('/data/werkbank.sqlite');
    expect(message).toContain('SQLITE_CANTOPEN');
  });
});

describe('desktopArgs', () => {
  it('opens read-only with --alleen-lezen, in development (after the app folder) and installed', () => {
    expect(desktopArgs(['/x/electron', '/work/app', '--alleen-lezen'])).toEqual({ readOnly: true });
    expect(desktopArgs(['C:\\Programma\\Werkbank.exe', '--alleen-lezen'])).toEqual({ readOnly: true });
  });

  it('writes as usual without it, and leaves Electron and Chromium their own switches', () => {
    expect(desktopArgs(['/x/electron', '/work/app'])).toEqual({ readOnly: false });
    expect(desktopArgs(['/x/electron', '/work/app', '--no-sandbox', '--enable-logging', '--alleen-lezen=nee'])).toEqual({ readOnly: false });
    expect(desktopArgs(['/x/electron', '/work/app', '--enable-logging', '--alleen-lezen'])).toEqual({ readOnly: true });
  });
});
