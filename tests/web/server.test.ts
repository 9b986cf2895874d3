// The browser shell's server, over real HTTP, against the real core on a
// fresh SQLite file: static files, the token, the Host check, the limits.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import type { AgreementDetail, Envelope } from '../../src/service/contract';
import type { AgreementRow } from '../../src/domain/agreements';
import {
  CONTENT_SECURITY_POLICY,
  MAX_BODY_BYTES,
  createToken,
  hostAllowed,
  originAllowed,
  resolveStaticPath,
  startWebServer,
  tokenMatches,
  type WebServer,
} from '../../src/web/server';
import { apiRequest, rawRequest } from './http';

let dir: string;
let werkbank: Werkbank;
let server: WebServer;
let token: string;
let port: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-web-'));
  // A small stand-in for dist/renderer, with a secret next to it that must never be served.
  const root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Werkbank</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("werkbank");');
  fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body { color: black; }');
  fs.writeFileSync(path.join(root, '.env'), 'SECRET=in-root');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'TOPSECRET');

  werkbank = openWerkbank({ databasePath: path.join(dir, 'werkbank.sqlite'), changedBy: 'test' });
  token = createToken();
  server = await startWebServer({ api: werkbank.api, token, port: 0, rendererDir: root });
  port = server.port;
});

afterAll(async () => {
  await server?.close();
  werkbank?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function envelope<T>(body: string): Envelope<T> {
  return JSON.parse(body) as Envelope<T>;
}

describe('address and start', () => {
  it('listens on 127.0.0.1 on a free port and puts the token in the URL', () => {
    expect(port).toBeGreaterThan(0);
    expect(server.origin).toBe(`http://127.0.0.1:${port}`);
    expect(server.url).toBe(`http://127.0.0.1:${port}/?token=${token}`);
  });

  it('makes a new, long, URL-safe token each time', () => {
    const a = createToken();
    const b = createToken();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('static files', () => {
  it('serves index.html for / with the security headers', async () => {
    const res = await rawRequest(port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<title>Werkbank</title>');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content type, and ignores a query string', async () => {
    const js = await rawRequest(port, { path: '/assets/app.js?v=1' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await rawRequest(port, { path: '/assets/app.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('color: black');
  });

  it('answers HEAD without a body', async () => {
    const res = await rawRequest(port, { method: 'HEAD', path: '/assets/app.js' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%5c%2e%2e%5csecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/.env',
    '/%E0%A4%A',
  ])('never leaves the renderer folder: %s', async (p) => {
    const res = await rawRequest(port, { path: p });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('TOPSECRET');
    expect(res.body).not.toContain('SECRET=');
  });

  it('gives 404 for a folder or a missing file', async () => {
    expect((await rawRequest(port, { path: '/assets' })).status).toBe(404);
    expect((await rawRequest(port, { path: '/assets/' })).status).toBe(404);
    expect((await rawRequest(port, { path: '/bestaat-niet.js' })).status).toBe(404);
  });

  it('refuses other methods on static paths', async () => {
    const res = await rawRequest(port, { method: 'POST', path: '/', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('resolves paths inside the root only', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
    expect(resolveStaticPath(root, '/../x')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/x')).toBeNull();
    expect(resolveStaticPath(root, 'relative')).toBeNull();
    expect(resolveStaticPath(root, '/.git/config')).toBeNull();
  });
});

describe('Host and Origin checks (DNS rebinding, other websites)', () => {
  it('accepts 127.0.0.1:<port> and localhost:<port>', async () => {
    expect((await rawRequest(port, { path: '/', headers: { host: `localhost:${port}` } })).status).toBe(200);
    expect((await rawRequest(port, { path: '/', headers: { host: `127.0.0.1:${port}` } })).status).toBe(200);
  });

  it.each(['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`])(
    'refuses the Host %s for pages and API calls',
    async (host) => {
      const page = await rawRequest(port, { path: '/', headers: { host } });
      expect(page.status).toBe(403);
      expect(page.body).toContain('Geweigerd');
      const api = await apiRequest(port, 'getAppInfo', {}, token, { host });
      expect(api.status).toBe(403);
      expect(api.body).not.toContain('agreementSet');
    },
  );

  it('refuses a call from another website even with the token', async () => {
    const res = await apiRequest(port, 'getAppInfo', {}, token, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('agreementSet');
    const same = await apiRequest(port, 'getAppInfo', {}, token, { origin: `http://127.0.0.1:${port}` });
    expect(same.status).toBe(200);
  });

  it('checks hosts and origins exactly', () => {
    expect(hostAllowed('LOCALHOST:8080', 8080)).toBe(true);
    expect(hostAllowed(undefined, 8080)).toBe(false);
    expect(hostAllowed('[::1]:8080', 8080)).toBe(false);
    expect(originAllowed(undefined, 8080)).toBe(true);
    expect(originAllowed('null', 8080)).toBe(false);
    expect(originAllowed('http://localhost:8080', 8080)).toBe(true);
    expect(originAllowed('http://localhost:8081', 8080)).toBe(false);
  });
});

describe('the API', () => {
  it('refuses a call without the token, or with a wrong one (401)', async () => {
    for (const t of [null, '', 'fout', `${token}x`]) {
      const res = await apiRequest(port, 'getAppInfo', {}, t);
      expect(res.status).toBe(401);
      const env = envelope(res.body);
      expect(env.ok).toBe(false);
      if (!env.ok) {
        expect(env.error.code).toBe('unauthorized');
        expect(env.error.message).toMatch(/sleutel/);
      }
    }
  });

  it('compares tokens without shortcuts', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abd')).toBe(false);
    expect(tokenMatches('abc', ['abc'])).toBe(false);
    expect(tokenMatches('abc', undefined)).toBe(false);
  });

  it('answers a call with the token from the real core, never cached', async () => {
    const res = await apiRequest(port, 'getAppInfo', undefined, token);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const env = envelope<{ agreementSet: { periodStart: number; periodEnd: number; title: string } }>(res.body);
    expect(env.ok).toBe(true);
    if (env.ok) {
      expect(env.value.agreementSet.periodStart).toBe(2025);
      expect(env.value.agreementSet.periodEnd).toBe(2028);
      expect(env.value.agreementSet.title).toMatch(/Druten/);
    }
  });

  it('answers an empty body as a call without argument', async () => {
    const res = await rawRequest(port, { method: 'POST', path: '/api/listThemes', headers: { 'x-werkbank-token': token } });
    expect(res.status).toBe(200);
    expect(envelope(res.body).ok).toBe(true);
  });

  it('filters agreements in the service', async () => {
    const res = await apiRequest(port, 'listAgreements', { partyId: 'woonwaarts', role: 'lead' }, token);
    const env = envelope<AgreementRow[]>(res.body);
    expect(env.ok).toBe(true);
    if (env.ok) {
      expect(env.value.some((r) => r.text.startsWith('Woonwaarts zet in op de bouw van ca. 240 sociale huurwoningen'))).toBe(true);
      expect(env.value.every((r) => r.lead.some((ref) => ref.partyIds.includes('woonwaarts')))).toBe(true);
    }
  });

  it('turns service errors into Dutch envelopes with a fitting status', async () => {
    const missing = await apiRequest(port, 'getAgreement', { id: 999999 }, token);
    expect(missing.status).toBe(404);
    const env = envelope(missing.body);
    expect(env.ok).toBe(false);
    if (!env.ok) {
      expect(env.error.code).toBe('not_found');
      expect(env.error.message).toMatch(/bestaat niet/);
    }
    const unknown = await apiRequest(port, 'dropDatabase', {}, token);
    expect(unknown.status).toBe(404);
    const u = envelope(unknown.body);
    expect(!u.ok && u.error.code).toBe('unknown_method');
    const proto = await apiRequest(port, '__proto__', {}, token);
    expect(!envelope(proto.body).ok).toBe(true);
  });

  it('reports an edit conflict as 409', async () => {
    const list = envelope<AgreementRow[]>((await apiRequest(port, 'listAgreements', {}, token)).body);
    if (!list.ok) throw new Error(list.error.message);
    const first = list.value[0] as AgreementRow;
    const saved = envelope<AgreementDetail>(
      (await apiRequest(port, 'updateAgreement', { id: first.id, scheduleText: '2025 - 2026', expectedUpdatedAt: first.updatedAt }, token)).body,
    );
    expect(saved.ok).toBe(true);
    const stale = await apiRequest(port, 'updateAgreement', { id: first.id, scheduleText: '2027', expectedUpdatedAt: first.updatedAt }, token);
    expect(stale.status).toBe(409);
    const env = envelope(stale.body);
    expect(!env.ok && env.error.code).toBe('conflict');
  });

  it('needs POST', async () => {
    const res = await rawRequest(port, { path: '/api/getAppInfo', headers: { 'x-werkbank-token': token } });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('refuses a body that is not JSON', async () => {
    const bad = await rawRequest(port, {
      method: 'POST',
      path: '/api/listAgreements',
      headers: { 'x-werkbank-token': token, 'content-type': 'application/json' },
      body: '{niet: json',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('geen geldige JSON');
    const form = await rawRequest(port, {
      method: 'POST',
      path: '/api/listAgreements',
      headers: { 'x-werkbank-token': token, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    });
    expect(form.status).toBe(415);
  });

  it('has room for the largest workbook the service accepts (50 MB as base64)', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 1024);
  });

  it('refuses a body over the size limit, declared or streamed, and keeps running', async () => {
    const small = await startWebServer({ api: werkbank.api, token, rendererDir: path.join(dir, 'renderer'), maxBodyBytes: 1024 });
    try {
      const declared = await rawRequest(small.port, {
        method: 'POST',
        path: '/api/listAgreements',
        headers: { 'x-werkbank-token': token, 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'x'.repeat(2000) }),
      });
      expect(declared.status).toBe(413);
      expect(declared.body).toContain('te groot (meer dan 1 kB)');

      const streamed = await rawRequest(small.port, {
        method: 'POST',
        path: '/api/listAgreements',
        headers: { 'x-werkbank-token': token, 'content-type': 'application/json' },
        body: [JSON.stringify({ text: 'y'.repeat(900) }), 'z'.repeat(900)],
      });
      expect(streamed.status).toBe(413);

      const fine = await apiRequest(small.port, 'listAgreements', { text: 'huur' }, token);
      expect(fine.status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe('content security policy', () => {
  it('is the policy of renderer/index.html, plus frame-ancestors', () => {
    const html = fs.readFileSync(path.join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(CONTENT_SECURITY_POLICY).toBe(`${meta}; frame-ancestors 'none'`);
  });
});

describe('closing', () => {
  it('closes even with a browser connection kept alive', async () => {
    const api = openWerkbank({ databasePath: path.join(dir, 'second.sqlite') });
    const second = await startWebServer({ api: api.api, token: 't', rendererDir: path.join(dir, 'renderer') });
    const res = await fetch(`${second.origin}/`);
    expect(res.status).toBe(200);
    await second.close();
    api.close();
    await expect(fetch(`${second.origin}/`)).rejects.toThrow();
  });
});
