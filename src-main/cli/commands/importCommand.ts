import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../importers/limits';
import { UsageError } from '../CliContext';
import type { Command } from '../Command';
import { optionalString } from '../argValues';

export const importCommand: Command = {
  path: ['import'],
  usage:
    'import FILE [--title T] [--outlet O] [--url U] [--author A] [--published DATE] [--language L]',
  summary: 'Import a text, Markdown, HTML, Word or PDF file as a new article.',
  options: {
    title: { type: 'string' },
    outlet: { type: 'string' },
    url: { type: 'string' },
    author: { type: 'string' },
    published: { type: 'string' },
    language: { type: 'string' },
  },
  async run(ctx, [file], values) {
    if (!file) throw new UsageError('missing FILE');
    const size = statSync(file).size;
    if (size > MAX_IMPORT_BYTES) {
      throw new UsageError(
        `${file} is ${(size / 1e6).toFixed(1)} MB; Factdesk imports files up to ${MAX_IMPORT_BYTES / 1e6} MB`,
      );
    }
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
    const { article, warnings } = await ctx.call('articles.import', {
      fileName: basename(file),
      dataBase64: readFileSync(file).toString('base64'),
      meta,
    });
    for (const warning of warnings) ctx.warn(warning);
    ctx.print({ id: article.id, title: article.title, warnings }, () => String(article.id));
  },
};
