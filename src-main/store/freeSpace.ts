import { statfsSync } from 'node:fs';

/** Bytes an unprivileged process may still write on the file system holding `path`, or null. */
export function freeBytes(path: string): number | null {
  try {
    const stats = statfsSync(path);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null;
  }
}

/** "12 KB", "3.4 MB", "1.2 GB": a size for a sentence. */
export function describeSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.floor(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

/** The free space on the drive holding `path`, as a phrase: "12 KB free", or "no free space". */
export function describeFreeSpace(path: string): string {
  const free = freeBytes(path);
  if (free === null) return 'the free space could not be measured';
  return free === 0 ? 'no space is free' : `only ${describeSize(free)} is free`;
}
