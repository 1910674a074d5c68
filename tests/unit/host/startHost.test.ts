import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../../src-main/host/startHost';
import type { RunningHost } from '../../../src-main/host/startHost';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
let host: RunningHost;

/** Raw requests, so the test controls the Host header exactly as an attacker could. */
function raw(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
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

const auth = () => ({ Authorization: `Bearer ${host.token}`, Host: `127.0.0.1:${host.port}` });

beforeAll(async () => {
  wb = openTempWorkbench();
  const rendererDir = join(wb.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Factdesk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(wb.dir, 'secret.txt'), 'do not serve');
  host = await startHost({ dispatch: wb.dispatch, rendererDir });
});
afterAll(async () => {
  await host.close();
  wb.dispose();
});

describe('browser host', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
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

  it('answers 401 without the token or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer nope' },
      { Authorization: host.token },
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
});
