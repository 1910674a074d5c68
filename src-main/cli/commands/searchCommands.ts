import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { limits } from '../../core/limits';
import type { SearchKind } from '../../core/search/SearchResult';
import { searchKinds } from '../../core/search/SearchResult';
import { UsageError } from '../CliContext';
import type { Command } from '../Command';
import { optionalInt, optionalString } from '../argValues';
import { articleOf, articleOption, resolveClaimId } from '../claimRef';

function kindsOf(value: string | boolean | undefined): SearchKind[] | undefined {
  if (typeof value !== 'string') return undefined;
  const kinds = value.split(',').map((kind) => kind.trim().toLowerCase().replace(/s$/u, ''));
  for (const kind of kinds) {
    if (!(searchKinds as readonly string[]).includes(kind)) {
      throw new UsageError(`--kind must be one or more of: ${searchKinds.join(', ')}`);
    }
  }
  return kinds as SearchKind[];
}

function limitOf(value: string | boolean | undefined, max: number): number | undefined {
  const limit = optionalInt(value, '--limit');
  if (limit !== undefined && (limit < 1 || limit > max)) {
    throw new UsageError(`--limit must be between 1 and ${max}`);
  }
  return limit;
}

/**
 * How a result is named so that it can be typed back: a claim by `#ID` (a bare number names a
 * claim by the number the app shows, within its article), with that article; anything else by
 * its kind and id.
 */
function resultName({
  kind,
  id,
  articleId,
}: {
  kind: string;
  id: number;
  articleId: number | null;
}) {
  if (kind !== 'claim') return `${kind} ${id}`;
  return `claim #${id}${articleId === null ? '' : ` (article ${articleId})`}`;
}

export const searchCommand: Command = {
  path: ['search'],
  usage: 'search QUERY [--kind claim|article|source|factcheck] [--limit N]',
  summary:
    'Search everything: words, "a phrase", -excluded (put -- before a query that starts with -).',
  options: { kind: { type: 'string' }, limit: { type: 'string' } },
  async run(ctx, words, values) {
    const query = words.join(' ');
    if (query.trim() === '') throw new UsageError('missing QUERY');
    const { results } = await ctx.call('search.query', {
      query,
      kinds: kindsOf(values.kind),
      limit: limitOf(values.limit, 200),
    });
    ctx.print(
      {
        results: results.map(({ kind, id, articleId, title, snippet, ratingLabel, score }) => ({
          kind,
          id,
          articleId,
          title,
          snippet,
          ratingLabel,
          score,
        })),
      },
      () =>
        results.length === 0
          ? 'Nothing found.'
          : results
              .map(
                (r) =>
                  `${resultName(r)}\t${r.title}${r.ratingLabel ? ` [${r.ratingLabel}]` : ''}\n\t${r.snippet}`,
              )
              .join('\n'),
    );
  },
};

export const claimSimilarCommand: Command = {
  path: ['claim', 'similar'],
  usage: 'claim similar CLAIM [--article ARTICLE] [--language L] [--limit N]',
  summary:
    'Earlier checks and imported fact checks like a claim: CLAIM as for `claim set`, or the claim’s text.',
  options: { limit: { type: 'string' }, language: { type: 'string' }, ...articleOption },
  async run(ctx, words, values) {
    const claim = words.join(' ').trim();
    if (claim === '') throw new UsageError('missing CLAIM');
    const limit = limitOf(values.limit, 50);
    const language = optionalString(values.language);
    const { results } = await ctx.call(
      'claims.similar',
      /^#?\d+$/u.test(claim)
        ? { claimId: await resolveClaimId(ctx, claim, articleOf(values)), limit }
        : { text: claim, limit, ...(language ? { language } : {}) },
    );
    ctx.print(
      {
        results: results.map(({ kind, id, text, ratingLabel, checkedBy, date, url, score }) => ({
          kind,
          id,
          text,
          ratingLabel,
          checkedBy,
          date,
          url,
          score,
        })),
      },
      () =>
        results.length === 0
          ? 'No earlier check looks like this claim.'
          : results
              .map(
                (r) =>
                  `${r.score.toFixed(2)}\t${resultName(r)}\t${r.ratingLabel ?? 'no rating'}\t${r.checkedBy}${r.date ? `, ${r.date}` : ''}\n\t${r.text}${r.differences.map((d) => `\n\t! ${d}`).join('')}`,
              )
              .join('\n'),
    );
  },
};

export const factChecksImportCommand: Command = {
  path: ['factchecks', 'import'],
  usage: 'factchecks import FILE',
  summary:
    'Import fact checks: ClaimReview JSON-LD, a DataFeed of them, or Fact Check Tools API JSON.',
  options: {},
  async run(ctx, [file]) {
    if (!file) throw new UsageError('missing FILE');
    const size = statSync(file).size;
    if (size > limits.factCheckFeedBytes) {
      throw new UsageError(
        `${file} is ${(size / 1e6).toFixed(1)} MB; Factdesk imports feeds up to ${limits.factCheckFeedBytes / 1e6} MB`,
      );
    }
    const result = await ctx.call('factchecks.import', {
      fileName: basename(file),
      dataBase64: readFileSync(file).toString('base64'),
    });
    const skipped = result.skipped
      .slice(0, 20)
      // Counted from 1 here, as the app shows them; `index` in --json counts from 0.
      .map((item) => `\n  item ${item.index + 1}: ${item.reason}`)
      .join('');
    const more =
      result.skipped.length > 20 ? `\n  … and ${result.skipped.length - 20} more (see --json)` : '';
    ctx.print(
      result,
      () =>
        `${result.imported} imported, ${result.updated} updated, ${result.skipped.length} skipped${skipped}${more}${result.warnings.map((warning) => `\n${warning}`).join('')}`,
    );
  },
};
