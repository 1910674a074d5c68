import type { Result } from '../../../src-main/contract/errors';
import type { ApiAnswerMessage, ApiRequestMessage } from './apiRequestWorker';

/** The part of a Worker the requests need. */
export interface RequestWorker {
  postMessage(message: ApiRequestMessage): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ApiAnswerMessage>) => void,
  ): void;
  addEventListener(type: 'error' | 'messageerror', listener: () => void): void;
  terminate(): void;
}

type Send = (method: string, input: unknown) => Promise<Result<unknown>>;

interface Waiting {
  method: string;
  input: unknown;
  answer(result: Result<unknown>): void;
}

const notAnswering: Result<unknown> = {
  ok: false,
  error: { code: 'storage', message: 'Factdesk’s host is not answering. Is it still running?' },
};

/**
 * Contract calls sent by a worker (see apiRequestWorker): the page only hands the input over and
 * takes the answer back. The worker is started on the first call. Where no worker can run (it
 * cannot be started, or fails before it ever answered) the calls are sent with `sendHere`, from
 * the page, from then on. A worker that fails after it has answered may have sent the calls it
 * held, so they fail as calls to a host that stopped answering do, and the next call starts a
 * new worker.
 */
export function requestsOffMainThread(start: () => RequestWorker, sendHere: Send): Send {
  let worker: RequestWorker | null = null;
  let workerUnusable = false;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  const stop = (failed: RequestWorker, answered: boolean) => {
    if (worker !== failed) return;
    worker = null;
    failed.terminate();
    const calls = [...waiting.values()];
    waiting.clear();
    if (!answered) workerUnusable = true;
    for (const call of calls) {
      if (answered) call.answer(notAnswering);
      else void sendHere(call.method, call.input).then(call.answer);
    }
  };

  const running = (): RequestWorker | null => {
    if (worker || workerUnusable) return worker;
    let started: RequestWorker;
    try {
      started = start();
    } catch {
      workerUnusable = true;
      return null;
    }
    let answered = false;
    started.addEventListener('message', ({ data }) => {
      answered = true;
      const call = waiting.get(data.id);
      waiting.delete(data.id);
      call?.answer(data.result);
    });
    started.addEventListener('error', () => stop(started, answered));
    started.addEventListener('messageerror', () => stop(started, answered));
    worker = started;
    return worker;
  };

  return (method, input) => {
    const target = running();
    if (!target) return sendHere(method, input);
    const id = nextId++;
    try {
      target.postMessage({ id, method, input });
    } catch {
      // An input that cannot be copied to the worker is sent from here.
      return sendHere(method, input);
    }
    return new Promise((answer) => waiting.set(id, { method, input, answer }));
  };
}

/**
 * Roughly how many characters the input's JSON takes, counting only its top-level strings and
 * array lengths: enough to tell a text save from a verdict without serialising either.
 */
export function roughJsonLength(input: unknown): number {
  if (typeof input !== 'object' || input === null) return 16;
  let length = 0;
  for (const value of Object.values(input)) {
    if (typeof value === 'string') length += value.length;
    else if (Array.isArray(value)) length += value.length * 32;
    else length += 16;
  }
  return length;
}
