import { net, protocol } from 'electron';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rendererContentSecurityPolicy } from '../core/security/contentSecurityPolicy';

export const APP_SCHEME = 'factdesk';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** Must run before the app is ready. A standard, secure scheme lets Monaco's workers load. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const relativePath = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const full = resolve(join(root, relativePath));
    if (url.host !== 'app' || !full.startsWith(root + sep)) {
      return new Response('Not found', { status: 404 });
    }
    const response = await net.fetch(pathToFileURL(full).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', rendererContentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
