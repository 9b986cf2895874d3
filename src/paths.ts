// Where the app keeps its files. Pure functions of platform and environment,
// so the CLI finds the same database as the desktop app without Electron.
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';

export const PRODUCT_NAME = 'Prestatieafspraken Werkbank';
export const DATABASE_FILE = 'werkbank.sqlite';

/** The folder Electron's app.getPath('userData') gives for our productName. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  switch (platform) {
    case 'win32':
      return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), PRODUCT_NAME);
  }
}

export function defaultDatabasePath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return join(defaultDataDir(platform, env, home), DATABASE_FILE);
}

/** The project (or packaged app) root: the nearest folder up with our package.json. */
export function appRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'prestatieafspraken-werkbank') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Kan de map van de app niet vinden vanaf ${from}.`);
    dir = parent;
  }
}

export function resourcesDir(): string {
  return path.join(appRoot(), 'resources');
}

export function rendererDir(): string {
  return path.join(appRoot(), 'dist', 'renderer');
}
