import type { ArticleMeta, Claim } from '../model';
import { sentenceFinder } from '../text/sentenceAround';
import { isLocated } from './isLocated';
import type { FirstAppearance } from './Report';

/**
 * A claim's "claim as reviewed": the checker's words when written, else the sentence of the
 * article's text that holds the claim (sentenceAround), else, for a claim no longer found in
 * the text, its stored quote. `written` says which.
 */
export function reviewedAsOf(
  claim: Pick<Claim, 'reviewedAs' | 'start' | 'end' | 'anchorState' | 'exact'>,
  article: { text: string; language: string },
  /** A sentenceFinder over the article's text, shared by the claims of one report. */
  find: (start: number, end: number) => string = sentenceFinder(article.text, article.language),
): { text: string; written: boolean } {
  const written = claim.reviewedAs.replace(/\s+/g, ' ').trim();
  if (written) return { text: written, written: true };
  const sentence = isLocated(claim, article.text) ? find(claim.start, claim.end) : '';
  return { text: sentence || claim.exact.replace(/\s+/g, ' ').trim(), written: false };
}

/**
 * Where a claim first appeared: what the checker recorded (any of URL, title, outlet, date), or,
 * when nothing was, the article being checked, which is where the checker met the claim.
 */
export function firstAppearanceOf(
  claim: Pick<Claim, 'appearanceUrl' | 'appearanceTitle' | 'appearanceOutlet' | 'appearanceDate'>,
  article: Pick<ArticleMeta, 'url' | 'title' | 'outlet' | 'publishedAt'>,
): FirstAppearance {
  const recorded = {
    url: claim.appearanceUrl.trim(),
    title: claim.appearanceTitle.trim(),
    outlet: claim.appearanceOutlet.trim(),
    date: claim.appearanceDate.trim(),
  };
  if (Object.values(recorded).some((value) => value !== '')) {
    return { ...recorded, fromArticle: false };
  }
  return {
    url: article.url.trim(),
    title: article.title.trim(),
    outlet: article.outlet.trim(),
    date: article.publishedAt.trim(),
    fromArticle: true,
  };
}
