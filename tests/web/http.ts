// A plain HTTP client for tests: node:http lets a test send any Host or
// Origin header and any path as written, which fetch() would normalise.
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** A list is sent chunked, without Content-Length. */
  body?: string | Buffer | string[];
}

export function rawRequest(port: number, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { host: `127.0.0.1:${port}`, ...req.headers };
    if (typeof req.body === 'string' || Buffer.isBuffer(req.body)) headers['content-length'] = Buffer.byteLength(req.body);
    const r = http.request(
      { host: '127.0.0.1', port, method: req.method ?? 'GET', path: req.path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    for (const chunk of Array.isArray(req.body) ? req.body : req.body === undefined ? [] : [req.body]) r.write(chunk);
    r.end();
  });
}

/** POST /api/<method> with a JSON body and (when given) the token. */
export function apiRequest(
  port: number,
  method: string,
  arg: unknown,
  token: string | null,
  extraHeaders: Record<string, string> = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
  if (token !== null) headers['x-werkbank-token'] = token;
  return rawRequest(port, { method: 'POST', path: `/api/${method}`, headers, body: JSON.stringify(arg ?? {}) });
}
