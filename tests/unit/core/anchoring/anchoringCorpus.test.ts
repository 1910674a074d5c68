import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteSelectorAt, reanchorClaims } from '../../../../src-main/core/anchoring';

/** One revision pair, as scripts/make-anchoring-corpus.mjs writes it. */
interface RevisionPair {
  source: string;
  edit: string;
  oldText: string;
  newText: string;
  claims: Array<{
    id: number;
    start: number;
    end: number;
    exact: string;
    /** kept: same words (attached or moved); changed: its words edited; orphaned: gone. */
    expected: { state: 'kept' | 'moved' | 'changed' | 'orphaned'; start?: number; end?: number };
    /** Where the claim's own characters are in the new text, as [start, end) ranges. */
    own: Array<[number, number]>;
  }>;
}

const dir = join(import.meta.dirname, '../../../fixtures/anchoring/pairs');
const pairs = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    name,
    pair: JSON.parse(readFileSync(join(dir, name), 'utf8')) as RevisionPair,
  }));

/** Share of [start, end) that is the claim's own characters in the new text. */
function ownShare(own: Array<[number, number]>, start: number, end: number): number {
  let covered = 0;
  for (const [from, to] of own) covered += Math.max(0, Math.min(end, to) - Math.max(start, from));
  return end > start ? covered / (end - start) : 0;
}

/**
 * Below this share of its own characters, an attached claim sits on words that are not its
 * own. Half, because a corrected claim may have half its words replaced and still be its
 * sentence; a lookalike copy has none of its characters.
 */
const OWN_WORDS = 0.5;

describe('anchoring corpus: revision pairs of real prose', () => {
  it('attaches no claim to words that are not its own, and keeps what should be kept', () => {
    const tally = {
      claims: 0,
      wrong: [] as string[],
      shouldKeep: 0,
      keptExactly: 0,
      shouldChange: 0,
      changedOnOwnWords: 0,
      shouldOrphan: 0,
      orphaned: 0,
    };
    for (const { name, pair } of pairs) {
      const stored = pair.claims.map((claim) => ({
        id: claim.id,
        start: claim.start,
        end: claim.end,
        ...quoteSelectorAt(pair.oldText, claim.start, claim.end),
      }));
      const result = reanchorClaims(pair.oldText, pair.newText, stored);
      pair.claims.forEach((claim, index) => {
        const after = result.claims[index];
        if (!after) throw new Error(`${name}: claim ${claim.id} went missing`);
        tally.claims++;
        const attached = after.anchorState !== 'orphaned';
        if (attached && ownShare(claim.own, after.start, after.end) < OWN_WORDS) {
          tally.wrong.push(
            `${name} claim ${claim.id} (${after.anchorState}): ${JSON.stringify(pair.newText.slice(after.start, after.end))}`,
          );
        }
        const { state, start, end } = claim.expected;
        if (state === 'kept' || state === 'moved') {
          tally.shouldKeep++;
          const same = after.start === start && after.end === end;
          if (same && (after.anchorState === 'attached' || after.anchorState === 'moved')) {
            tally.keptExactly++;
          }
        } else if (state === 'changed') {
          tally.shouldChange++;
          if (attached && ownShare(claim.own, after.start, after.end) >= OWN_WORDS) {
            tally.changedOnOwnWords++;
          }
        } else {
          tally.shouldOrphan++;
          if (!attached) tally.orphaned++;
        }
      });
    }
    const share = (part: number, whole: number) =>
      `${part}/${whole} (${((100 * part) / Math.max(1, whole)).toFixed(1)}%)`;
    console.log(
      [
        `anchoring corpus: ${pairs.length} revision pairs, ${tally.claims} claims`,
        `  wrong attachments: ${tally.wrong.length}`,
        `  kept where they should be kept, on exactly their span: ${share(tally.keptExactly, tally.shouldKeep)}`,
        `  edited claims found on their own words: ${share(tally.changedOnOwnWords, tally.shouldChange)}`,
        `  claims whose words were deleted, orphaned: ${share(tally.orphaned, tally.shouldOrphan)}`,
        ...tally.wrong.map((line) => `  WRONG ${line}`),
      ].join('\n'),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(30);
    expect(tally.wrong).toEqual([]);
    expect(tally.orphaned).toBe(tally.shouldOrphan);
    expect(tally.keptExactly / tally.shouldKeep).toBeGreaterThanOrEqual(0.95);
  });
});
