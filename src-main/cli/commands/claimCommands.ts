import { findQuote } from '../../core/anchoring/findQuoteMatches';
import { describeCharacterCut } from '../../core/text/wholeCharacters';
import { claimKinds, claimStatuses, claimantKinds } from '../../core/model';
import { findRating } from '../../core/scales/builtinScales';
import { FactdeskError } from '../../contract/errors';
import { UsageError } from '../CliContext';
import type { CliContext } from '../CliContext';
import type { Command } from '../Command';
import {
  enumValue,
  givenFields,
  optionalDate,
  optionalInt,
  optionalString,
  optionalWebUrl,
  requireId,
} from '../argValues';
import { claimLine, claimView } from '../claimView';
import { articleOf, articleOption, resolveClaimId } from '../claimRef';

async function printClaim(ctx: CliContext, id: number): Promise<void> {
  const claim = await ctx.call('claims.get', { id });
  const scales = await ctx.call('scales.list', {});
  ctx.print(claimView(claim, scales), () => claimLine(claim));
}

export const claimAddCommand: Command = {
  path: ['claim', 'add'],
  usage: 'claim add ARTICLE (--quote TEXT [--occurrence N] | --start N --end N) [--claimant NAME]',
  summary:
    'Mark a claim by its quote (white space, line ends, accents’ encoding and quotation mark styles need not match) or by its UTF-16 offsets.',
  options: {
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    claimant: { type: 'string' },
  },
  async run(ctx, [articleArg], values) {
    const articleId = requireId(articleArg, 'ARTICLE');
    const quote = optionalString(values.quote);
    let start = optionalInt(values.start, '--start');
    let end = optionalInt(values.end, '--end');
    // The quote is looked for in the text read here; the claim is marked only on that text.
    let textSha256: string | undefined;
    if (quote !== undefined) {
      if (start !== undefined || end !== undefined) {
        throw new UsageError('give either --quote or --start/--end, not both');
      }
      if (quote === '') throw new UsageError('--quote is empty');
      const chosen = optionalInt(values.occurrence, '--occurrence');
      if (chosen !== undefined && chosen < 1) throw new UsageError('--occurrence counts from 1');
      const { text, sha256 } = await ctx.call('articles.get', { id: articleId });
      textSha256 = sha256;
      const { matches, insideCharacters } = findQuote(text, quote);
      const occurrence = chosen ?? 1;
      // A quote that occurs more than once names no single place: say which one was taken.
      if (chosen === undefined && matches.length > 1) {
        ctx.warn(
          `The quote "${quote}" occurs ${matches.length} times in article ${articleId}; the first was marked. Give --occurrence N (1 to ${matches.length}) to mark another.`,
        );
      }
      const match = matches[occurrence - 1];
      const [inside] = insideCharacters;
      if (!match && matches.length === 0 && inside) {
        throw new FactdeskError(
          'invalid_input',
          `The quote "${quote}" is in article ${articleId} only as part of other characters. ${describeCharacterCut(text, inside.match, inside.cut, 'It')} Quote the whole character.`,
          [{ path: 'quote', message: 'found only inside other characters' }],
        );
      }
      if (!match) {
        throw new FactdeskError(
          'invalid_input',
          matches.length === 0
            ? `The quote "${quote}" is not in article ${articleId}`
            : `The quote "${quote}" occurs ${matches.length} time${matches.length === 1 ? '' : 's'} in article ${articleId}, not ${occurrence}`,
          [{ path: 'quote', message: 'not found in the text' }],
        );
      }
      ({ start, end } = match);
    } else if (start === undefined || end === undefined) {
      throw new UsageError('give --quote TEXT, or both --start N and --end N');
    }
    const claim = await ctx.call('claims.create', {
      articleId,
      start,
      end,
      claimant: optionalString(values.claimant),
      ...(textSha256 === undefined ? {} : { textSha256 }),
    });
    await printClaim(ctx, claim.id);
  },
};

export const claimSetCommand: Command = {
  path: ['claim', 'set'],
  usage:
    'claim set CLAIM [--article ARTICLE] [--claimant NAME] [--claimant-kind person|organization|unknown] [--reviewed-as TEXT] [--verdict KEY-OR-LABEL] [--conclusion TEXT] [--status S] [--kind K] [--notes TEXT] [--assignee NAME] [--claim-date DATE] [--appearance URL] [--appearance-title T] [--appearance-outlet O] [--appearance-date DATE]',
  summary:
    'Change a claim’s fields and verdict. CLAIM is the number the app shows, with --article; or "#ID", the id `claim add` prints. --reviewed-as is the claim in one sentence for ClaimReview ("" for the sentence that holds it); --appearance* is where it first appeared ("" for the article).',
  options: {
    ...articleOption,
    claimant: { type: 'string' },
    'claimant-kind': { type: 'string' },
    'reviewed-as': { type: 'string' },
    'appearance-title': { type: 'string' },
    'appearance-outlet': { type: 'string' },
    'appearance-date': { type: 'string' },
    verdict: { type: 'string' },
    conclusion: { type: 'string' },
    status: { type: 'string' },
    kind: { type: 'string' },
    notes: { type: 'string' },
    assignee: { type: 'string' },
    'claim-date': { type: 'string' },
    appearance: { type: 'string' },
  },
  async run(ctx, [claimArg], values) {
    const id = await resolveClaimId(ctx, claimArg, articleOf(values));
    const patch = givenFields({
      claimant: optionalString(values.claimant),
      claimantKind: enumValue(values['claimant-kind'], claimantKinds, '--claimant-kind'),
      reviewedAs: optionalString(values['reviewed-as']),
      status: enumValue(values.status, claimStatuses, '--status'),
      kind: enumValue(values.kind, claimKinds, '--kind'),
      notes: optionalString(values.notes),
      assignee: optionalString(values.assignee),
      claimDate: optionalDate(values['claim-date'], '--claim-date'),
      appearanceUrl: optionalWebUrl(values.appearance, '--appearance'),
      appearanceTitle: optionalString(values['appearance-title']),
      appearanceOutlet: optionalString(values['appearance-outlet']),
      appearanceDate: optionalDate(values['appearance-date'], '--appearance-date'),
    });
    const verdict = optionalString(values.verdict);
    const conclusion = optionalString(values.conclusion);
    if (Object.keys(patch).length === 0 && verdict === undefined && conclusion === undefined) {
      throw new UsageError('nothing to set: give at least one option');
    }
    const claim = await ctx.call('claims.get', { id });
    if (Object.keys(patch).length > 0) await ctx.call('claims.update', { id, patch });
    if (verdict !== undefined || conclusion !== undefined) {
      let ratingKey = claim.verdict?.ratingKey ?? null;
      if (verdict !== undefined) {
        const prefs = await ctx.call('preferences.get', {});
        const scale = (await ctx.call('scales.list', {})).find(
          (s) => s.id === prefs.defaultScaleId,
        );
        const rating = scale ? findRating(scale, verdict) : undefined;
        if (!rating) {
          const known = scale?.ratings.map((r) => `${r.key} (${r.label})`).join(', ') ?? '';
          throw new FactdeskError(
            'invalid_input',
            `"${verdict}" is not a rating on the active scale. Use one of: ${known}`,
            [{ path: 'verdict', message: 'unknown rating' }],
          );
        }
        ratingKey = rating.key;
      }
      await ctx.call('verdicts.set', {
        claimId: id,
        ratingKey,
        conclusion: conclusion ?? claim.verdict?.conclusion ?? '',
      });
    }
    await printClaim(ctx, id);
  },
};

export const claimRmCommand: Command = {
  path: ['claim', 'rm'],
  usage: 'claim rm CLAIM [--article ARTICLE]',
  summary:
    'Delete a claim (restorable with `factdesk api claims.restore`). CLAIM as for `claim set`.',
  options: { ...articleOption },
  async run(ctx, [claimArg], values) {
    const id = await resolveClaimId(ctx, claimArg, articleOf(values));
    const result = await ctx.call('claims.delete', { id });
    ctx.print({ ...result, deleted: true }, () => `Deleted claim #${id}`);
  },
};
