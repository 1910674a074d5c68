import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findCandidates,
  reanchorClaims,
  type ReanchoredClaim,
  type StoredAnchor,
} from '../../../../src-main/core/anchoring';
import { fixturesDir } from '../../../helpers/tempWorkbench';
import { anchorOn, offsetOf } from './anchorHelpers';

const lookalike = (name: string) =>
  readFileSync(join(fixturesDir, 'cases/anchoring-lookalike', name), 'utf8');
const v1 = lookalike('v1.txt');
const v2 = lookalike('v2.txt');
const v3 = lookalike('v3.txt');

/** Claims on Team Alpha's sentence, from the whole line down to two words inside it. */
const ALPHA_QUOTES = [
  'the new deployment reduced latency by twelve percent across all regions',
  'reported that the new deployment reduced latency by twelve percent across all regions.',
  'Team Alpha reported that the new deployment reduced latency by twelve percent across all regions.',
  'reduced latency by twelve percent',
  'twelve percent',
  'latency',
];

function alphaClaims(text: string): StoredAnchor[] {
  return ALPHA_QUOTES.map((quote, index) => anchorOn(text, index + 1, quote, 'Team Alpha'));
}

/** No claim may sit on words that are not its own: every placed claim is on Alpha's text. */
function expectNoneOnOtherTeams(text: string, claims: readonly ReanchoredClaim[]) {
  const alpha = text.indexOf('Team Alpha');
  const alphaEnd = text.indexOf('\n', alpha);
  for (const claim of claims) {
    if (claim.anchorState === 'orphaned') continue;
    expect(claim.start, `claim ${claim.id} left Team Alpha's paragraph`).toBeGreaterThanOrEqual(
      alpha,
    );
    expect(claim.end).toBeLessThanOrEqual(alphaEnd);
  }
}

describe('the evidence rule on the lookalike case', () => {
  it('orphans every claim on Alpha’s deleted paragraph (v2)', () => {
    const result = reanchorClaims(v1, v2, alphaClaims(v1));
    expect(result.claims.map((claim) => claim.anchorState)).toEqual(
      ALPHA_QUOTES.map(() => 'orphaned'),
    );
  });

  it('never gives Alpha’s claims to Gamma’s identical sentence (v3), and says why', () => {
    const result = reanchorClaims(v1, v3, alphaClaims(v1));
    expect(result.counts).toEqual({ kept: 0, moved: 0, changed: 0, orphaned: 6 });
    expectNoneOnOtherTeams(v3, result.claims);
    const reasons = result.claims.map((claim) => claim.review ?? null);
    // The words before the first two differ ("Team Gamma"): lookalikes. The short ones had a twin
    // with the same surroundings in Beta's sentence all along: ambiguous.
    expect(reasons).toEqual([
      'lookalike',
      'lookalike',
      null,
      'ambiguous',
      'ambiguous',
      'ambiguous',
    ]);
  });

  it('offers both copies as review candidates, with their surroundings judged different', () => {
    const [claim] = alphaClaims(v1);
    if (!claim) throw new Error('no claim');
    const candidates = findCandidates(v3, claim, null, 5);
    expect(candidates.map((candidate) => candidate.start).sort((a, b) => a - b)).toEqual([
      offsetOf(v3, claim.exact, 'Team Beta'),
      offsetOf(v3, claim.exact, 'Team Gamma'),
    ]);
    for (const candidate of candidates) {
      expect(candidate.components.quote).toBe(1);
      expect(candidate.components.prefixContext.kind).toBe('different');
    }
  });

  it('orphans the claim in a hard-wrapped version of the case too', () => {
    const wrap = (text: string) =>
      text.replace(/ reported that /g, ' reported\nthat ').replace(/ by twelve/g, '\nby twelve');
    const [wrapped1, wrapped3] = [wrap(v1), wrap(v3)];
    const claims = [
      anchorOn(wrapped1, 1, 'that the new deployment reduced latency', 'Team Alpha'),
      anchorOn(wrapped1, 2, 'by twelve percent across all regions', 'Team Alpha'),
    ];
    const result = reanchorClaims(wrapped1, wrapped3, claims);
    expect(result.claims.map((claim) => claim.anchorState)).toEqual(['orphaned', 'orphaned']);
  });

  it('orphans a long unique quote whose context names someone else now', () => {
    const alone = v1.replace(/Team Beta reported[^\n]*\n\n/, '');
    const withGamma = v3.replace(/Team Beta reported[^\n]*\n\n/, '');
    const claim = anchorOn(alone, 1, ALPHA_QUOTES[0] ?? '', 'Team Alpha');
    const [after] = reanchorClaims(alone, withGamma, [claim]).claims;
    expect(after).toMatchObject({ anchorState: 'orphaned', review: 'lookalike' });
  });
});

describe('the evidence rule where the diff keeps a claim’s words in place', () => {
  const claimOn = (text: string) => anchorOn(text, 1, ALPHA_QUOTES[0] ?? '', 'Team Alpha');

  it('orphans the claim when Gamma’s paragraph follows Alpha’s rewritten one directly', () => {
    const alphaLine = v3.split('\n\n').find((line) => line.startsWith('Team Alpha')) ?? '';
    const gammaLine = v3.split('\n\n').find((line) => line.startsWith('Team Gamma')) ?? '';
    const rewritten = v1.replace(/Team Alpha reported[^\n]*/, `${alphaLine}\n\n${gammaLine}`);
    const [after] = reanchorClaims(v1, rewritten, [claimOn(v1)]).claims;
    expect(after).toMatchObject({ anchorState: 'orphaned', review: 'lookalike' });
  });

  it('asks the checker when the name next to a kept claim was replaced', () => {
    const renamed = v1.replace('Team Alpha', 'Team Gamma');
    const [after] = reanchorClaims(v1, renamed, [claimOn(v1)]).claims;
    expect(after).toMatchObject({
      anchorState: 'attached',
      review: 'context',
      start: offsetOf(renamed, ALPHA_QUOTES[0] ?? '', 'Team Gamma'),
    });
  });

  it('keeps a claim without review when only text outside its context changed', () => {
    const later = v1.replace('present again', 'meet again');
    const [after] = reanchorClaims(v1, later, [anchorOn(v1, 1, 'reduced latency')]).claims;
    expect(after).toMatchObject({ anchorState: 'attached' });
    expect(after?.review).toBeUndefined();
  });
});

describe('a kept claim whose sentence changed beyond its context', () => {
  const claimWords = 'without evidence, of enabling drug trafficking';
  const sentence = (subject: string) =>
    `${subject} the Colombian president Gustavo Petro, ${claimWords} across the region.`;
  const before = 'The strikes began in September.';
  const after = 'The White House did not comment.';
  const text = (subject: string, next = after) =>
    `${before} ${sentence(subject)} ${next}\n\nMore later.`;
  const review = (oldText: string, newText: string) => {
    const [kept] = reanchorClaims(oldText, newText, [anchorOn(oldText, 1, claimWords)]).claims;
    expect(kept).toMatchObject({ anchorState: 'attached', start: offsetOf(newText, claimWords) });
    return kept?.review;
  };

  it('asks the checker when the start of its sentence now says something else', () => {
    const oldText = text('Trump has repeatedly accused');
    expect(review(oldText, text('Nobody in Washington has accused'))).toBe('context');
  });

  it('asks the checker when a paragraph break was put inside its words', () => {
    const oldText = text('Trump has repeatedly accused');
    const split = oldText.replace('evidence, of', 'evidence,\n\nof');
    const [kept] = reanchorClaims(oldText, split, [anchorOn(oldText, 1, claimWords)]).claims;
    expect(kept?.anchorState).not.toBe('orphaned');
    if (kept?.anchorState !== 'orphaned') expect(kept?.review).toBe('context');
    expect(split.slice(kept?.start, kept?.end)).toContain('\n\n');
  });

  it('says nothing when only the next sentence changed', () => {
    const oldText = text('Trump has repeatedly accused');
    expect(
      review(oldText, text('Trump has repeatedly accused', 'The White House declined to comment.')),
    ).toBeUndefined();
  });
});

describe('a kept claim at the very start or end of the text', () => {
  const lede = 'Crime fell by half last year in the city.';
  const rest = 'The police chief gave the figures at a press conference on Monday.';
  const review = (oldText: string, newText: string) => {
    const [after] = reanchorClaims(oldText, newText, [anchorOn(oldText, 1, lede)]).claims;
    expect(after).toMatchObject({ anchorState: 'attached', start: offsetOf(newText, lede) });
    return after?.review;
  };

  it('asks the checker when words were put before it in its own sentence', () => {
    expect(
      review(
        `${lede}

${rest}`,
        `It is false that ${lede}

${rest}`,
      ),
    ).toBe('context');
    expect(
      review(
        `${lede}
${rest}`,
        `It is false that ${lede}
${rest}`,
      ),
    ).toBe('context');
  });

  it('asks the checker when words were put after it in its own paragraph', () => {
    expect(
      review(
        `${rest}

${lede}`,
        `${rest}

${lede} That claim is false.`,
      ),
    ).toBe('context');
  });

  it('says nothing when only a new paragraph was put before or after it', () => {
    expect(
      review(
        `${lede}

${rest}`,
        `Headline

${lede}

${rest}`,
      ),
    ).toBeUndefined();
    expect(
      review(
        `${rest}

${lede}`,
        `${rest}

${lede}

Updated on Tuesday.`,
      ),
    ).toBeUndefined();
  });
});

describe('the evidence rule on edits that keep a claim’s words', () => {
  const article = [
    'Quarterly infrastructure review',
    'Team Alpha reported that the new deployment reduced latency by twelve percent across all regions.',
    'Team Beta said costs fell by a third after the migration was finished in March.',
    'Both teams will present again in the spring, the chair said after the meeting.',
  ].join('\n\n');

  it('moves a claim with its paragraph, keeping the verdict’s place honest', () => {
    const [title, alpha, beta, both] = article.split('\n\n');
    const moved = [title, beta, both, alpha].join('\n\n');
    const inside = anchorOn(article, 1, 'reduced latency by twelve percent');
    const whole = anchorOn(article, 2, alpha ?? '');
    const result = reanchorClaims(article, moved, [inside, whole]);
    expect(result.claims[0]).toMatchObject({
      anchorState: 'moved',
      start: offsetOf(moved, 'reduced latency by twelve percent'),
    });
    expect(result.claims[0]?.review).toBeUndefined();
    // A whole paragraph has new neighbours on both sides: moved, and the checker looks.
    expect(result.claims[1]).toMatchObject({
      anchorState: 'moved',
      start: offsetOf(moved, alpha ?? ''),
      review: 'context',
    });
  });

  it('orphans a claim whose paragraph comes back twice, as ambiguous', () => {
    const [title, alpha, beta, both] = article.split('\n\n');
    const twice = [title, beta, alpha, both, alpha].join('\n\n');
    const claim = anchorOn(article, 1, 'reduced latency by twelve percent');
    const [after] = reanchorClaims(article, twice, [claim]).claims;
    expect(after).toMatchObject({ anchorState: 'orphaned', review: 'ambiguous' });
    const candidates = findCandidates(twice, claim, null, 5);
    expect(candidates.filter((candidate) => candidate.components.quote === 1)).toHaveLength(2);
  });

  it('keeps claims on an NFD, a CRLF and a curly-quoted version of the same text', () => {
    const text =
      'Le ministre a déclaré: "nous n\'augmenterons pas les impôts", selon l\'AFP.\nFin.';
    const claims = [
      anchorOn(text, 1, 'a déclaré'),
      anchorOn(text, 2, '"nous n\'augmenterons pas les impôts"'),
      anchorOn(text, 3, "selon l'AFP"),
    ];
    const versions = [
      text.normalize('NFD'),
      text.replace(/\n/g, '\r\n'),
      text.replace(/"([^"]*)"/, '“$1”').replace(/'/g, '’'),
    ];
    for (const version of versions) {
      const result = reanchorClaims(text, version, claims);
      expect(result.counts).toEqual({ kept: 3, moved: 0, changed: 0, orphaned: 0 });
      for (const claim of result.claims) {
        expect(version.slice(claim.start, claim.end)).toBe(claim.exact);
      }
    }
  });
});
