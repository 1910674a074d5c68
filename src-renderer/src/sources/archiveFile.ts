import { errorMessage } from '../../../src-main/core/errorMessage';
import { describeBytes, limits } from '../../../src-main/core/limits';
import type { Source } from '../../../src-main/core/model';
import { ApiError } from '../api/client';
import { readFileAsBase64 } from '../ui/readFileAsBase64';
import { uiActions } from '../workbench/uiStore';
import { write } from '../workbench/write';

/**
 * Stores a local copy of a source; every claim citing the source then shows it
 * (cacheAfterWrite). Returns null when the file was refused or the save failed; either way the
 * checker has been told why.
 */
export async function archiveFile(sourceId: number, file: File): Promise<Source | null> {
  if (file.size > limits.uploadBytes) {
    uiActions.notify({
      message: `“${file.name}” is ${describeBytes(file.size)}; copies can be at most ${describeBytes(limits.uploadBytes)}. Save a smaller excerpt (e.g. the relevant pages as PDF) and archive that.`,
      tone: 'error',
    });
    return null;
  }
  try {
    const dataBase64 = await readFileAsBase64(file);
    return await write('sources.archive', { sourceId, fileName: file.name, dataBase64 });
  } catch (error) {
    // API errors were already reported by the save; only a failure to read the file is new.
    if (!(error instanceof ApiError)) {
      uiActions.notify({
        message: `Could not read “${file.name}”: ${errorMessage(error)}`,
        tone: 'error',
      });
    }
    return null;
  }
}
