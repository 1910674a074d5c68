import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../core/errorMessage';
import { ImportError } from '../importers/ImportError';
import type { ImportJobKind } from './importJobs';
import { importJobs } from './importJobs';
import type { ImportJobReply, ImportJobRequest } from './importJobMessages';

/**
 * The import worker's entry point (bundled on its own as importWorker.mjs). It loads the
 * importers, says it is ready, runs the one job it is then sent from the importJobs table, and
 * posts back the result or the refusal. The host terminates it afterwards.
 */
async function run(request: ImportJobRequest): Promise<ImportJobReply> {
  const job = importJobs[request.kind as ImportJobKind] as
    ((input: unknown, context: { deadline: number }) => Promise<unknown>) | undefined;
  if (!job)
    return { ok: false, error: { name: 'Error', message: `No import job "${request.kind}"` } };
  try {
    return { ok: true, value: await job(request.input, { deadline: request.deadline }) };
  } catch (error) {
    if (error instanceof ImportError) {
      return {
        ok: false,
        error: { name: 'ImportError', code: error.code, message: error.message },
      };
    }
    const name = error instanceof Error ? error.name : 'Error';
    return { ok: false, error: { name, message: errorMessage(error) } };
  }
}

parentPort?.once('message', (request: ImportJobRequest) => {
  void run(request).then((reply) => parentPort?.postMessage(reply));
});
