import { ReportFormat, reportFormats } from '../../contract/reportMethods';
import { UsageError } from '../CliContext';
import type { Command } from '../Command';
import { optionalString, requireId } from '../argValues';
import { saveReport } from '../saveReport';
import { visibleControls } from '../visibleControls';

export const exportCommand: Command = {
  path: ['export'],
  usage: `export ARTICLE --format ${reportFormats.join('|')} [--out FILE] [--strict]`,
  summary:
    'Export the annotated report. With --out, archived copies (original bytes, and a neutralised copy of each web page) go to archive/ beside the file; without, the report goes to stdout.',
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
  async run(ctx, [articleArg], values) {
    const articleId = requireId(articleArg, 'ARTICLE');
    const parsed = ReportFormat.safeParse(values.format);
    if (!parsed.success)
      throw new UsageError(`--format must be one of: ${reportFormats.join(', ')}`);
    const format = parsed.data;
    const strict = values.strict === true;
    const out = optionalString(values.out);
    if (out !== undefined) {
      const saved = await saveReport(ctx, { articleId, format, strict, out });
      for (const finding of saved.findings) ctx.warn(finding.message);
      ctx.print(saved, () => saved.path);
      return;
    }
    const file = await ctx.call('reports.export', { articleId, format, strict });
    for (const finding of file.findings) ctx.warn(finding.message);
    if (ctx.json && format !== 'pdf') {
      ctx.print(file, () => file.content);
      return;
    }
    if (file.encoding === 'base64') ctx.io.stdout(Buffer.from(file.content, 'base64'));
    // Piped or redirected, the report's bytes are exact; on a terminal it is read, not stored.
    else ctx.io.stdout(ctx.io.stdoutIsTerminal ? visibleControls(file.content) : file.content);
  },
};
