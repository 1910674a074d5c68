import { FactdeskError } from '../contract/errors';
import { ImportError } from '../importers/ImportError';
import { importArticle } from '../importers/importArticle';
import type { FileImporter } from './WorkbenchContext';

/** Runs the importers and turns their refusals into contract errors; nothing is written here. */
export const importFile: FileImporter = async (fileName, bytes, options) => {
  try {
    return await importArticle(fileName, bytes, options);
  } catch (error) {
    if (error instanceof ImportError) {
      throw new FactdeskError('unsupported', error.message, [
        { path: 'file', message: error.code },
      ]);
    }
    throw error;
  }
};
