import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ReportFile, ReportFormat } from '../contract/reportMethods';
import { sha256 } from '../service/sha256';
import { writeFileAtomic } from '../store/writeFileAtomic';
import type { CliContext } from './CliContext';

export interface SavedReport {
  path: string;
  /** Archived copies written beside the report, each checked against its SHA-256. */
  archivesCopied: number;
  /** Neutralised copies of archived web pages written beside their originals. */
  safeViewsWritten: number;
  findings: ReportFile['findings'];
  /** Claims the ClaimReview (alone or in a bundle) leaves out, with the reason. */
  leftOut: ReportFile['leftOut'];
}

/**
 * The CLI's `export --out`: the only code that writes a report to a path of the caller's choosing
 * (the app saves through a download or a save dialog). The report goes to `out`; each archived
 * copy it links to goes to `archive/` beside it with its original bytes (checked against the
 * SHA-256 recorded when it was archived) and, for web pages, a neutralised copy to read.
 */
export async function saveReport(
  ctx: CliContext,
  request: {
    articleId: number;
    format: ReportFormat;
    strict: boolean;
    /** For a bundle: include report.pdf. */
    withPdf?: boolean;
    out: string;
  },
): Promise<SavedReport> {
  const file = await ctx.call('reports.export', {
    articleId: request.articleId,
    format: request.format,
    strict: request.strict,
    ...(request.withPdf ? { withPdf: true } : {}),
  });
  const target = resolve(request.out);
  mkdirSync(dirname(target), { recursive: true });
  writeFileAtomic(
    target,
    file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content,
  );
  let archivesCopied = 0;
  let safeViewsWritten = 0;
  if (file.archives.length > 0) {
    const folder = join(dirname(target), 'archive');
    mkdirSync(folder, { recursive: true });
    // Loaded only when a web page needs neutralising: the sanitiser and a DOM are not small.
    const neutralise = file.archives.some((a) => a.safeFileName)
      ? (await import('../service/neutraliseArchive')).neutralisedView
      : undefined;
    for (const { sourceId, fileName, safeFileName } of file.archives) {
      const copy = await ctx.call('sources.openArchive', { sourceId });
      let bytes: Buffer;
      try {
        bytes = readFileSync(copy.path);
      } catch {
        ctx.warn(
          `the archived copy of source ${sourceId} is missing (${copy.path}); archive it again`,
        );
        continue;
      }
      if (sha256(bytes) !== copy.sha256) {
        ctx.warn(
          `the archived copy of source ${sourceId} no longer matches its SHA-256, so it was not exported; archive it again`,
        );
        continue;
      }
      writeFileAtomic(join(folder, fileName), bytes);
      archivesCopied++;
      const view = safeFileName
        ? neutralise?.(bytes, copy.mime, { fileName, sha256: copy.sha256 })
        : null;
      if (safeFileName && view) {
        writeFileAtomic(join(folder, safeFileName), view);
        safeViewsWritten++;
      }
    }
  }
  return {
    path: target,
    archivesCopied,
    safeViewsWritten,
    findings: file.findings,
    leftOut: file.leftOut,
  };
}
