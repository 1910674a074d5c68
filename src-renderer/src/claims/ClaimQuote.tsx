import type { Claim } from '../../../src-main/core/model';
import { CONTEXT_LENGTH } from '../../../src-main/core/model';

const anchorWarnings: Partial<Record<Claim['anchorState'], string>> = {
  changed: 'Wording changed in the new text',
  moved: 'Found in another place of the new text',
  orphaned: 'Not found in the current text',
};

/**
 * The stored context is cut at a fixed length, often mid-word; showing it from the first whole
 * word reads better. Shorter context reached the start or end of the text and is kept whole.
 */
function wholeWords(context: string, side: 'before' | 'after'): string {
  if (context.length < CONTEXT_LENGTH)
    return side === 'before' ? context.trimStart() : context.trimEnd();
  if (side === 'before') return `…${context.replace(/^\S*\s+/, '')}`;
  return `${context.replace(/\s+\S*$/, '')}…`;
}

/**
 * The claim's exact words, with a warning when the article text moved under them; warnings
 * about its verdict are with the verdict (VerdictFlags).
 */
export function ClaimQuote({ claim }: { claim: Claim }) {
  const anchorWarning = anchorWarnings[claim.anchorState];
  return (
    <div className="claim-quote-block">
      <blockquote className="quote">
        {claim.prefix && (
          <span className="quote-context">{wholeWords(claim.prefix, 'before')}</span>
        )}
        <mark className="quote-exact">{claim.exact}</mark>
        {claim.suffix && <span className="quote-context">{wholeWords(claim.suffix, 'after')}</span>}
      </blockquote>
      {anchorWarning && (
        <ul className="claim-flags" aria-label="Warnings">
          <li className={`flag flag-${claim.anchorState}`} title={`Anchor: ${claim.anchorState}`}>
            {anchorWarning}
          </li>
        </ul>
      )}
    </div>
  );
}
