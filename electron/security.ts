// The main process's guards, per Electron's security checklist. Every decision
// is a pure function of plain values (mostly `unknown`, since URLs arrive from
// the renderer and from Chromium), with the Electron call injected, so each one
// is unit-tested under plain Node. Only types come from 'electron' here.
import type { BrowserWindowConstructorOptions } from 'electron';
import { pathToFileURL } from 'node:url';

/** The file:// URL of our one page, the only page the window may show. */
export function appUrlFor(indexHtmlPath: string): string {
  return pathToFileURL(indexHtmlPath).href;
}

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' && !(value instanceof URL)) return null;
  try {
    return new URL(String(value));
  } catch {
    return null;
  }
}

function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

// Windows paths are case-insensitive and Chromium may spell the drive letter
// differently from Node's pathToFileURL; compare them without case there.
const WINDOWS_DRIVE_PATH = /^\/[A-Za-z]:\//;

/**
 * True when `value` is our own page: the same file as `appUrl`. The fragment
 * and query may differ (in-page routing); the file, host and scheme may not.
 */
export function isAppPage(value: unknown, appUrl: string): boolean {
  const url = parseUrl(value);
  const app = parseUrl(appUrl);
  if (!url || !app || app.protocol !== 'file:') return false;
  if (url.protocol !== 'file:' || url.host !== app.host) return false;
  const path = decodedPath(url);
  const appPath = decodedPath(app);
  if (path === null || appPath === null) return false;
  if (WINDOWS_DRIVE_PATH.test(appPath)) return path.toLowerCase() === appPath.toLowerCase();
  return path === appPath;
}

/** `will-navigate` and `will-redirect`: the window never leaves our page. */
export function isAllowedNavigation(url: unknown, appUrl: string): boolean {
  return isAppPage(url, appUrl);
}

/**
 * IPC: a call is answered only when it comes from our page in the window's
 * top frame. `frameUrl` is `event.senderFrame.url`.
 */
export function isTrustedSender(frameUrl: unknown, appUrl: string): boolean {
  return isAppPage(frameUrl, appUrl);
}

/**
 * Links the renderer asks to open (target=_blank, window.open) go to the
 * system browser, and only when they are plain https: URLs without
 * credentials. Returns whether `open` was called.
 */
export function openExternalUrl(value: unknown, open: (url: string) => unknown): boolean {
  const url = parseUrl(value);
  if (!url || url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return false;
  try {
    const pending = open(url.href);
    // A browser that fails to start is no reason to crash the app.
    if (pending instanceof Promise) pending.catch(() => undefined);
  } catch {
    return false;
  }
  return true;
}

/**
 * Requests the renderer may make. Our page and its assets are file:// (plus
 * data: images and blob: downloads); anything on the network is refused, so no
 * remote content can enter the window even if a bug tried to load it.
 */
export function isRemoteRequest(value: unknown): boolean {
  const url = parseUrl(value);
  if (!url) return true;
  return !['file:', 'data:', 'blob:', 'devtools:'].includes(url.protocol);
}

/** Every permission (camera, notifications, clipboard read, …) is denied: the app needs none. */
export function isPermissionGranted(_permission: unknown): boolean {
  return false;
}

/** The one window: locked down, with the preload as its only bridge to the main process. */
export function windowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Prestatieafspraken Werkbank',
    // Shown once the page has painted, so the secretary never sees a white flash.
    show: false,
    backgroundColor: '#ffffff',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium fetches spellcheck dictionaries from Google on Windows and
      // Linux: that is remote traffic we do not want.
      spellcheck: false,
      safeDialogs: true,
    },
  };
}
