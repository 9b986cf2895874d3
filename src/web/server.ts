// The browser shell: serves the built renderer and carries API calls over
// HTTP on 127.0.0.1. It moves bytes only; every call goes through dispatch().
//
// Three locks, because any web page the user visits can talk to localhost:
// - a per-start secret token in a header on every /api/ call (a foreign page
//   cannot read it, and a custom header forces a CORS preflight we never grant);
// - the Host header must name our own address (defeats DNS rebinding, where a
//   foreign name is made to resolve to 127.0.0.1);
// - a cross-origin Origin header is refused outright.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiError, Envelope, WerkbankApi } from '../service/contract';
import type { ErrorCode } from '../domain/errors';
import { dispatchJson } from '../service/dispatch';
import { TOKEN_HEADER } from '../domain/wire';

/**
 * The policy of the meta tag in renderer/index.html, plus frame-ancestors,
 * which browsers honour only as a header (a test keeps the two in step).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The largest request body. Most calls are small JSON objects, but an import
 * carries a partner's workbook as base64: the service takes files up to 50 MB,
 * which is about 67 MB as base64, so the limit sits just above that.
 */
export const MAX_BODY_BYTES = 72 * 1024 * 1024;

export const API_PREFIX = '/api/';

export interface WebServerOptions {
  api: WerkbankApi;
  /** The per-start secret every /api/ call must carry in TOKEN_HEADER. */
  token: string;
  /** 0 (or omitted) lets the system pick a free port. */
  port?: number;
  /** Folder with the built renderer (index.html and assets/). */
  rendererDir: string;
  /** For tests; MAX_BODY_BYTES by default. */
  maxBodyBytes?: number;
}

export interface WebServer {
  /** The address to open, token included. */
  url: string;
  /** http://127.0.0.1:<port>, without token. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Token comparison that does not leak, through timing, how much of a guess was right. */
export function tokenMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = crypto.createHash('sha256').update(expected).digest();
  const b = crypto.createHash('sha256').update(given).digest();
  return crypto.timingSafeEqual(a, b);
}

/** Only our own address may be named: 127.0.0.1:<port> or localhost:<port>. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** Same-origin (or absent, as for curl and same-origin GETs) Origin headers only. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const o = origin.toLowerCase();
  return o === `http://127.0.0.1:${port}` || o === `http://localhost:${port}`;
}

/**
 * Maps a URL path to a file inside root, or null when it would leave root or
 * is not a plain path. "/" is index.html.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (!decoded.startsWith('/')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  if (full !== base && !full.startsWith(base + path.sep)) return null;
  // No dotfiles or dot folders (.git, .env …): a renderer build has none.
  if (path.relative(base, full).split(path.sep).some((part) => part.startsWith('.'))) return null;
  return full;
}

// HTTP status per error code, for curl and the network panel; the renderer
// reads the envelope either way. A code added to the contract later gets 400.
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  not_found: 404,
  invalid_input: 400,
  file_refused: 422,
  conflict: 409,
  unknown_method: 404,
  unauthorized: 401,
  database_too_new: 409,
  database_unusable: 503,
  busy: 503,
  // The server could not write its safety copy: storage, not the request.
  backup_failed: 507,
  // Cancelled by the user (or the shell stopping): the request did not complete, and nothing changed.
  cancelled: 409,
  internal: 500,
};

export function httpStatusFor(code: ErrorCode): number {
  return HTTP_STATUS[code] ?? 400;
}

function setCommonHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  // The token travels in the first URL; never hand it to another site.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  sendJsonText(res, status, JSON.stringify(body));
}

function sendJsonText(res: http.ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error });
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

class BodyTooLarge extends Error {}

function formatMegabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Math.round(mb)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
    });
  });
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  options: WebServerOptions,
): Promise<void> {
  if (!tokenMatches(options.token, req.headers[TOKEN_HEADER])) {
    sendError(res, 401, {
      code: 'unauthorized',
      message:
        'Geen toegang: de sleutel ontbreekt of klopt niet. Open de Werkbank via het adres dat bij het starten werd getoond.',
    });
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, { code: 'invalid_input', message: 'Gebruik POST voor een opdracht aan de Werkbank.' });
    return;
  }
  const method = pathname.slice(API_PREFIX.length);
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let raw: Buffer;
  try {
    raw = await readBody(req, limit);
  } catch (err) {
    if (err instanceof BodyTooLarge) {
      res.setHeader('Connection', 'close');
      // Stop reading what is left of an oversized upload once the answer is out.
      res.on('finish', () => req.destroy());
      sendError(res, 413, {
        code: 'invalid_input',
        message: `Het verzoek is te groot (meer dan ${formatMegabytes(limit)}).`,
      });
      return;
    }
    throw err;
  }
  let arg: unknown = undefined;
  if (raw.length > 0) {
    const contentType = String(req.headers['content-type'] ?? '');
    if (!contentType.toLowerCase().startsWith('application/json')) {
      sendError(res, 415, { code: 'invalid_input', message: 'Het verzoek moet JSON zijn (application/json).' });
      return;
    }
    try {
      arg = JSON.parse(raw.toString('utf8'));
    } catch {
      sendError(res, 400, { code: 'invalid_input', message: 'Het verzoek is geen geldige JSON.' });
      return;
    }
  }
  const { errorCode, json } = await dispatchJson(options.api, method, arg);
  sendJsonText(res, errorCode === null ? 200 : httpStatusFor(errorCode), json);
}

async function handleStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  root: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Deze methode wordt hier niet ondersteund.');
    return;
  }
  const filePath = resolveStaticPath(root, pathname);
  if (!filePath) {
    sendText(res, 404, 'Niet gevonden.');
    return;
  }
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(filePath);
  } catch {
    sendText(res, 404, 'Niet gevonden.');
    return;
  }
  if (!stat.isFile()) {
    sendText(res, 404, 'Niet gevonden.');
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(filePath));
  res.setHeader('Content-Length', stat.size);
  // Local files that change with every build: always revalidate.
  res.setHeader('Cache-Control', 'no-cache');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = fs.createReadStream(filePath);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export function createRequestHandler(
  options: WebServerOptions,
  getPort: () => number,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    const port = getPort();
    setCommonHeaders(res);
    if (!hostAllowed(req.headers.host, port)) {
      sendText(res, 403, 'Geweigerd: deze Werkbank is alleen bereikbaar via 127.0.0.1 of localhost.');
      return;
    }
    if (!originAllowed(req.headers.origin, port)) {
      sendText(res, 403, 'Geweigerd: verzoeken van een andere website worden niet aangenomen.');
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const work = pathname.startsWith(API_PREFIX)
      ? handleApi(req, res, pathname, options)
      : handleStatic(req, res, pathname, options.rendererDir);
    work.catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const detail = err instanceof Error ? err.message : String(err);
      sendError(res, 500, { code: 'internal', message: `Er ging iets onverwacht mis: ${detail}` });
    });
  };
}

/** Starts the server on 127.0.0.1 only. */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let port = options.port ?? 0;
  const server = http.createServer(createRequestHandler(options, () => port));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/?token=${encodeURIComponent(options.token)}`,
        origin,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections from a browser would hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** A fresh secret for one start of the server. */
export function createToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}
