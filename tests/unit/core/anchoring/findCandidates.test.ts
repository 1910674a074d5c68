import { describe, expect, it } from 'vitest';
import {
  MAX_FUZZY_CALL_WORK,
  MAX_FUZZY_QUOTE_LENGTH,
  findCandidates,
  fuzzyMatches,
  fuzzySearchCost,
  maxFuzzyErrors,
  quoteSelectorAt,
  toMatchable,
} from '../../../../src-main/core/anchoring';
import { splitsPair } from './textArbitraries';

const text =
  'The government said the men who run the amendment process met twice. ' +
  'Later, the men who run the budget office met again. ' +
  'Unemployment fell to 5 percent in May, the ministry said.';

describe('findCandidates', () => {
  it('ranks the occurrence whose context matches first and explains its score', () => {
    const start = text.indexOf('the men who run the budget');
    const selector = quoteSelectorAt(text, start, start + 'the men'.length);
    const [best, second] = findCandidates(text, selector, 0, 5);
    expect(best).toMatchObject({ start, end: start + 7, exact: 'the men', errors: 0 });
    expect(best?.components).toMatchObject({ quote: 1, prefix: 1, suffix: 1 });
    expect(second?.start).toBe(text.indexOf('the men'));
    expect(second?.components.similarity).toBeLessThan(best?.components.similarity ?? 0);
  });

  it('does not offer a short word inside longer words', () => {
    const start = text.indexOf('men who run the budget');
    const selector = quoteSelectorAt(text, start, start + 3);
    const candidates = findCandidates(text, selector, start, 10);
    const wordStarts = [...text.matchAll(/\bmen\b/g)].map((match) => match.index);
    expect(candidates.map((candidate) => candidate.start).sort((a, b) => a - b)).toEqual(
      wordStarts,
    );
  });

  it('may match inside a word when the claim itself was cut from one', () => {
    const start = text.indexOf('ment said');
    const selector = quoteSelectorAt(text, start, start + 'men'.length);
    const starts = findCandidates(text, selector, start, 10).map((candidate) => candidate.start);
    expect(starts).toContain(text.indexOf('government') + 'govern'.length);
    expect(starts).toContain(text.indexOf('amendment') + 'amend'.length);
  });

  it('finds an approximate match when the words were edited', () => {
    const selector = {
      exact: 'Unemployment fell to 6 percent',
      prefix: 'met again. ',
      suffix: ' in May',
    };
    const [best] = findCandidates(text, selector, text.length - 60, 3);
    expect(best).toMatchObject({ exact: 'Unemployment fell to 5 percent', errors: 1 });
    expect(best?.components.quote).toBeCloseTo(1 - 1 / 30);
  });

  it('breaks a tie between identical surroundings only through the position component', () => {
    const unit = 'Prices rose again, said the minister at the briefing. ';
    const repeated = unit.repeat(5);
    const second = unit.length;
    const fourth = unit.length * 3;
    const selector = quoteSelectorAt(repeated, second, second + 'Prices rose'.length);
    const candidates = findCandidates(repeated, selector, fourth, 5);
    const nearer = candidates.find((candidate) => candidate.start === fourth);
    const farther = candidates.find((candidate) => candidate.start === second);
    expect(nearer?.components.similarity).toBe(farther?.components.similarity);
    expect(candidates.indexOf(nearer!)).toBeLessThan(candidates.indexOf(farther!));
  });

  it('respects the limit and returns nothing for an empty quote', () => {
    const selector = { exact: 'the', prefix: '', suffix: '' };
    expect(findCandidates(text, selector, 0, 2)).toHaveLength(2);
    expect(findCandidates(text, { exact: '', prefix: '', suffix: '' }, 0)).toEqual([]);
  });

  it('keeps approximate candidates on whole code points', () => {
    const emoji = 'Mood 😀😀 and 😁😀 today, and 😀 tomorrow';
    const selector = { exact: '😀 todax', prefix: '', suffix: ',' };
    const candidates = findCandidates(emoji, selector, 0, 5);
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      expect(splitsPair(emoji, candidate.start) || splitsPair(emoji, candidate.end)).toBe(false);
    }
  });
});

describe('the cost of approximate search for long quotes', () => {
  /** Prose-like text without the quotes below, so whole-text approximate search runs. */
  const words = ['ferry', 'council', 'budget', 'harbour', 'minister', 'figures', 'winter'];
  const prose = Array.from({ length: 12_000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
  const quoteOf = (length: number) =>
    Array.from({ length }, (_, i) => String.fromCharCode(97 + ((i * 13) % 26))).join('');
  const selector = (exact: string) => ({ exact, prefix: '', suffix: '' });

  it('matches quotes beyond MAX_FUZZY_QUOTE_LENGTH exactly only', () => {
    expect(maxFuzzyErrors(quoteOf(MAX_FUZZY_QUOTE_LENGTH))).toBeGreaterThan(0);
    expect(maxFuzzyErrors(quoteOf(MAX_FUZZY_QUOTE_LENGTH + 1))).toBe(0);
    const budget = { fuzzyScanBudget: 1e12 };
    expect(findCandidates(prose, selector(quoteOf(100_000)), null, 5, budget)).toEqual([]);
    expect(budget.fuzzyScanBudget).toBe(1e12);
  });

  it('charges a long quote its budget in proportion to its length, and stops at the budget', () => {
    const spent = (length: number, fuzzyScanBudget: number) => {
      const budget = { fuzzyScanBudget };
      findCandidates(prose, selector(quoteOf(length)), null, 5, budget);
      return fuzzyScanBudget - budget.fuzzyScanBudget;
    };
    const short = spent(32, 1e12);
    const long = spent(480, 1e12);
    expect(short).toBeGreaterThan(0);
    expect(long / short).toBeGreaterThan(12);
    expect(spent(480, short * 4)).toBeLessThanOrEqual(short * 4);
    expect(fuzzySearchCost(quoteOf(480), 100)).toBe(fuzzySearchCost(quoteOf(32), 100) * 15);
  });
});

describe('approximate search in text that repeats one pattern', () => {
  // Every position nearly matches, and each near match costs a backwards search for its start.
  const text = 'a'.repeat(200_000);
  const quote = `${'a'.repeat(MAX_FUZZY_QUOTE_LENGTH - 1)}b`;

  it('stops once its budget is spent, counting the search for each start', () => {
    const budget = { fuzzyScanBudget: 1 };
    const found = fuzzyMatches(
      toMatchable(text),
      quote,
      maxFuzzyErrors(quote),
      0,
      text.length,
      budget,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(budget.fuzzyScanBudget).toBeLessThan(0);
    expect(Math.max(...found.map((match) => match.start))).toBeLessThan(text.length / 10);
  });

  it('stops at MAX_FUZZY_CALL_WORK without a budget, and so do review candidates', () => {
    const found = fuzzyMatches(toMatchable(text), quote, maxFuzzyErrors(quote));
    const words = Math.ceil(quote.length / 32);
    expect(found.length * words * quote.length).toBeLessThan(MAX_FUZZY_CALL_WORK * 2);
    expect(Math.max(...found.map((match) => match.start))).toBeLessThan(text.length / 2);
    expect(
      findCandidates(text, { exact: quote, prefix: '', suffix: '' }, null).length,
    ).toBeLessThanOrEqual(5);
  });
});
