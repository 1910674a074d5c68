import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportError } from '../importers/ImportError';
import type { ImportJobReply, ImportJobRequest } from './importJobMessages';
import type { ImportJobInput, ImportJobKind, ImportJobOutput } from './importJobs';

export interface ImportJobLimits {
  /** Wall-clock time a job may take, in ms, before it is stopped and refused. */
  timeMs: number;
  /** The worker's JavaScript heap, in MB; a job that needs more is stopped and refused. */
  memoryMb: number;
}

export const defaultImportJobLimits: ImportJobLimits = { timeMs: 30_000, memoryMb: 512 };

const WORKER_FILE_NAMES = ['importWorker.mjs', 'importWorker.js'];

/**
 * The bundled worker entry: beside this code once bundled (out/node, out/main), else the Node
 * build's copy in the nearest folder above that has one (running from the sources, as the unit
 * tests do, or from a test's own bundle).
 */
export function findImportWorker(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const name of WORKER_FILE_NAMES) {
    if (existsSync(join(here, name))) return join(here, name);
  }
  for (let dir = here; ; dir = dirname(dir)) {
    const built = join(dir, 'out/node/importWorker.mjs');
    if (existsSync(built)) return built;
    if (dirname(dir) === dir) break;
  }
  throw new Error('The import worker is missing; build it with "npm run build:node".');
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} seconds` : `${(ms / 1000).toFixed(1)} seconds`;
}

function refusalFrom(error: Extract<ImportJobReply, { ok: false }>['error']): Error {
  if (error.name === 'ImportError' && error.code) return new ImportError(error.code, error.message);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}

interface SpareWorker {
  worker: Worker;
  memoryMb: number;
}

let spare: SpareWorker | undefined;

function spawnWorker(memoryMb: number): Worker {
  const worker = new Worker(findImportWorker(), {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, stackSizeMb: 8 },
  });
  // An idle worker must never keep the process alive.
  worker.unref();
  // A spare that dies while idle is simply not used; its error must not go unhandled.
  worker.on('error', () => undefined);
  return worker;
}

/** A worker with the importers already loaded when one is warm, else a new one. */
function takeWorker(memoryMb: number, keepSpare: boolean): Worker {
  let worker: Worker;
  if (spare && spare.memoryMb === memoryMb) {
    worker = spare.worker;
    spare = undefined;
  } else worker = spawnWorker(memoryMb);
  if (keepSpare) spare = { worker: spawnWorker(memoryMb), memoryMb };
  worker.ref();
  return worker;
}

/**
 * Runs one import job in a worker thread, so that no file can freeze the app: the worker gets
 * `limits.timeMs` of wall-clock time and `limits.memoryMb` of heap, and is terminated when it
 * exceeds either. The job's refusals come back as ImportError; a job that was stopped is refused
 * with ImportError 'too_slow' or 'too_large', naming `subject` (e.g. the file's name). Nothing is
 * written anywhere by a job, so a stopped job leaves nothing behind. With `keepSpare` (the
 * long-running shells), a fresh worker is started for the next job while this one runs, so the
 * importers' start-up time is not spent while the checker waits.
 */
export function runImportJob<K extends ImportJobKind>(
  kind: K,
  input: ImportJobInput<K>,
  options: { limits?: Partial<ImportJobLimits>; subject: string; keepSpare?: boolean },
): Promise<ImportJobOutput<K>> {
  const limits = { ...defaultImportJobLimits, ...options.limits };
  const { subject } = options;
  const request: ImportJobRequest = { kind, input, deadline: Date.now() + limits.timeMs };
  return new Promise((resolve, reject) => {
    const worker = takeWorker(limits.memoryMb, options.keepSpare ?? false);
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      finish();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new ImportError(
              'too_slow',
              `${subject} took longer than ${seconds(limits.timeMs)} to read, so Factdesk stopped reading it; nothing was imported. ` +
                'A file this slow is usually damaged or made to stall readers: open it in the program that made it, save a fresh copy, and import that.',
            ),
          ),
        ),
      limits.timeMs,
    );
    worker.once('message', (reply: ImportJobReply) =>
      settle(() =>
        reply.ok ? resolve(reply.value as ImportJobOutput<K>) : reject(refusalFrom(reply.error)),
      ),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ImportError(
                'too_large',
                `${subject} needed more than ${limits.memoryMb} MB of memory to read, so Factdesk stopped reading it; nothing was imported. ` +
                  'Save just the article as a smaller file and import that.',
              )
            : new ImportError(
                'corrupt',
                `${subject} could not be read (${error.message}); nothing was imported. ` +
                  'Open it in the program that made it, save a fresh copy, and import that.',
              ),
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`The import stopped unexpectedly (exit code ${code}).`))),
    );
    worker.postMessage(request);
  });
}
