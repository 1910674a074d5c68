import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Dispatch } from '../contract/dispatch';
import { rendererContentSecurityPolicy } from '../core/security/contentSecurityPolicy';
import { httpStatusFor } from './httpStatusFor';
import { readStaticFile } from './staticFiles';
import { errorMessage } from '../core/errorMessage';

export interface HostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...commonHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  res.end(json);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { ok: false, error: { code, message } });
}

function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The browser host: the same renderer and API as the Electron app, on loopback only, behind a
 * per-run token. The Host header check defeats DNS rebinding; no CORS headers are ever sent.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let allowedHosts = new Set<string>();

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string) {
    const auth = req.headers.authorization;
    const bearer = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : null;
    if (!tokenMatches(bearer, token)) {
      return sendError(res, 401, 'unauthorised', 'Missing or wrong token');
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too_large') {
      return sendError(res, 413, 'invalid_input', `Request body over ${maxBodyBytes} bytes`);
    }
    let input: unknown = {};
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        return sendError(res, 400, 'invalid_input', 'The request body is not valid JSON');
      }
    }
    const result = await options.dispatch(method, input);
    send(res, result.ok ? 200 : httpStatusFor(result.error.code), result);
  }

  async function handleArchive(res: ServerResponse, url: URL, sourceId: string) {
    if (!tokenMatches(url.searchParams.get('token'), token)) {
      return sendError(res, 401, 'unauthorised', 'Missing or wrong token');
    }
    const result = await options.dispatch('sources.openArchive', { sourceId: Number(sourceId) });
    if (!result.ok) return send(res, httpStatusFor(result.error.code), result);
    const { path, intact, mime } = result.value as { path: string; intact: boolean; mime: string };
    res.writeHead(200, {
      ...commonHeaders,
      // An archived web page is hostile content: it gets an opaque origin and no script.
      'Content-Security-Policy': 'sandbox',
      'Content-Type': mime || 'application/octet-stream',
      'Content-Disposition': 'inline',
      'X-Factdesk-Intact': intact ? 'yes' : 'no',
    });
    createReadStream(path).pipe(res);
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (!allowedHosts.has(req.headers.host ?? '')) {
        return sendError(res, 403, 'forbidden', 'Unexpected Host header');
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const api = /^\/api\/([A-Za-z]+\.[A-Za-z]+)$/.exec(url.pathname);
      if (req.method === 'POST') {
        if (!api?.[1]) return sendError(res, 404, 'unknown_method', 'No such API path');
        return handleApi(req, res, api[1]);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...commonHeaders, Allow: 'GET, HEAD, POST' });
        return res.end();
      }
      const archive = /^\/archive\/(\d+)$/.exec(url.pathname);
      if (archive?.[1]) return handleArchive(res, url, archive[1]);
      const file = readStaticFile(options.rendererDir, url.pathname);
      if (!file) return sendError(res, 404, 'not_found', 'Not found');
      res.writeHead(200, {
        ...commonHeaders,
        'Content-Type': file.contentType,
        'Content-Length': file.body.length,
        ...(file.contentType.startsWith('text/html')
          ? { 'Content-Security-Policy': rendererContentSecurityPolicy }
          : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    })().catch((error: unknown) => {
      if (!res.headersSent) {
        sendError(res, 500, 'internal', errorMessage(error));
      } else res.destroy();
    });
  });

  return new Promise((resolveHost, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('the host did not get a TCP port'));
        return;
      }
      const port = address.port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolveHost({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
