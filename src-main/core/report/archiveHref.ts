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
