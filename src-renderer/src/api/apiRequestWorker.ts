import type { Result } from '../../../src-main/contract/errors';
import { postApiRequest } from './postApiRequest';

/** A contract call handed to the request worker. */
export interface ApiRequestMessage {
  id: number;
  method: string;
  input: unknown;
}

/** The worker's answer to one ApiRequestMessage. */
export interface ApiAnswerMessage {
  id: number;
  result: Result<unknown>;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<ApiRequestMessage>) => void) | null;
  postMessage(message: ApiAnswerMessage): void;
}

const scope = self as unknown as WorkerScope;

// Turning a megabyte of text into a request body, and its answer back into data, takes tens of
// milliseconds; here that happens beside the page, so the checker's typing is not held up.
scope.onmessage = ({ data: { id, method, input } }) => {
  void postApiRequest(method, input).then((result) => scope.postMessage({ id, result }));
};
