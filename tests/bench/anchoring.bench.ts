import search from 'approx-string-match';
import { quoteSelectorAt, reanchorClaims, type StoredAnchor } from '../../src-main/core/anchoring';
import { timeIt, type Benchmark, type BenchResult } from './harness';
import { seededRandom } from './harness';

const ARTICLE_LENGTH = 1_000_000;
const CLAIM_COUNT = 5_000;
/** Share of the article's characters touched by the "scattered edits" version. */
const EDITED_SHARE = 0.01;
/** How far either side of its old position the floor looks for a quote. */
const FLOOR_WINDOW = 2_048;
/** Claims the peer is actually timed on; its total is extrapolated linearly to all claims. */
const PEER_SAMPLE = 20;

const WORDS = (
  'the minister said government budget figures rose fell percent according to official data ' +
  'analysts report inquiry committee spending health schools housing prices inflation wages ' +
  'unemployment region council election vote majority opposition claimed promised statement ' +
  'year month week million billion average growth decline record highest lowest since ever ' +
  'policy reform tax cut increase funding hospital police crime rate survey poll experts warned'
).split(' ');
const STOCK_PHRASES = [
  'the minister said',
  'according to official figures',
  'the government claimed',
  'a spokesperson for the council',
];

function buildArticle(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const paragraphs: string[] = [];
  let length = 0;
  while (length < ARTICLE_LENGTH) {
    const sentences: string[] = [];
    const sentenceCount = 3 + Math.floor(random() * 5);
    for (let s = 0; s < sentenceCount; s++) {
      const words: string[] = [];
      const wordCount = 8 + Math.floor(random() * 14);
      for (let w = 0; w < wordCount; w++) {
        words.push(random() < 0.06 ? pick(STOCK_PHRASES) : pick(WORDS));
      }
      words.push(`${Math.floor(random() * 1000)}`);
      const sentence = words.join(' ');
      sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
    }
    const paragraph = `${sentences.join(' ')}\n`;
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  return paragraphs.join('');
}

function buildClaims(text: string, random: () => number): StoredAnchor[] {
  const claims: StoredAnchor[] = [];
  while (claims.length < CLAIM_COUNT) {
    let start = Math.floor(random() * (text.length - 200));
    start = text.indexOf(' ', start) + 1;
    let end = start + 15 + Math.floor(random() * 70);
    end = text.indexOf(' ', end);
    if (start <= 0 || end <= start) continue;
    claims.push({ id: claims.length + 1, start, end, ...quoteSelectorAt(text, start, end) });
  }
  return claims;
}

/** Word-level typo fixes, insertions and deletions at scattered places, about 1% of the text. */
function scatterEdits(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const budget = text.length * EDITED_SHARE;
  const positions = new Set<number>();
  const edits: Array<{ at: number; remove: number; insert: string }> = [];
  let touched = 0;
  while (touched < budget) {
    const at = text.indexOf(' ', Math.floor(random() * text.length)) + 1;
    const bucket = Math.floor(at / 500);
    if (at <= 0 || positions.has(bucket)) continue;
    positions.add(bucket);
    const nextSpace = text.indexOf(' ', at);
    const wordLength = (nextSpace < 0 ? text.length : nextSpace) - at;
    const kind = random();
    const edit =
      kind < 0.4
        ? { at, remove: wordLength, insert: pick(WORDS) }
        : kind < 0.7
          ? { at, remove: 0, insert: `${pick(WORDS)} ${pick(WORDS)} ` }
          : { at, remove: wordLength + 1, insert: '' };
    edits.push(edit);
    touched += Math.max(edit.remove, edit.insert.length);
  }
  edits.sort((a, b) => b.at - a.at);
  let result = text;
  for (const { at, remove, insert } of edits) {
    result = result.slice(0, at) + insert + result.slice(at + remove);
  }
  return result;
}

/** The least any re-anchoring must do: check each quote at, then near, its old position. */
function floor(text: string, claims: readonly StoredAnchor[]) {
  return claims.map((claim) => {
    if (text.startsWith(claim.exact, claim.start)) {
      return { id: claim.id, start: claim.start, end: claim.end };
    }
    const from = Math.max(0, claim.start - FLOOR_WINDOW);
    const found = text.slice(from, claim.end + FLOOR_WINDOW).indexOf(claim.exact);
    const start = found < 0 ? -1 : from + found;
    return { id: claim.id, start, end: start + claim.exact.length };
  });
}

/** Hypothesis's approach: an approximate search for each quote over the whole text. */
function peer(text: string, claims: readonly StoredAnchor[]) {
  return claims.map((claim) => {
    const maxErrors = Math.min(256, Math.floor(claim.exact.length / 2));
    const [best] = search(text, claim.exact, maxErrors);
    return { id: claim.id, start: best?.start ?? -1, end: best?.end ?? -1 };
  });
}

/**
 * Fastest of `runs` timings of subject and baseline, taken alternately: on a machine shared
 * with other work, the fastest run is the one least disturbed, and alternating exposes both
 * sides to the same disturbances.
 */
function compare(subject: () => void, baseline: () => void, runs: number) {
  let fastestSubject = Infinity;
  let fastestBaseline = Infinity;
  for (let i = 0; i < runs; i++) {
    fastestBaseline = Math.min(fastestBaseline, timeIt(baseline, 1));
    fastestSubject = Math.min(fastestSubject, timeIt(subject, 1));
  }
  return { subject: fastestSubject, baseline: fastestBaseline };
}

export const benchmark: Benchmark = {
  name: 'anchoring',
  run(): BenchResult[] {
    const random = seededRandom(20_240_601);
    const oldText = buildArticle(random);
    const claims = buildClaims(oldText, random);
    // A distinct copy, so "no change" cannot be detected by comparing string identity.
    const sameText = ` ${oldText}`.slice(1).split('\n').join('\n');
    const editedText = scatterEdits(oldText, random);

    const same = compare(
      () => reanchorClaims(oldText, sameText, claims),
      () => floor(sameText, claims),
      40,
    );
    const edited = compare(
      () => reanchorClaims(oldText, editedText, claims),
      () => floor(editedText, claims),
      8,
    );
    const sample = claims.slice(0, PEER_SAMPLE);
    const peerEdited = (timeIt(() => peer(editedText, sample), 1) * CLAIM_COUNT) / PEER_SAMPLE;
    const { counts } = reanchorClaims(oldText, editedText, claims);
    const outcome = `kept ${counts.kept}, changed ${counts.changed}, moved ${counts.moved}, orphaned ${counts.orphaned}`;
    const size = `${(oldText.length / 1e6).toFixed(1)} MB, ${CLAIM_COUNT} claims`;

    return [
      {
        name: `reanchor, no change (${size}) vs indexOf floor`,
        value: same.subject,
        unit: 'ms',
        baseline: same.baseline,
        ratio: same.subject / same.baseline,
        target: 'ratio <= 1.5',
        ok: same.subject / same.baseline <= 1.5,
      },
      {
        name: `reanchor, 1% scattered edits (${outcome}) vs indexOf floor`,
        value: edited.subject,
        unit: 'ms',
        baseline: edited.baseline,
        ratio: edited.subject / edited.baseline,
        target: 'ratio <= 20',
        ok: edited.subject / edited.baseline <= 20,
      },
      {
        name: `reanchor, 1% scattered edits vs peer (whole-text fuzzy per quote; ${PEER_SAMPLE}-claim sample x${CLAIM_COUNT / PEER_SAMPLE})`,
        value: edited.subject,
        unit: 'ms',
        baseline: peerEdited,
        ratio: peerEdited / edited.subject,
        target: 'speed-up (ratio) >= 50',
        ok: peerEdited / edited.subject >= 50,
      },
    ];
  },
};
