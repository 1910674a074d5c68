import { FactdeskError } from '../contract/errors';
import { ImportError } from '../importers/ImportError';
import type { ImportJobLimits } from '../jobs/runImportJob';
import { runImportJob } from '../jobs/runImportJob';
import type { FileImporter } from './WorkbenchContext';

/**
 * The service's file importer: the importers run in the import worker, under its time and
 * memory limits, and their refusals become contract errors. Nothing is written here.
 */
export function createFileImporter(
  limits: Partial<ImportJobLimits> = {},
  keepSpare = false,
): FileImporter {
  return async (fileName, bytes, options) => {
    try {
      return await runImportJob(
        'articleFile',
        { fileName, bytes, options },
        { limits, subject: `"${fileName}"`, keepSpare },
      );
    } catch (error) {
      if (error instanceof ImportError) {
        throw new FactdeskError('unsupported', error.message, [
          { path: 'file', message: error.code },
        ]);
      }
      throw error;
    }
  };
}
