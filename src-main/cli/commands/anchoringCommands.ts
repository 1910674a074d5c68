import { readFileSync } from 'node:fs';
import { decodeText } from '../../importers/decodeText';
import { UsageError } from '../CliContext';
import type { Command } from '../Command';
import { givenFields, optionalDate, optionalString, optionalWebUrl, requireId } from '../argValues';

const countsLine = (c: { kept: number; moved: number; changed: number; orphaned: number }) =>
  `kept ${c.kept}, moved ${c.moved}, changed ${c.changed}, orphaned ${c.orphaned}`;

export const articleUpdateCommand: Command = {
  path: ['article', 'update'],
  usage:
    'article update ARTICLE [--text-file FILE] [--factcheck-url URL] [--factcheck-date DATE] [--title T] [--outlet O] [--url U] [--author A] [--published DATE] [--language L]',
  summary:
    'Change an article’s details, such as where and when its fact check is published; with --text-file, load a new version of its text and re-anchor every claim (orphaned claims go to review).',
  options: {
    'text-file': { type: 'string' },
    'factcheck-url': { type: 'string' },
    'factcheck-date': { type: 'string' },
    title: { type: 'string' },
    outlet: { type: 'string' },
    url: { type: 'string' },
    author: { type: 'string' },
    published: { type: 'string' },
    language: { type: 'string' },
  },
  async run(ctx, [articleArg], values) {
    const id = requireId(articleArg, 'ARTICLE');
    const file = optionalString(values['text-file']);
    const patch = givenFields({
      factCheckUrl: optionalWebUrl(values['factcheck-url'], '--factcheck-url'),
      factCheckPublishedAt: optionalDate(values['factcheck-date'], '--factcheck-date'),
      title: optionalString(values.title),
      outlet: optionalString(values.outlet),
      url: optionalWebUrl(values.url, '--url'),
      author: optionalString(values.author),
      publishedAt: optionalDate(values.published, '--published'),
      language: optionalString(values.language),
    });
    if (file === undefined && Object.keys(patch).length === 0) {
      throw new UsageError('nothing to update: give --text-file FILE or a detail to change');
    }
    // Read the file first, so an unreadable file changes nothing at all.
    const decoded = file === undefined ? undefined : decodeText(readFileSync(file));
    const updated =
      Object.keys(patch).length > 0 ? await ctx.call('articles.update', { id, patch }) : undefined;
    if (decoded === undefined) {
      const article = updated ?? (await ctx.call('articles.get', { id }));
      ctx.print(articleDetails(article), () =>
        Object.keys(patch)
          .map(
            (key) => `${key}: ${String(articleDetails(article)[key as keyof typeof patch] ?? '')}`,
          )
          .join('\n'),
      );
      return;
    }
    for (const warning of decoded.warnings) ctx.warn(warning);
    const { counts, article } = await ctx.call('articles.loadVersion', { id, text: decoded.text });
    ctx.print({ ...counts, version: article.version }, () => countsLine(counts));
  },
};

function articleDetails(article: {
  id: number;
  version: number;
  title: string;
  outlet: string;
  url: string;
  author: string;
  publishedAt: string;
  language: string;
  factCheckUrl: string;
  factCheckPublishedAt: string;
}) {
  const { id, version, title, outlet, url, author, publishedAt, language } = article;
  return {
    id,
    version,
    title,
    outlet,
    url,
    author,
    publishedAt,
    language,
    factCheckUrl: article.factCheckUrl,
    factCheckPublishedAt: article.factCheckPublishedAt,
  };
}

export const annotationsImportCommand: Command = {
  path: ['annotations', 'import'],
  usage: 'annotations import ARTICLE FILE [--any-source] [--dry-run]',
  summary:
    'Import W3C Web Annotations, a Hypothesis export or API search result as claims, listing every annotation skipped or needing review and why; annotations imported before are skipped. --any-source also takes annotations made on other pages; --dry-run only says what would happen.',
  options: { 'any-source': { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  async run(ctx, [articleArg, file], values) {
    const articleId = requireId(articleArg, 'ARTICLE');
    if (!file) throw new UsageError('missing FILE');
    const json = readFileSync(file, 'utf8');
    const input = { articleId, json, allowOtherSources: values['any-source'] === true };
    const dryRun = values['dry-run'] === true;
    const summary = dryRun
      ? await ctx.call('annotations.preview', input)
      : await ctx.call('annotations.import', input);
    const { counts, skipped, remarks, alreadyImported, warnings } = summary;
    for (const warning of warnings) ctx.warn(warning);
    if (!input.allowOtherSources && skipped.some((s) => s.kind === 'other-document')) {
      ctx.warn('Give --any-source to import annotations made on other documents too.');
    }
    ctx.print({ ...counts, alreadyImported, skipped, remarks, dryRun }, () => {
      const named = (note: { index: number; annotation?: string }) =>
        `annotation ${note.index + 1}${note.annotation === undefined ? '' : ` (${note.annotation})`}`;
      const listed = skipped.filter((note) => note.kind !== 'already-imported');
      return [
        (dryRun ? 'would import: ' : '') +
          countsLine(counts) +
          (skipped.length > 0 ? `, skipped ${skipped.length}` : '') +
          (alreadyImported > 0 ? ` (${alreadyImported} already imported)` : ''),
        ...listed.map((note) => `${named(note)} skipped: ${note.reason}`),
        ...remarks.map((note) => `${named(note)} imported: ${note.reason}`),
      ].join('\n');
    });
  },
};
