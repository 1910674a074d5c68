import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { ARTICLE_TEXT, sampleInput } from './reportFixture';

describe('buildReport', () => {
  const input = sampleInput();
  const report = buildReport(input);

  it('numbers claims by position in the text, outer before nested, orphaned last', () => {
    expect(report.claims.map((claim) => [claim.number, claim.id])).toEqual([
      [1, 11],
      [2, 12],
      [3, 13],
      [4, 14],
      [5, 15],
      [6, 16],
      [7, 17],
    ]);
    expect(report.claims.map((claim) => claim.located)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('never highlights or quotes words a claim’s offsets select when they are not its own', () => {
    const [first, ...rest] = input.claims;
    if (!first) throw new Error('fixture has claims');
    const stale = { ...first, exact: 'words from an older text' };
    const built = buildReport({ ...input, claims: [stale, ...rest] });
    const claim = built.claims.find((c) => c.id === stale.id);
    expect(claim).toMatchObject({ located: false, quote: 'words from an older text' });
    expect(built.segments.some((segment) => segment.claimNumbers.includes(stale.number))).toBe(
      false,
    );
  });

  it('carries the header, with the judged text version and de-duplicated checkers', () => {
    expect(report.header).toMatchObject({
      articleId: 7,
      title: 'US strikes on boats: what the figures say',
      outlet: 'The Coastal Ledger',
      url: 'https://ledger.example/world/boat-strikes',
      author: 'Maria Ortega',
      publishedAt: '2025-10-21',
      textVersion: 2,
      textSha256: input.article.sha256,
      checkers: ['A. Ramos', 'J. Chen'],
      organisation: { name: 'Factdesk Verification Unit', url: 'https://factdesk.example/' },
      generatedAt: '2025-10-23T07:45:00.000Z',
      appVersion: '0.1.0',
    });
  });

  it('counts claims by verdict in scale order, then Unchecked', () => {
    expect(report.summary.totalClaims).toBe(7);
    expect(report.summary.counts.map((entry) => [entry.label, entry.count])).toEqual([
      ['True', 1],
      ['Mostly true', 2],
      ['Half true', 0],
      ['Mostly false', 0],
      ['False', 1],
      ['Unproven', 1],
      ['Unchecked', 2],
    ]);
  });

  it('keeps a rating from another scale visible instead of dropping it', () => {
    const other = sampleInput();
    const first = other.claims[0];
    if (!first?.verdict) throw new Error('fixture changed');
    first.verdict = { ...first.verdict, ratingKey: 'pants-on-fire' };
    const counts = buildReport(other).summary.counts;
    expect(counts.at(-2)).toMatchObject({ key: 'pants-on-fire', label: 'pants-on-fire', count: 1 });
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(7);
  });

  it('segments the whole text at every claim boundary', () => {
    expect(report.segments[0]?.start).toBe(0);
    expect(report.segments.at(-1)?.end).toBe(ARTICLE_TEXT.length);
    report.segments.forEach((segment, index) => {
      expect(segment.end).toBeGreaterThan(segment.start);
      if (index > 0) expect(segment.start).toBe(report.segments[index - 1]?.end);
    });
    const coveredBy = (phrase: string) =>
      report.segments.find((segment) => ARTICLE_TEXT.slice(segment.start, segment.end) === phrase)
        ?.claimNumbers;
    expect(coveredBy('without evidence')).toEqual([1, 2]);
    expect(coveredBy('The strikes have killed ')).toEqual([4]);
    expect(coveredBy('at least 110 people')).toEqual([4, 5]);
    expect(coveredBy(', according to figures released by the Pentagon')).toEqual([5]);
  });

  it('puts nested and overlapping claims in different underline lanes', () => {
    const lane = (number: number) => report.claims[number - 1]?.lane;
    expect(lane(1)).not.toBe(lane(2));
    expect(lane(4)).not.toBe(lane(5));
    expect(lane(3)).toBe(0);
  });

  it('quotes located claims from the text and keeps the stored quote for orphans', () => {
    expect(report.claims[1]?.quote).toBe('without evidence');
    expect(report.claims[1]?.prefix.endsWith('accused its leader, ')).toBe(true);
    expect(report.claims[6]?.quote).toBe('every boat carried cocaine');
  });

  it('resolves ratings to label, colour and value, and unrated claims to Unchecked', () => {
    expect(report.claims[0]?.rating).toEqual({
      key: 'false',
      label: 'False',
      colour: '#c62828',
      value: 1,
    });
    expect(report.claims[5]?.rating).toMatchObject({ label: 'Unproven', value: null });
    expect(report.claims[4]?.rating).toMatchObject({ key: null, label: 'Unchecked' });
    expect(report.scale).toMatchObject({ best: 5, worst: 1 });
  });

  it('links archived copies relatively, by hash and a tidied name', () => {
    const archive = report.claims[0]?.sources[0]?.archive;
    expect(archive?.href).toMatch(/^archive\/[0-9a-f]{64}-Record_\d+_final_\.pdf$/);
    expect(report.claims[0]?.sources[1]?.archive).toBeNull();
  });

  it('includes methodology and corrections as written', () => {
    expect(report.methodology).toBe(input.article.methodology);
    expect(report.corrections).toBe(input.article.corrections);
  });
});
