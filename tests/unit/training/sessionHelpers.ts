import type { DispatchedHandlers } from '../../helpers/tempWorkbench';
import type { MarkedClaim } from './session';

/** Marks each claim by its first occurrence in the text, with its verdict and sources. */
export async function markClaims(
  handlers: DispatchedHandlers,
  articleId: number,
  claims: readonly MarkedClaim[],
): Promise<number[]> {
  const { text } = await handlers['articles.get']({ id: articleId });
  const ids: number[] = [];
  for (const marked of claims) {
    const start = text.indexOf(marked.quote);
    if (start < 0) throw new Error(`"${marked.quote}" is not in the text`);
    const claim = await handlers['claims.create']({
      articleId,
      start,
      end: start + marked.quote.length,
    });
    ids.push(claim.id);
    if (marked.verdict !== null) {
      await handlers['verdicts.set']({
        claimId: claim.id,
        ratingKey: marked.verdict,
        conclusion: '',
      });
    }
    for (const cited of marked.sources) {
      const source = await handlers['sources.create']({ fields: { url: cited.url } });
      await handlers['sources.attach']({
        claimId: claim.id,
        sourceId: source.id,
        link: cited.tier === undefined ? {} : { tier: cited.tier },
      });
    }
  }
  return ids;
}

/** Rounds every number so that computed shares compare equal to fractions written by hand. */
export function rounded<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v,
    ),
  ) as T;
}
