import { useCallback, useRef, useState } from 'react';
import type { ArticleMeta } from '../../../src-main/core/model';
import { errorMessage } from '../ui/errorMessage';
import type { Workbench } from '../workbench/useWorkbench';
import { emptyArticleMeta } from './articleMetaFields';
import { readFileAsBase64 } from './readFileAsBase64';

/**
 * The service refuses files over 20 MB; checking here as well spares reading a huge file into
 * memory only to send it and have it refused.
 */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface ImportPreviewState {
  step: 'preview';
  fileName: string;
  format: string;
  text: string;
  meta: ArticleMeta;
  detected: ReadonlySet<keyof ArticleMeta>;
  warnings: string[];
}

export type ImportState =
  | { step: 'closed' }
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | ImportPreviewState
  | { step: 'refused'; fileName: string; message: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Choosing or dropping a file, previewing what the importers made of it, and importing it. */
export function useImportFlow(workbench: Workbench) {
  const [state, setState] = useState<ImportState>({ step: 'closed' });
  const latestFile = useRef(0);
  const { previewImport } = workbench.actions;

  const previewFile = useCallback(
    async (file: File) => {
      const attempt = ++latestFile.current;
      const settle = (next: ImportState) => {
        if (attempt === latestFile.current) setState(next);
      };
      if (file.size > MAX_FILE_BYTES) {
        settle({
          step: 'refused',
          fileName: file.name,
          message: `It is ${megabytes(file.size)}; Factdesk opens files up to ${megabytes(MAX_FILE_BYTES)}. Save the article part on its own, or paste its text with New.`,
        });
        return;
      }
      settle({ step: 'reading', fileName: file.name });
      try {
        const dataBase64 = await readFileAsBase64(file);
        const preview = await previewImport({ fileName: file.name, dataBase64 });
        const detected = new Set(
          (Object.keys(preview.meta) as (keyof ArticleMeta)[]).filter((key) => preview.meta[key]),
        );
        settle({
          step: 'preview',
          fileName: file.name,
          format: preview.format,
          text: preview.text,
          meta: { ...emptyArticleMeta, ...preview.meta },
          detected,
          warnings: preview.warnings,
        });
      } catch (error) {
        settle({ step: 'refused', fileName: file.name, message: errorMessage(error) });
      }
    },
    [previewImport],
  );

  const close = useCallback(() => {
    latestFile.current++;
    setState({ step: 'closed' });
  }, []);

  return {
    state,
    previewFile,
    /** Opens the panel without a file, for when the file chooser cannot be shown directly. */
    askForFile: useCallback(() => setState({ step: 'choose' }), []),
    edit: useCallback(
      (patch: Partial<Pick<ImportPreviewState, 'text' | 'meta'>>) =>
        setState((current) => (current.step === 'preview' ? { ...current, ...patch } : current)),
      [],
    ),
    close,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
