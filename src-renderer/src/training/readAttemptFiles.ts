import type { MethodInput } from '../../../src-main/contract/methods';

export type AttemptInput = MethodInput<'training.score'>['attempts'][number];

export interface LoadedAttempt {
  fileName: string;
  attempt: AttemptInput;
}

/**
 * Reads attempt files picked by the trainer. Only JSON is checked here; the API validates the
 * content and names the file's problem when the key is revealed.
 */
export async function readAttemptFiles(
  files: readonly File[],
): Promise<{ loaded: LoadedAttempt[]; errors: string[] }> {
  const loaded: LoadedAttempt[] = [];
  const errors: string[] = [];
  for (const file of files) {
    try {
      const attempt = JSON.parse(await file.text()) as AttemptInput;
      loaded.push({ fileName: file.name, attempt });
    } catch {
      errors.push(`${file.name} is not an attempt file (it is not JSON).`);
    }
  }
  return { loaded, errors };
}
