import type { Archive } from '../model';

/**
 * The file name an export gives an archived copy: content hash first (unique, and it matches
 * what the report prints), then a tidied original name so the editor can tell files apart.
 * Only [A-Za-z0-9._-] survive, so the name can never leave the archive folder or need escaping.
 */
export function archiveFileName(archive: Pick<Archive, 'sha256' | 'originalName'>): string {
  const hash = archive.sha256.toLowerCase().replace(/[^0-9a-f]/g, '');
  const tidied = archive.originalName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 80);
  return tidied ? `${hash}-${tidied}` : hash;
}

/** Relative to the exported report, which the export writes next to an `archive/` folder. */
export function archiveHref(archive: Pick<Archive, 'sha256' | 'originalName'>): string {
  return `archive/${archiveFileName(archive)}`;
}

/** Types a browser runs as documents: opened as they are, their scripts and remote loads act. */
const ACTIVE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'image/svg+xml']);

/**
 * The name of the neutralised copy an export writes beside an archived web page or SVG
 * (`<archive name>.safe.html`), or null for types that need none.
 */
export function safeViewFileName(
  archive: Pick<Archive, 'sha256' | 'originalName' | 'mime'>,
): string | null {
  const type = archive.mime.split(';')[0]?.trim().toLowerCase() ?? '';
  return ACTIVE_TYPES.has(type) ? `${archiveFileName(archive)}.safe.html` : null;
}
