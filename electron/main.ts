// The desktop shell: one locked-down window on the built renderer, the core
// opened in this process, and IPC on one channel into the same dispatcher the
// browser shell uses. Wiring only: every decision lives in a pure, tested module
// (security, ipc, menu, startup).
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type Session, type WebContents } from 'electron';
import path from 'node:path';
import { openWerkbank } from '../src/service/index';
import { IPC_CHANNEL } from '../src/domain/wire';
import { defaultDatabasePath, PRODUCT_NAME, rendererDir } from '../src/paths';
import { handleCall } from './ipc';
import { aboutMessage, menuTemplate } from './menu';
import {
  appUrlFor,
  isAllowedNavigation,
  isPermissionGranted,
  isRemoteRequest,
  openExternalUrl,
  windowOptions,
} from './security';
import { desktopArgs, nativeBindingFor, openErrorMessage } from './startup';

type Core = ReturnType<typeof openWerkbank>;

const APP_ID = 'nl.prestatieafspraken.werkbank';
const indexHtml = path.join(rendererDir(), 'index.html');
const appUrl = appUrlFor(indexHtml);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one database file is asking for trouble: the second start only focuses the first.
  app.quit();
} else {
  app.enableSandbox();
  // Windows groups the taskbar button and notifications by this id; the installer uses the same.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  // One window, one database: closing the window ends the app on every platform.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!core) return;
    // Running imports and exports are cancelled (their transactions roll back) before the database closes; then quit for real.
    event.preventDefault();
    const closing = core;
    core = null;
    void closing.close().finally(() => app.quit());
  });
  app.whenReady().then(start, (err: unknown) => fail('De werkbank kan niet starten', String(err)));
}

function start(): void {
  guardSession(session.defaultSession);
  const databasePath = defaultDatabasePath();
  try {
    core = openWerkbank({
      databasePath,
      shell: 'desktop',
      // Imports, overviews and documents in worker threads: the window never freezes, and they can be cancelled.
      jobs: {},
      nativeBinding: nativeBindingFor({ isPackaged: app.isPackaged, env: process.env }),
      ...(desktopArgs(process.argv).readOnly ? { readOnly: true } : {}),
    });
  } catch (err) {
    const { title, message } = openErrorMessage(err, databasePath);
    fail(title, message);
    return;
  }
  const { api } = core;
  const openedPath = core.databasePath;
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, arg: unknown) => handleCall(event, method, arg, api, appUrl));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        productName: PRODUCT_NAME,
        isDevelopment: !app.isPackaged,
        platform: process.platform,
        onAbout: () => showAbout(openedPath),
      }),
    ),
  );
  createWindow();
}

function createWindow(): void {
  // The bundled preload (electron/vite.preload.config.mts), not tsc's unbundled copy next to this file.
  const win = new BrowserWindow(windowOptions(path.join(__dirname, '..', 'preload', 'preload.js')));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  win.loadFile(indexHtml).catch((err: unknown) =>
    fail(
      'De werkbank kan niet starten',
      `De schermen van de werkbank ontbreken of konden niet worden geladen (${indexHtml}). ` +
        `Bouw de app opnieuw met "npm run build".\n\n${String(err)}`,
    ),
  );
}

/** Applied to every web contents the app ever creates (window, devtools, anything unexpected). */
function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalUrl(url, (href) => shell.openExternal(href));
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url, appUrl)) return;
    event.preventDefault();
    // A plain link to a web page opens in the browser instead of replacing the app.
    openExternalUrl(event.url, (href) => shell.openExternal(href));
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function guardSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  // The page's own CSP (renderer/index.html) already refuses remote content; this
  // refuses it for the whole session, including anything a bug might load.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: isRemoteRequest(details.url) }));
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function showAbout(databasePath: string): void {
  const { title, message, detail } = aboutMessage({
    productName: PRODUCT_NAME,
    version: app.getVersion(),
    electronVersion: process.versions.electron ?? '',
    databasePath,
  });
  const options = { type: 'info' as const, title, message, detail, buttons: ['OK'] };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** A Dutch error dialog, then a clean exit with a failure code. */
function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  void core?.close();
  core = null;
  app.exit(1);
}
