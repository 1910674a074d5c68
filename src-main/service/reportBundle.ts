import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { describeBytes, limits } from '../core/limits';
import { FactdeskError } from '../contract/errors';
import { sha256 } from './sha256';

/** One file of a bundle, by its path inside the zip (forward slashes, no leading slash). */
export interface BundleFile {
  path: string;
  bytes: Uint8Array;
}

export interface BundleManifest {
  format: 'factdesk-report-bundle';
  version: 1;
  generator: string;
  generatedAt: string;
  article: { id: number; title: string; textVersion: number; textSha256: string };
  /** Every other file of the bundle, with its size in bytes and its SHA-256 (lower-case hex). */
  files: { path: string; bytes: number; sha256: string }[];
}

/** Types already compressed gain nothing from deflate, so they are stored as they are. */
const STORED = /\.(?:pdf|png|jpe?g|gif|webp|zip|docx|xlsx|gz|mp4|mp3)$/i;

/**
 * A report bundle: the given files plus MANIFEST.json, which lists each with its size and
 * SHA-256, zipped with fflate. Entries carry the export's time (`generatedAt`), so the same
 * report exported twice gives the same bytes. Errors: FactdeskError `unsupported` past
 * limits.bundleBytes, and for two files with one path.
 */
export function zipReportBundle(
  files: readonly BundleFile[],
  manifest: Omit<BundleManifest, 'files' | 'format' | 'version'>,
): Uint8Array {
  const seen = new Set<string>();
  let total = 0;
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`two files of the bundle are both ${file.path}`);
    seen.add(file.path);
    total += file.bytes.byteLength;
  }
  const tooLarge = () =>
    new FactdeskError(
      'unsupported',
      `The bundle would be ${describeBytes(total)}; a bundle may be at most ${describeBytes(limits.bundleBytes)}. Export the report and the archived copies separately (export --out keeps the copies in an archive folder beside it).`,
    );
  if (total > limits.bundleBytes) throw tooLarge();
  const full: BundleManifest = {
    format: 'factdesk-report-bundle',
    version: 1,
    ...manifest,
    files: files.map((file) => ({
      path: file.path,
      bytes: file.bytes.byteLength,
      sha256: sha256(file.bytes),
    })),
  };
  const mtime = new Date(manifest.generatedAt);
  const entries: Zippable = {};
  const add = (path: string, bytes: Uint8Array) => {
    entries[path] = [bytes, { level: STORED.test(path) ? 0 : 6, mtime }];
  };
  add('MANIFEST.json', new TextEncoder().encode(`${JSON.stringify(full, null, 2)}\n`));
  for (const file of files) add(file.path, file.bytes);
  const zipped = zipSync(entries);
  if (zipped.byteLength > limits.bundleBytes) throw tooLarge();
  return zipped;
}
