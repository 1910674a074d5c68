import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type Pdfjs = typeof PdfjsModule;

let loading: Promise<Pdfjs> | undefined;

/**
 * pdf.js's legacy build, which supports Node 20. In Node, pdf.js runs its "worker" on the main
 * thread by importing the worker module from GlobalWorkerOptions.workerSrc; pointing that at
 * the installed file keeps it working after bundling, and nothing is ever fetched.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(
      resolvePdfjsFile('legacy/build/pdf.worker.mjs'),
    ).href;
    return pdfjs;
  });
  return loading;
}

/** Local folders of CMaps and standard-font metrics, read from disk, so CJK text extracts. */
export function pdfjsDataFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(resolvePdfjsFile('package.json'));
  return {
    cMapUrl: `${join(root, 'cmaps')}/`,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
  };
}

function resolvePdfjsFile(path: string): string {
  return createRequire(import.meta.url).resolve(`pdfjs-dist/${path}`);
}
