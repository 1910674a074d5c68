import { useCallback, useRef, useState } from 'react';
import type { EncodingReport, ImportCoverage } from '../../../src-main/core/importing';
import type { ImportFormat } from '../../../src-main/core/fileFormats';
import { describeBytes, limits } from '../../../src-main/core/limits';
import type { ArticleMeta } from '../../../src-main/core/model';
import { errorMessage } from '../../../src-main/core/errorMessage';
import type { Workbench } from '../workbench/useWorkbench';
import { emptyArticleMeta } from './articleMetaFields';
import { readFileAsBase64 } from '../ui/readFileAsBase64';

export interface ImportPreviewState {
  step: 'preview';
  fileName: string;
  format: ImportFormat;
  text: string;
  meta: ArticleMeta;
  detected: ReadonlySet<keyof ArticleMeta>;
  warnings: string[];
  /** What of the file's body text is in `text`; left-out passages carry their place in it. */
  coverage: ImportCoverage;
  encoding?: EncodingReport;
  /** The file itself, kept so that it can be read again in another character set. */
  dataBase64: string;
  /** The metadata as the file gave it, to tell the checker's edits from detected values. */
  fileMeta: Partial<ArticleMeta>;
}

export type ImportState =
  | { step: 'closed' }
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | ImportPreviewState
  | { step: 'refused'; fileName: string; message: string };

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
      // The service refuses it too; checking here spares reading a huge file only to send it.
      if (file.size > limits.importBytes) {
        settle({
          step: 'refused',
          fileName: file.name,
          message: `It is ${describeBytes(file.size)}; Factdesk opens files up to ${describeBytes(limits.importBytes)}. Save the article part on its own, or paste its text with New.`,
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
          coverage: preview.coverage,
          encoding: preview.encoding,
          dataBase64,
          fileMeta: preview.meta,
        });
      } catch (error) {
        settle({ step: 'refused', fileName: file.name, message: errorMessage(error) });
      }
    },
    [previewImport],
  );

  /**
   * Reads the previewed file again in `encoding`. The text, coverage and warnings are replaced;
   * metadata the checker has not edited follows the new reading. Throws what the service says.
   */
  const redecode = useCallback(
    async (preview: ImportPreviewState, encoding: string) => {
      const attempt = latestFile.current;
      const next = await previewImport({
        fileName: preview.fileName,
        dataBase64: preview.dataBase64,
        encoding,
      });
      if (attempt !== latestFile.current) return;
      setState((current) => {
        if (current.step !== 'preview' || current.dataBase64 !== preview.dataBase64) return current;
        const meta = { ...current.meta };
        for (const key of Object.keys(meta) as (keyof ArticleMeta)[]) {
          const untouched = meta[key] === (current.fileMeta[key] ?? '');
          if (untouched) meta[key] = next.meta[key] ?? '';
        }
        return {
          ...current,
          text: next.text,
          meta,
          warnings: next.warnings,
          coverage: next.coverage,
          encoding: next.encoding,
          fileMeta: next.meta,
        };
      });
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
      (patch: Partial<Pick<ImportPreviewState, 'text' | 'meta' | 'coverage'>>) =>
        setState((current) => (current.step === 'preview' ? { ...current, ...patch } : current)),
      [],
    ),
    redecode,
    close,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
