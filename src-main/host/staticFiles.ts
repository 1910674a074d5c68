import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import mime from 'mime-types';

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Resolves a URL path inside root only; anything that would escape it is not found. */
export function readStaticFile(root: string, urlPath: string): StaticFile | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relativePath =
    decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = resolve(root, relativePath);
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  try {
    if (!existsSync(full) || !statSync(full).isFile()) return undefined;
    return {
      body: readFileSync(full),
      contentType: mime.contentType(extname(full).toLowerCase()) || 'application/octet-stream',
    };
  } catch {
    // Unreadable, or removed since the check: as good as missing.
    return undefined;
  }
}
