import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { z } from 'zod';
import type { Dispatch } from '../contract/dispatch';
import { archiveContentSecurityPolicy } from '../core/security/archiveContentSecurityPolicy';
import { rendererContentSecurityPolicy } from '../core/security/contentSecurityPolicy';
import { SESSION_COOKIE, cookieValue, createHostSessions } from './hostSessions';
import { httpStatusFor } from './httpStatusFor';
import { readStaticFile } from './staticFiles';
import { errorMessage } from '../core/errorMessage';

export interface HostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  maxBodyBytes?: number;
}

export interface RunningHost {
  /** The address to open: the app's page with a fresh one-time sign-in code. */
  url: string;
  origin: string;
  port: number;
  /** Another sign-in URL with its own one-time code, valid for `lifetimeMs`. */
  signInUrl(lifetimeMs?: number): string;
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

/** The body of `POST /session`: the one-time code from the page's URL. */
const SignInRequest = z.object({ code: z.string().min(1).max(128) }).strict();

const NOT_SIGNED_IN =
  'Not signed in. Open Factdesk with the link it printed or opened; each link works once, for a few minutes.';

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
 * The browser host: the same renderer and API as the Electron app, on loopback only. A page
 * signs in by trading the one-time code in its URL for a session cookie (HttpOnly,
 * SameSite=Strict); the API and archived copies require that session. The Host header check
 * defeats DNS rebinding; no CORS headers are ever sent. Every route answers file errors (a
 * missing archived copy, a missing renderer file) with a status and a message, never a crash.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const sessions = createHostSessions();
  let allowedHosts = new Set<string>();

  const signedIn = (req: IncomingMessage) =>
    sessions.isSession(cookieValue(req.headers.cookie, SESSION_COOKIE));

  async function handleSignIn(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req, 4096);
    let parsed: unknown = null;
    try {
      parsed = body === 'too_large' ? null : JSON.parse(body.toString('utf8'));
    } catch {
      parsed = null;
    }
    const request = SignInRequest.safeParse(parsed);
    const token = request.success ? sessions.exchange(request.data.code) : null;
    if (!token) {
      return sendError(
        res,
        401,
        'unauthorised',
        'This sign-in link has expired or was already used. Open the newest link Factdesk printed, or restart it for a new one.',
      );
    }
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    send(res, 200, { ok: true, value: null });
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string) {
    if (!signedIn(req)) return sendError(res, 401, 'unauthorised', NOT_SIGNED_IN);
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

  async function handleArchive(req: IncomingMessage, res: ServerResponse, sourceId: string) {
    if (!signedIn(req)) return sendError(res, 401, 'unauthorised', NOT_SIGNED_IN);
    const result = await options.dispatch('sources.openArchive', { sourceId: Number(sourceId) });
    if (!result.ok) return send(res, httpStatusFor(result.error.code), result);
    const { path, intact, mime } = result.value as { path: string; intact: boolean; mime: string };
    const missing = () =>
      sendError(
        res,
        404,
        'not_found',
        `The archived copy of source ${sourceId} is missing from the data folder (${path}). Archive the file again from the original.`,
      );
    const found = await stat(path).catch(() => null);
    if (!found?.isFile()) return missing();
    const stream = createReadStream(path);
    stream.once('error', () => (res.headersSent ? res.destroy() : missing()));
    stream.once('open', () => {
      res.writeHead(200, {
        ...commonHeaders,
        'Content-Security-Policy': archiveContentSecurityPolicy(mime),
        'Content-Type': mime || 'application/octet-stream',
        'Content-Length': found.size,
        'Content-Disposition': 'inline',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'X-Factdesk-Intact': intact ? 'yes' : 'no',
      });
      if (req.method === 'HEAD') {
        stream.destroy();
        res.end();
      } else stream.pipe(res);
    });
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (!allowedHosts.has(req.headers.host ?? '')) {
        return sendError(res, 403, 'forbidden', 'Unexpected Host header');
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const api = /^\/api\/([A-Za-z]+\.[A-Za-z]+)$/.exec(url.pathname);
      if (req.method === 'POST') {
        if (url.pathname === '/session') return handleSignIn(req, res);
        if (!api?.[1]) return sendError(res, 404, 'unknown_method', 'No such API path');
        return handleApi(req, res, api[1]);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...commonHeaders, Allow: 'GET, HEAD, POST' });
        return res.end();
      }
      const archive = /^\/archive\/(\d+)$/.exec(url.pathname);
      if (archive?.[1]) return handleArchive(req, res, archive[1]);
      const file = readStaticFile(options.rendererDir, url.pathname);
      if (!file) {
        const page = url.pathname === '/' || url.pathname === '/index.html';
        return sendError(
          res,
          404,
          'not_found',
          page
            ? `The app's page is missing from ${options.rendererDir}. Build it with "npm run build", then reload.`
            : 'Not found',
        );
      }
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
      const origin = `http://127.0.0.1:${port}`;
      const signInUrl = (lifetimeMs?: number) =>
        `${origin}/?code=${sessions.issueCode(lifetimeMs)}`;
      resolveHost({
        url: signInUrl(),
        origin,
        port,
        signInUrl,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
