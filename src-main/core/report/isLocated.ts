import { sameWords } from '../anchoring/matchableText';
import type { Claim } from '../model';
import { charactersCutBy } from '../text/wholeCharacters';

/**
 * Whether a claim can be highlighted and quoted from the text: anchored, its offsets (UTF-16)
 * fit the text, they select its own words (`exact`, as sameWords compares them), and neither
 * falls inside a character (a claim stored before claims were kept to whole characters can
 * read "Zoe" where the text shows "Zoë"). A claim whose offsets select other words is never
 * shown on them.
 */
export function isLocated(
  claim: Pick<Claim, 'anchorState' | 'start' | 'end' | 'exact'>,
  text: string,
): boolean {
  return (
    claim.anchorState !== 'orphaned' &&
    Number.isInteger(claim.start) &&
    Number.isInteger(claim.end) &&
    claim.start >= 0 &&
    claim.start < claim.end &&
    claim.end <= text.length &&
    sameWords(text.slice(claim.start, claim.end), claim.exact) &&
    charactersCutBy(text, claim.start, claim.end).length === 0
  );
}
