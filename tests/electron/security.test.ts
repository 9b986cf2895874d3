import { describe, expect, it, vi } from 'vitest';
import {
  appUrlFor,
  isAllowedNavigation,
  isPermissionGranted,
  isRemoteRequest,
  isTrustedSender,
  openExternalUrl,
  windowOptions,
} from '../../electron/security';

const appUrl = 'file:///opt/Prestatieafspraken%20Werkbank/resources/app.asar/dist/renderer/index.html';
const windowsAppUrl = 'file:///C:/Program%20Files/Prestatieafspraken%20Werkbank/resources/app.asar/dist/renderer/index.html';

describe('appUrlFor', () => {
  it('turns the index path into a file URL with spaces encoded', () => {
    expect(appUrlFor('/opt/Prestatieafspraken Werkbank/resources/app.asar/dist/renderer/index.html')).toBe(appUrl);
  });
});

describe('isAllowedNavigation', () => {
  it('allows our own page, also with a fragment or query for in-page routing', () => {
    expect(isAllowedNavigation(appUrl, appUrl)).toBe(true);
    expect(isAllowedNavigation(`${appUrl}#/afspraken/12`, appUrl)).toBe(true);
    expect(isAllowedNavigation(`${appUrl}?thema=2`, appUrl)).toBe(true);
  });

  it('compares the decoded path, so Chromium and Node spellings agree', () => {
    expect(isAllowedNavigation('file:///opt/Prestatieafspraken Werkbank/resources/app.asar/dist/renderer/index.html', appUrl)).toBe(true);
  });

  it('ignores drive-letter and path case on Windows only', () => {
    const chromium = 'file:///c:/program%20files/Prestatieafspraken%20Werkbank/resources/app.asar/dist/renderer/index.html';
    expect(isAllowedNavigation(chromium, windowsAppUrl)).toBe(true);
    expect(isAllowedNavigation(appUrl.replace('/opt/', '/OPT/'), appUrl)).toBe(false);
  });

  it('refuses every other page, scheme and shape', () => {
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5173/index.html',
      'file:///etc/passwd',
      'file:///opt/Prestatieafspraken%20Werkbank/resources/app.asar/dist/renderer/other.html',
      'file:///opt/Prestatieafspraken%20Werkbank/resources/app.asar/dist/renderer/index.html/..',
      'file://evil-host/opt/Prestatieafspraken%20Werkbank/resources/app.asar/dist/renderer/index.html',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'about:blank',
      'not a url',
      '',
      'file:///opt/%E0%A4%A/index.html',
    ]) {
      expect(isAllowedNavigation(url, appUrl), url).toBe(false);
    }
    for (const value of [undefined, null, 42, {}, ['x']]) {
      expect(isAllowedNavigation(value, appUrl)).toBe(false);
    }
  });

  it('refuses everything when the app URL itself is not a file URL', () => {
    expect(isAllowedNavigation('https://example.org/', 'https://example.org/')).toBe(false);
    expect(isAllowedNavigation(appUrl, 'garbage')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only frames showing our page', () => {
    expect(isTrustedSender(appUrl, appUrl)).toBe(true);
    expect(isTrustedSender(`${appUrl}#/kalender`, appUrl)).toBe(true);
    expect(isTrustedSender('https://example.org/', appUrl)).toBe(false);
    expect(isTrustedSender('about:blank', appUrl)).toBe(false);
    expect(isTrustedSender(undefined, appUrl)).toBe(false);
  });
});

describe('openExternalUrl', () => {
  it('opens plain https links in the system browser', () => {
    const open = vi.fn();
    expect(openExternalUrl('https://www.druten.nl/wonen', open)).toBe(true);
    expect(open).toHaveBeenCalledWith('https://www.druten.nl/wonen');
  });

  it('refuses every other scheme and https with credentials', () => {
    const open = vi.fn();
    for (const value of [
      'http://www.druten.nl/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:secretaris@druten.nl',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'https://user:pass@example.org/',
      'https://user@example.org/',
      'https:',
      'not a url',
      '',
      undefined,
      null,
      { toString: () => 'https://example.org/' },
    ]) {
      expect(openExternalUrl(value, open), String(value)).toBe(false);
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('survives a browser that fails to start', async () => {
    const open = vi.fn(() => Promise.reject(new Error('geen browser')));
    expect(openExternalUrl('https://example.org/', open)).toBe(true);
    expect(openExternalUrl('https://example.org/', () => {
      throw new Error('kapot');
    })).toBe(false);
    await Promise.resolve();
  });
});

describe('isRemoteRequest', () => {
  it('lets the local page and its assets through', () => {
    expect(isRemoteRequest(appUrl)).toBe(false);
    expect(isRemoteRequest('file:///opt/app/dist/renderer/assets/index-abc.js')).toBe(false);
    expect(isRemoteRequest('data:image/png;base64,AAAA')).toBe(false);
    expect(isRemoteRequest('blob:file:///1234-5678')).toBe(false);
    expect(isRemoteRequest('devtools://devtools/bundled/devtools_app.html')).toBe(false);
  });

  it('cancels everything on the network and anything unparseable', () => {
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:8080/', 'ws://localhost/', 'wss://x/', 'ftp://x/', 'garbage', undefined]) {
      expect(isRemoteRequest(url), String(url)).toBe(true);
    }
  });
});

describe('isPermissionGranted', () => {
  it('denies every permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', undefined]) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });
});

describe('windowOptions', () => {
  it('locks the window down per the Electron security checklist', () => {
    const options = windowOptions('/opt/app/dist/preload/preload.js');
    expect(options.webPreferences).toMatchObject({
      preload: '/opt/app/dist/preload/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(options.show).toBe(false);
    expect(options.title).toBe('Prestatieafspraken Werkbank');
    expect(options).not.toHaveProperty('icon');
  });

  it('sets the icon only when given', () => {
    expect(windowOptions('/p.js', '/icons/512.png').icon).toBe('/icons/512.png');
  });
});
