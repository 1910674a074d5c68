import { basename } from 'node:path';
import { limits } from '../../core/limits';
import { UsageError } from '../CliContext';
import type { Command } from '../Command';
import { optionalString } from '../argValues';
import { readInputFile } from '../readInputFile';
import type { ImportCoverage } from '../../core/importing/ImportCoverage';

/** The left-out passages in a few lines for the terminal; --json has them all. */
function describeLeftOut(coverage: ImportCoverage): string {
  const count = coverage.leftOut.length + coverage.unlisted;
  const lines = coverage.leftOut.slice(0, 5).map((passage) => {
    const text = passage.text.replace(/\s+/g, ' ');
    return `  - “${text.length > 70 ? `${text.slice(0, 69)}…` : text}” (${passage.reason})`;
  });
  return (
    `${count} passage${count === 1 ? ' was' : 's were'} left out ` +
    `(${coverage.importedChars} of ${coverage.sourceChars} characters imported):\n` +
    lines.join('\n') +
    (count > 5 ? `\n  … and ${count - 5} more (see --json)` : '') +
    '\n  Import again with --keep-left-out to keep them, each in its place.'
  );
}

export const importCommand: Command = {
  path: ['import'],
  usage:
    'import FILE [--title T] [--outlet O] [--url U] [--author A] [--published DATE] [--language L] [--encoding NAME] [--keep-left-out]',
  summary:
    'Import a text, Markdown, HTML, Word or PDF file as a new article; says what was left out.',
  options: {
    title: { type: 'string' },
    outlet: { type: 'string' },
    url: { type: 'string' },
    author: { type: 'string' },
    published: { type: 'string' },
    language: { type: 'string' },
    encoding: { type: 'string' },
    'keep-left-out': { type: 'boolean', default: false },
  },
  async run(ctx, [file], values) {
    if (!file) throw new UsageError('missing FILE');
    const bytes = readInputFile(file, limits.importBytes);
    const meta = Object.fromEntries(
      Object.entries({
        title: optionalString(values.title),
        outlet: optionalString(values.outlet),
        url: optionalString(values.url),
        author: optionalString(values.author),
        publishedAt: optionalString(values.published),
        language: optionalString(values.language),
      }).filter(([, value]) => value !== undefined),
    );
    const encoding = optionalString(values.encoding);
    const { article, warnings, coverage, ...rest } = await ctx.call('articles.import', {
      fileName: basename(file),
      dataBase64: bytes.toString('base64'),
      meta,
      ...(encoding ? { encoding } : {}),
      keepLeftOut: values['keep-left-out'] === true,
    });
    for (const warning of warnings) ctx.warn(warning);
    if (!ctx.json && coverage.leftOut.length + coverage.unlisted > 0) {
      ctx.warn(describeLeftOut(coverage));
    }
    ctx.print(
      { id: article.id, title: article.title, warnings, coverage, encoding: rest.encoding ?? null },
      () => String(article.id),
    );
  },
};
