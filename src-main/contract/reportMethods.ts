import { z } from 'zod';
import { reportFormats } from '../core/fileFormats';
import { Id } from '../core/model';
import { method } from './method';

export { reportFormats };
export const ReportFormat = z.enum(reportFormats);
export type ReportFormat = z.infer<typeof ReportFormat>;

export const TransparencyFinding = z.object({
  code: z.string(),
  /** Errors keep a report from being publish-ready (`strict` refuses); warnings do not. */
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  claimId: Id.optional(),
  /** ClaimReview fields the finding is about, as paths: `url`, `itemReviewed.author`. */
  fields: z.array(z.string()).optional(),
});
export type TransparencyFinding = z.infer<typeof TransparencyFinding>;

/** A claim that is not published as a ClaimReview, and why. */
export const LeftOutClaim = z.object({
  claimId: Id,
  number: z.number().int().positive(),
  reason: z.enum(['no-verdict', 'not-in-text', 'needs-review', 'verdict-on-other-text']),
  message: z.string(),
});

/** A rendered file (a report, a debrief), so the shells save every kind the same way. */
export function RenderedFileOf<F extends z.ZodType>(format: F) {
  return z.object({
    format,
    fileName: z.string(),
    mime: z.string(),
    /** Text formats come as UTF-8 text, PDF as base64, so a shell writes the bytes as they are. */
    encoding: z.enum(['utf8', 'base64']),
    content: z.string(),
  });
}

export const ReportFile = RenderedFileOf(ReportFormat).extend({
  findings: z.array(TransparencyFinding),
  /** Claims the ClaimReview (alone or in a bundle) leaves out, with the reason. */
  leftOut: z.array(LeftOutClaim),
  /**
   * Archived copies the report links to, relative to the report: archive/<fileName> (the
   * original bytes) and, for web pages, archive/<safeFileName> (a neutralised copy to read).
   */
  archives: z.array(
    z.object({ sourceId: Id, fileName: z.string(), safeFileName: z.string().nullable() }),
  ),
});
export type ReportFile = z.infer<typeof ReportFile>;

const ExportInput = z
  .object({
    articleId: Id,
    format: ReportFormat,
    /** Refuse to export while the transparency check has errors (not publish-ready). */
    strict: z.boolean().optional(),
    /** For a bundle: include report.pdf, printed by Chromium (slower). */
    withPdf: z.boolean().optional(),
  })
  .strict();

export const reportMethods = {
  'reports.check': method(
    z.object({ articleId: Id }).strict(),
    z.array(TransparencyFinding),
    'The transparency check: what an editor would ask about before publishing.',
  ),
  // Nothing in the contract writes to a path of the caller's choosing: the app saves through a
  // download or a save dialog, and only the CLI writes files (see cli/saveReport.ts).
  'reports.export': method(
    ExportInput,
    ReportFile,
    'Render the annotated report in one format, or a bundle (.zip) of every format with the archived copies and a MANIFEST of SHA-256s.',
  ),
} as const;
