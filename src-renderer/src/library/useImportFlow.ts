import { useCallback, useRef } from 'react';
import type { EncodingReport, ImportCoverage } from '../../../src-main/core/importing';
import { withoutCoverageWarnings } from '../../../src-main/core/importing';
import type { ImportFormat } from '../../../src-main/core/fileFormats';
import { describeBytes, limits } from '../../../src-main/core/limits';
import type { ArticleMeta } from '../../../src-main/core/model';
import { call } from '../api/client';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { uiActions, uiStore, useUi } from '../workbench/uiStore';
import { emptyArticleMeta } from './articleMetaFields';
import { readFileAsBase64 } from '../ui/readFileAsBase64';

export interface ImportPreviewState {
  step: 'preview';
  fileName: string;
  format: ImportFormat;
  text: string;
  meta: ArticleMeta;
  detected: ReadonlySet<keyof ArticleMeta>;
  /** The import's warnings except coverage's, which follow the coverage as it changes. */
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

const closed: ImportState = { step: 'closed' };

/** The preview being shown, if the centre pane still shows one. */
function shownPreview(): ImportPreviewState | null {
  const { centre } = uiStore.getState();
  return centre.kind === 'import' && centre.flow.step === 'preview' ? centre.flow : null;
}

/**
 * Choosing or dropping a file, previewing what the importers made of it, and importing it. The
 * flow's state is the centre pane's (uiStore), so it closes whenever anything else is shown.
 * Previews save nothing, so they are plain calls, not writes.
 */
export function useImportFlow() {
  const state = useUi((ui) => (ui.centre.kind === 'import' ? ui.centre.flow : closed));
  const latestFile = useRef(0);

  const previewFile = useCallback(async (file: File) => {
    const attempt = ++latestFile.current;
    const isCurrent = () =>
      attempt === latestFile.current && uiStore.getState().centre.kind === 'import';
    const settle = (next: Exclude<ImportState, { step: 'closed' }>) => {
      if (isCurrent()) uiActions.showImport(next);
    };
    uiActions.showImport({ step: 'reading', fileName: file.name });
    // The service refuses it too; checking here spares reading a huge file only to send it.
    if (file.size > limits.importBytes) {
      settle({
        step: 'refused',
        fileName: file.name,
        message: `It is ${describeBytes(file.size)}; Factdesk opens files up to ${describeBytes(limits.importBytes)}. Save the article part on its own, or paste its text with New.`,
      });
      return;
    }
    try {
      const dataBase64 = await readFileAsBase64(file);
      const preview = await call('articles.preview', { fileName: file.name, dataBase64 });
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
        warnings: withoutCoverageWarnings(preview.warnings, preview.coverage),
        coverage: preview.coverage,
        encoding: preview.encoding,
        dataBase64,
        fileMeta: preview.meta,
      });
    } catch (error) {
      settle({ step: 'refused', fileName: file.name, message: errorMessage(error) });
    }
  }, []);

  /**
   * Reads the previewed file again in `encoding`. The text, coverage and warnings are replaced;
   * metadata the checker has not edited follows the new reading. Throws what the service says.
   */
  const redecode = useCallback(async (preview: ImportPreviewState, encoding: string) => {
    const attempt = latestFile.current;
    const next = await call('articles.preview', {
      fileName: preview.fileName,
      dataBase64: preview.dataBase64,
      encoding,
    });
    const current = shownPreview();
    if (attempt !== latestFile.current || current?.dataBase64 !== preview.dataBase64) return;
    const meta = { ...current.meta };
    for (const key of Object.keys(meta) as (keyof ArticleMeta)[]) {
      const untouched = meta[key] === (current.fileMeta[key] ?? '');
      if (untouched) meta[key] = next.meta[key] ?? '';
    }
    uiActions.showImport({
      ...current,
      text: next.text,
      meta,
      warnings: withoutCoverageWarnings(next.warnings, next.coverage),
      coverage: next.coverage,
      encoding: next.encoding,
      fileMeta: next.meta,
    });
  }, []);

  const close = useCallback(() => {
    latestFile.current++;
    if (uiStore.getState().centre.kind === 'import') uiActions.closeCentre();
  }, []);

  return {
    state,
    previewFile,
    /** Opens the panel without a file, for when the file chooser cannot be shown directly. */
    askForFile: useCallback(() => uiActions.showImport({ step: 'choose' }), []),
    edit: useCallback((patch: Partial<Pick<ImportPreviewState, 'text' | 'meta' | 'coverage'>>) => {
      const current = shownPreview();
      if (current) uiActions.showImport({ ...current, ...patch });
    }, []),
    redecode,
    close,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
