import { describeBytes, limits } from '../../../src-main/core/limits';
import type { Source } from '../../../src-main/core/model';
import { ApiError } from '../api/client';
import type { Workbench } from '../workbench/useWorkbench';
import { readFileAsBase64 } from '../ui/readFileAsBase64';
import { errorMessage } from '../../../src-main/core/errorMessage';

/**
 * Stores a local copy of a source and refreshes the claims, since every claim citing the source
 * shows its archive. Returns null when the file was refused or the save failed; either way the
 * checker has been told why.
 */
export async function archiveFile(
  workbench: Workbench,
  sourceId: number,
  file: File,
): Promise<Source | null> {
  const { actions } = workbench;
  if (file.size > limits.uploadBytes) {
    actions.notify({
      message: `“${file.name}” is ${describeBytes(file.size)}; copies can be at most ${describeBytes(limits.uploadBytes)}. Save a smaller excerpt (e.g. the relevant pages as PDF) and archive that.`,
      tone: 'error',
    });
    return null;
  }
  try {
    const dataBase64 = await readFileAsBase64(file);
    const source = await actions.run('sources.archive', {
      sourceId,
      fileName: file.name,
      dataBase64,
    });
    await actions.reloadClaims();
    return source;
  } catch (error) {
    // API errors were already reported by the save; only a failure to read the file is new.
    if (!(error instanceof ApiError)) {
      actions.notify({
        message: `Could not read “${file.name}”: ${errorMessage(error)}`,
        tone: 'error',
      });
    }
    return null;
  }
}
