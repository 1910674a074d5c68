import { readFileSync } from 'node:fs';
import { decodeText } from '../../importers/decodeText';
import { UsageError } from '../CliContext';
import type { Command } from '../Command';
import { optionalString, requireId } from '../argValues';

const countsLine = (c: { kept: number; moved: number; changed: number; orphaned: number }) =>
  `kept ${c.kept}, moved ${c.moved}, changed ${c.changed}, orphaned ${c.orphaned}`;

export const articleUpdateCommand: Command = {
  path: ['article', 'update'],
  usage: 'article update ARTICLE --text-file FILE',
  summary:
    'Load a new version of the article’s text and re-anchor every claim; orphaned claims go to review.',
  options: { 'text-file': { type: 'string' } },
  async run(ctx, [articleArg], values) {
    const id = requireId(articleArg, 'ARTICLE');
    const file = optionalString(values['text-file']);
    if (!file) throw new UsageError('--text-file FILE is required');
    const decoded = decodeText(readFileSync(file));
    for (const warning of decoded.warnings) ctx.warn(warning);
    const { counts, article } = await ctx.call('articles.loadVersion', { id, text: decoded.text });
    ctx.print({ ...counts, version: article.version }, () => countsLine(counts));
  },
};

export const annotationsImportCommand: Command = {
  path: ['annotations', 'import'],
  usage: 'annotations import ARTICLE FILE',
  summary:
    'Import W3C Web Annotations (an AnnotationCollection) or a Hypothesis JSON export as claims.',
  options: {},
  async run(ctx, [articleArg, file]) {
    const articleId = requireId(articleArg, 'ARTICLE');
    if (!file) throw new UsageError('missing FILE');
    const json = readFileSync(file, 'utf8');
    const { counts, claimIds } = await ctx.call('annotations.import', { articleId, json });
    ctx.print({ ...counts, claimIds }, () => countsLine(counts));
  },
};
