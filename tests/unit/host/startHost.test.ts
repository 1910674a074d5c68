import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../../src-main/host/startHost';
import type { RunningHost } from '../../../src-main/host/startHost';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';
import { signIn } from '../../helpers/hostApi';

let wb: TempWorkbench;
let host: RunningHost;
let cookie: string;

/** Raw requests, so the test controls the Host header exactly as an attacker could. */
function raw(options: Parameters<typeof rawTo>[1]) {
  return rawTo(host.port, options);
}

function rawTo(
  port: number,
  options: {
    path: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  },
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: options.path,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', fail);
      req.end(options.body);
    },
  );
}

const auth = () => ({ Cookie: cookie, Host: `127.0.0.1:${host.port}` });

beforeAll(async () => {
  wb = openTempWorkbench();
  const rendererDir = join(wb.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Factdesk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(wb.dir, 'secret.txt'), 'do not serve');
  host = await startHost({ dispatch: wb.dispatch, rendererDir });
  cookie = await signIn(host);
});
afterAll(async () => {
  await host.close();
  wb.dispose();
});

describe('browser host', () => {
  it('prints a loopback URL carrying a one-time code, never a session', () => {
    expect(host.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?code=[A-Za-z0-9_-]{32}$`),
    );
    expect(host.signInUrl()).not.toBe(host.url);
  });

  it('trades a code once for an HttpOnly, SameSite=Strict session cookie', async () => {
    const code = new URL(host.signInUrl()).searchParams.get('code') ?? '';
    const exchange = () =>
      raw({
        path: '/session',
        method: 'POST',
        headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ code }),
      });
    const first = await exchange();
    expect(first.status).toBe(200);
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(
      /^factdesk_session=[A-Za-z0-9_-]{32}; HttpOnly; SameSite=Strict; Path=\/$/,
    );
    expect(setCookie).not.toContain(code);
    const session = setCookie.split(';')[0] ?? '';
    const api = await raw({
      path: '/api/articles.list',
      method: 'POST',
      headers: { Cookie: session, Host: `127.0.0.1:${host.port}` },
      body: '{}',
    });
    expect(api.status).toBe(200);
    const again = await exchange();
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body).error.message).toMatch(/expired or was already used/);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an expired code and a code that was never issued', async () => {
    const expired = new URL(host.signInUrl(1)).searchParams.get('code') ?? '';
    await new Promise((resolve) => setTimeout(resolve, 10));
    for (const body of [JSON.stringify({ code: expired }), '{"code":"guess"}', 'not json', '']) {
      const res = await raw({
        path: '/session',
        method: 'POST',
        headers: { Host: `127.0.0.1:${host.port}` },
        body,
      });
      expect(res.status).toBe(401);
    }
  });

  it('answers API calls with the token', async () => {
    const res = await raw({
      path: '/api/articles.list',
      method: 'POST',
      headers: auth(),
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
  });

  it('answers 401 without a session or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Cookie: 'factdesk_session=nope' },
      { Authorization: `Bearer ${cookie.split('=')[1] ?? ''}` },
    ];
    for (const headers of attempts) {
      const res = await raw({
        path: '/api/articles.list',
        method: 'POST',
        headers: { Host: `127.0.0.1:${host.port}`, ...headers },
        body: '{}',
      });
      expect(res.status).toBe(401);
    }
  });

  it('answers 403 to a foreign Host header (DNS rebinding)', async () => {
    for (const hostHeader of [
      'evil.example',
      `evil.example:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
      `[::1]:${host.port}`,
    ]) {
      const res = await raw({
        path: '/api/articles.list',
        method: 'POST',
        headers: { ...auth(), Host: hostHeader },
        body: '{}',
      });
      expect(res.status).toBe(403);
    }
    const local = await raw({ path: '/', headers: { Host: `localhost:${host.port}` } });
    expect(local.status).toBe(200);
  });

  it('answers malformed and invalid input with 400 and a message naming the field', async () => {
    const malformed = await raw({
      path: '/api/articles.create',
      method: 'POST',
      headers: auth(),
      body: '{"text": ',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.message).toMatch(/not valid JSON/);
    const invalid = await raw({
      path: '/api/articles.create',
      method: 'POST',
      headers: auth(),
      body: '{"text": 5}',
    });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.issues[0].path).toBe('text');
    expect(wb.store.articles.list()).toEqual([]);
  });

  it('sends no CORS headers, even when asked', async () => {
    const res = await raw({
      path: '/api/articles.list',
      method: 'POST',
      headers: { ...auth(), Origin: 'https://evil.example' },
      body: '{}',
    });
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control'))).toEqual([]);
    const preflight = await raw({
      path: '/api/articles.list',
      method: 'OPTIONS',
      headers: { ...auth(), Origin: 'https://evil.example' },
    });
    expect(preflight.status).toBe(405);
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control'))).toEqual(
      [],
    );
  });

  it('serves the renderer with a Content-Security-Policy, and nothing outside it', async () => {
    const index = await raw({ path: '/', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(index.headers['content-security-policy'])).not.toContain('unsafe-eval');
    const asset = await raw({
      path: '/assets/app.js',
      headers: { Host: `127.0.0.1:${host.port}` },
    });
    expect(asset.headers['content-type']).toContain('javascript');
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/%E0%A4%A',
    ]) {
      const res = await raw({ path, headers: { Host: `127.0.0.1:${host.port}` } });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('do not serve');
    }
  });

  it('listens on 127.0.0.1 only', async () => {
    const { networkInterfaces } = await import('node:os');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return;
    await expect(fetch(`http://${external.address}:${host.port}/`)).rejects.toThrow();
  });

  it('serves an archived web page under default-src none and a sandbox, other types without script', async () => {
    const page =
      '<!doctype html><script>alert(1)</script><img src="https://tracker.example/p.png"><p>Saved</p>';
    const html = await archived('page.html', page);
    const res = await raw({ path: `/archive/${html}`, headers: auth() });
    expect(res.status).toBe(200);
    expect(res.body).toBe(page);
    const policy = String(res.headers['content-security-policy']);
    expect(policy).toMatch(/^sandbox; default-src 'none';/);
    expect(policy).not.toMatch(/script-src|https?:|\*/);
    expect(res.headers['x-factdesk-intact']).toBe('yes');
    const pdf = await archived('notice.pdf', '%PDF-1.4 notice');
    const pdfRes = await raw({ path: `/archive/${pdf}`, headers: auth() });
    expect(String(pdfRes.headers['content-security-policy'])).toMatch(/^default-src 'none';/);
    expect(String(pdfRes.headers['content-security-policy'])).not.toMatch(/script-src|https?:/);
    const anonymous = await raw({
      path: `/archive/${html}`,
      headers: { Host: `127.0.0.1:${host.port}` },
    });
    expect(anonymous.status).toBe(401);
  });

  it('answers 404 with a message when an archived copy is missing or is not a file, and keeps serving', async () => {
    const gone = await archived('gone.html', '<p>soon gone</p>');
    const folder = await archived('folder.html', '<p>becomes a folder</p>');
    const open = (sourceId: number) =>
      wb.handlers['sources.openArchive']({ sourceId }).then((copy) => copy.path);
    rmSync(await open(gone));
    const folderPath = await open(folder);
    rmSync(folderPath);
    mkdirSync(folderPath);
    for (const sourceId of [gone, folder]) {
      for (const method of ['GET', 'HEAD']) {
        const res = await raw({ path: `/archive/${sourceId}`, method, headers: auth() });
        expect(res.status).toBe(404);
        if (method === 'GET') {
          expect(JSON.parse(res.body).error.message).toMatch(
            /archived copy of source \d+ is missing/,
          );
        }
      }
    }
    const noSource = await raw({ path: '/archive/999999', headers: auth() });
    expect(noSource.status).toBe(404);
    const still = await raw({
      path: '/api/articles.list',
      method: 'POST',
      headers: auth(),
      body: '{}',
    });
    expect(still.status).toBe(200);
  });

  it('answers 404 with a message when the app’s own files are missing, and keeps serving', async () => {
    const empty = join(wb.dir, 'empty-renderer');
    mkdirSync(empty, { recursive: true });
    const bare = await startHost({ dispatch: wb.dispatch, rendererDir: empty });
    try {
      const headers = { Host: `127.0.0.1:${bare.port}` };
      const page = await rawTo(bare.port, { path: '/?code=x', headers });
      expect(page.status).toBe(404);
      expect(JSON.parse(page.body).error.message).toMatch(/page is missing.*npm run build/);
      expect((await rawTo(bare.port, { path: '/assets/app.js', headers })).status).toBe(404);
      expect((await rawTo(bare.port, { path: '/index.html', headers })).status).toBe(404);
      expect((await rawTo(bare.port, { path: '/', headers })).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});

/** A source with an archived copy of `content`, through the service; returns its id. */
async function archived(fileName: string, content: string): Promise<number> {
  const source = await wb.handlers['sources.create']({ fields: { title: fileName } });
  await wb.handlers['sources.archive']({
    sourceId: source.id,
    fileName,
    dataBase64: Buffer.from(content).toString('base64'),
  });
  return source.id;
}
