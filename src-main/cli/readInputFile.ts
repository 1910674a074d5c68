import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { describeBytes } from '../core/limits';
import { UsageError } from './CliContext';

/**
 * Reads a file named on the command line, at most `maxBytes` bytes. Only a regular file is
 * read: a FIFO, pipe or device reports size 0 and could feed bytes without end, so it is
 * refused before any read, as is a folder. A missing or unreadable file is a UsageError in
 * plain words naming the path, not Node's ENOENT/EISDIR text.
 */
export function readInputFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once and is refused below.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UsageError(describeOpenError(path, error));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UsageError(`${path} is a folder, not a file`);
    if (!stat.isFile()) {
      throw new UsageError(
        `${path} is not a regular file (it is a pipe, socket or device); save its content to a file and give that`,
      );
    }
    if (stat.size > maxBytes) {
      throw new UsageError(
        `${path} is ${describeBytes(stat.size)}; Factdesk reads files up to ${describeBytes(maxBytes)}`,
      );
    }
    // Read no more than the limit even if the file grew after fstat.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) {
      throw new UsageError(`${path} grew past ${describeBytes(maxBytes)} while it was read`);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(describeOpenError(path, error));
  } finally {
    closeSync(fd);
  }
}

function describeOpenError(path: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path} does not exist; check the path`;
    case 'EISDIR':
      return `${path} is a folder, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `${path} cannot be read: permission denied`;
    case 'ENOTDIR':
      return `${path} does not exist (part of the path is not a folder)`;
    default:
      return `${path} cannot be read (${code ?? 'unknown error'})`;
  }
}
