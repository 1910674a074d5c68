import { ReportFormat, reportFormats } from '../../contract/reportMethods';
import { UsageError } from '../CliContext';
import type { CliContext } from '../CliContext';
import type { Command } from '../Command';
import { optionalString, requireId } from '../argValues';
import { saveReport } from '../saveReport';
import { visibleControls } from '../visibleControls';

export const exportCommand: Command = {
  path: ['export'],
  usage: `export ARTICLE --format ${reportFormats.join('|')} [--out FILE] [--strict] [--with-pdf]`,
  summary:
    'Export the annotated report. With --out, archived copies (original bytes, and a neutralised copy of each web page) go to archive/ beside the file; without, the report goes to stdout. A bundle is one .zip of every format with the archived copies and a MANIFEST (--with-pdf adds report.pdf). --strict refuses while the transparency check finds errors.',
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean', default: false },
    'with-pdf': { type: 'boolean', default: false },
  },
  async run(ctx, [articleArg], values) {
    const articleId = requireId(articleArg, 'ARTICLE');
    const parsed = ReportFormat.safeParse(values.format);
    if (!parsed.success)
      throw new UsageError(`--format must be one of: ${reportFormats.join(', ')}`);
    const format = parsed.data;
    const strict = values.strict === true;
    const withPdf = values['with-pdf'] === true;
    if (withPdf && format !== 'bundle') throw new UsageError('--with-pdf is for --format bundle');
    const out = optionalString(values.out);
    if (out !== undefined) {
      const saved = await saveReport(ctx, { articleId, format, strict, withPdf, out });
      tellFindings(ctx, saved, format);
      ctx.print(saved, () => saved.path);
      return;
    }
    const file = await ctx.call('reports.export', { articleId, format, strict, withPdf });
    tellFindings(ctx, file, format);
    if (ctx.json && file.encoding === 'utf8') {
      ctx.print(file, () => file.content);
      return;
    }
    if (file.encoding === 'base64') ctx.io.stdout(Buffer.from(file.content, 'base64'));
    // Piped or redirected, the report's bytes are exact; on a terminal it is read, not stored.
    else ctx.io.stdout(ctx.io.stdoutIsTerminal ? visibleControls(file.content) : file.content);
  },
};

/** Findings go to stderr marked error or warning; claims left out of ClaimReview are named. */
function tellFindings(
  ctx: CliContext,
  result: { findings: { severity: string; message: string }[]; leftOut: { message: string }[] },
  format: ReportFormat,
): void {
  for (const finding of result.findings) {
    ctx.io.stderr(`${finding.severity === 'error' ? 'error' : 'warning'}: ${finding.message}\n`);
  }
  if (format === 'claimreview' || format === 'bundle') {
    for (const claim of result.leftOut) ctx.io.stderr(`left out: ${claim.message}\n`);
  }
}
