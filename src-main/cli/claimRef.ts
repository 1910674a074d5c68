import type { ClaimOutline } from '../core/model';
import { UsageError } from './CliContext';
import type { CliContext } from './CliContext';
import { requireId } from './argValues';

/** How to name a claim without doubt, for the refusal messages. */
const FORMS =
  'name it by the number the app shows with its article (CLAIM --article ARTICLE), or by its id as `claim add` and `show` print it after # (quoted: "#ID")';

/** What an outline says of a claim, in a refusal: `#4 (claim 3 of article 1, “…”)`. */
function describe(claim: ClaimOutline): string {
  const words = claim.exact.length > 40 ? `${claim.exact.slice(0, 39)}…` : claim.exact;
  return `#${claim.id} (claim ${claim.number} of article ${claim.articleId}, “${words}”)`;
}

/**
 * The database id of the claim a command names, as the checker may write it (README, "Claims
 * on the command line"): with `article`, CLAIM is the claim's number in that article, the number the
 * claims pane, the inspector, reports and `show` use; `#ID` is the database id that `claim add`
 * and `show` print after #. A bare number without an article is taken only when it cannot be
 * mistaken: when every claim it could mean (the claim with that id, and every claim with that
 * number in any article) are one claim. Otherwise it is refused, naming the claims it
 * could mean. Errors: UsageError (the CLI's exit code 2) for a malformed or ambiguous CLAIM, or
 * for a number no claim of the article has.
 */
export async function resolveClaimId(
  ctx: CliContext,
  value: string | undefined,
  article: number | undefined,
  /**
   * The article came as a positional argument of a command that used to take ids there: a
   * bare number is then refused when the claim with that id and the claim with that number in
   * the article are two claims.
   */
  { idsUsedHere = false } = {},
): Promise<number> {
  if (value === undefined) throw new UsageError('missing CLAIM');
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) {
    const id = requireId(trimmed.slice(1), 'CLAIM after #');
    if (article !== undefined) {
      const claim = await ctx.call('claims.get', { id });
      if (claim.articleId !== article) {
        throw new UsageError(`claim #${id} is in article ${claim.articleId}, not ${article}`);
      }
    }
    return id;
  }
  const number = requireId(trimmed, 'CLAIM');
  if (article !== undefined) {
    const outlines = await ctx.call('claims.outline', { articleId: article });
    const claim = outlines.find((c) => c.number === number);
    const byId = idsUsedHere ? outlines.find((c) => c.id === number) : undefined;
    if (byId && byId !== claim) {
      const both = [claim, byId].flatMap((c) => (c ? [describe(c)] : [])).join('; ');
      throw new UsageError(
        `CLAIM ${number} could mean more than one claim: ${both}. Write "#${number}" for the id.`,
      );
    }
    if (!claim) throw new UsageError(`article ${article} has no claim ${number}`);
    return claim.id;
  }
  const meant = new Map<number, ClaimOutline>();
  for (const summary of await ctx.call('articles.list', {})) {
    if (summary.claimCount === 0) continue;
    for (const claim of await ctx.call('claims.outline', { articleId: summary.id })) {
      if (claim.id === number || claim.number === number) meant.set(claim.id, claim);
    }
  }
  const [only, ...others] = [...meant.values()];
  if (!only) throw new UsageError(`there is no claim ${number}`);
  if (others.length === 0) return only.id;
  const listed = [...meant.values()].slice(0, 5).map(describe).join('; ');
  throw new UsageError(
    `CLAIM ${number} could mean more than one claim: ${listed}${meant.size > 5 ? '; …' : ''}. To be sure which one changes, ${FORMS}.`,
  );
}

/** The --article option that says CLAIM is a number in that article. */
export const articleOption = { article: { type: 'string' } } as const;

/** The article --article names, if given. */
export function articleOf(values: Record<string, string | boolean | undefined>) {
  const value = values.article;
  return typeof value === 'string' ? requireId(value, '--article') : undefined;
}
