import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { utf16ToCodePointOffset } from '../../../src-main/core/text/codePoints';
import { clusterCases } from '../../fixtures/graphemes/clusterCases';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

// A claim never starts or ends inside a character as the reader sees it: a span from the
// checker is refused saying which character it cuts, and one from a file is widened and sent
// to review, saying so.

const PAGE = 'https://news.example.org/zoe';

let wb: TempWorkbench;
beforeEach(() => {
  wb = openTempWorkbench();
});
afterEach(() => wb.dispose());

const articleWith = (text: string) => wb.handlers['articles.create']({ text, meta: { url: PAGE } });

describe('claims.create and claims.reattach refuse spans that cut a character', () => {
  it('refuses “Zoe” and a lone U+0308 on NFD “Zoë”, naming the character and what to do', async () => {
    const article = await articleWith('Zoe\u0308 Baker won.');
    const create = (start: number, end: number) =>
      wb.handlers['claims.create']({ articleId: article.id, start, end });
    const refusal = await create(0, 3).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'invalid_input', issues: [{ path: 'end' }] });
    expect((refusal as Error).message).toContain('“e\u0308”');
    expect((refusal as Error).message).toContain(
      'would read “Zoe” where the text reads “Zoe\u0308”',
    );
    expect((refusal as Error).message).toContain('Select the whole character');
    await expect(create(3, 4)).rejects.toMatchObject({ issues: [{ path: 'start' }] });
    expect(await wb.handlers['claims.list']({ articleId: article.id })).toEqual([]);
    expect((await create(0, 4)).exact).toBe('Zoe\u0308');
  });

  for (const { name, text, character, at } of clusterCases) {
    it(`refuses a cut ${name} at either end of a span, and takes it whole`, async () => {
      const article = await articleWith(text);
      const start = text.indexOf(character);
      const end = start + character.length;
      const create = (from: number, to: number) =>
        wb.handlers['claims.create']({ articleId: article.id, start: from, end: to });
      await expect(create(0, at)).rejects.toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'end', message: expect.stringContaining(`“${character}”`) as string }],
      });
      await expect(create(at, text.length)).rejects.toMatchObject({
        issues: [{ path: 'start', message: expect.stringContaining(`“${character}”`) as string }],
      });
      await expect(create(start, at)).rejects.toMatchObject({ issues: [{ path: 'end' }] });
      await expect(create(at, end)).rejects.toMatchObject({ issues: [{ path: 'start' }] });
      expect(await wb.handlers['claims.list']({ articleId: article.id })).toEqual([]);

      // Reattaching (review's "Use selected text" and "Attach here") is held to the same rule.
      const whole = await create(0, end);
      expect(whole.exact).toBe(text.slice(0, end));
      await expect(
        wb.handlers['claims.reattach']({ id: whole.id, start: 0, end: at }),
      ).rejects.toMatchObject({ issues: [{ path: 'end' }] });
      await expect(
        wb.handlers['claims.reattach']({ id: whole.id, start: at, end: text.length }),
      ).rejects.toMatchObject({ issues: [{ path: 'start' }] });
      expect(await wb.handlers['claims.get']({ id: whole.id })).toMatchObject({
        start: 0,
        end,
        exact: text.slice(0, end),
      });
    });
  }
});

describe('annotation import never puts a claim on part of a character', () => {
  const annotation = (id: string, text: string, start: number, end: number, quote: boolean) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    target: {
      source: PAGE,
      selector: [
        ...(quote
          ? [
              {
                type: 'TextQuoteSelector',
                exact: text.slice(start, end),
                prefix: text.slice(Math.max(0, start - 32), start),
                suffix: text.slice(end, end + 32),
              },
            ]
          : []),
        {
          type: 'TextPositionSelector',
          start: utf16ToCodePointOffset(text, start),
          end: utf16ToCodePointOffset(text, end),
        },
      ],
    },
  });

  it('widens a quote that cuts a character to the whole character, for review', async () => {
    const annotations = clusterCases.flatMap(({ text, character, at }, index) => {
      const start = text.indexOf(character);
      return [
        annotation(`cut-end-${index}`, text, 0, at, true),
        annotation(`cut-start-${index}`, text, at, start + character.length, true),
      ];
    });
    for (const [index, { text, character }] of clusterCases.entries()) {
      const article = await articleWith(text);
      const ours = annotations.slice(index * 2, index * 2 + 2);
      const summary = await wb.handlers['annotations.import']({
        articleId: article.id,
        json: JSON.stringify({ type: 'AnnotationCollection', items: ours }),
      });
      const start = text.indexOf(character);
      const claims = await wb.handlers['claims.list']({ articleId: article.id });
      expect(claims.map((c) => [c.start, c.end, c.anchorState, c.status])).toEqual([
        [0, start + character.length, 'changed', 'needs_review'],
        [start, start + character.length, 'changed', 'needs_review'],
      ]);
      expect(summary.remarks.map((r) => r.kind)).toEqual(['cuts-character', 'cuts-character']);
      expect(summary.remarks[0]?.reason).toContain(`“${character}”`);
      expect(summary.remarks[0]?.reason).toContain('The claim takes the whole character');
    }
  });

  it('keeps whole characters as the place to check for a position without a quote', async () => {
    const text = 'Zoe\u0308 Baker won.';
    const article = await articleWith(text);
    const summary = await wb.handlers['annotations.import']({
      articleId: article.id,
      json: JSON.stringify({ items: [annotation('p1', text, 3, 4, false)] }),
    });
    expect(summary.remarks.map((r) => r.kind)).toEqual(['position-only']);
    const [claim] = await wb.handlers['claims.list']({ articleId: article.id });
    expect(claim).toMatchObject({ anchorState: 'orphaned', exact: 'e\u0308' });
  });
});

describe('review offers places of whole characters only', () => {
  it('widens a candidate place that would cut a character, so “Attach here” is accepted', async () => {
    const before = 'Minister Zoe said 40% of jobs went. Later the mayor spoke.';
    const article = await articleWith(before);
    const start = before.indexOf('Minister Zoe');
    const claim = await wb.handlers['claims.create']({
      articleId: article.id,
      start,
      end: start + 'Minister Zoe'.length,
    });
    // The new version spells the name with a combining diaeresis after the e.
    const after = 'Minister Zoe\u0308 said 40% of jobs went. Later the mayor spoke.';
    await wb.handlers['articles.loadVersion']({ id: article.id, text: after });
    const candidates = await wb.handlers['claims.candidates']({ id: claim.id });
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      expect(after.slice(candidate.start, candidate.end)).toBe(candidate.exact);
      expect(candidate.exact).not.toMatch(/e$/u);
      const attached = await wb.handlers['claims.reattach']({
        id: claim.id,
        start: candidate.start,
        end: candidate.end,
      });
      expect(attached.exact).toBe(candidate.exact);
    }
  });
});

describe('re-anchoring never leaves a claim on part of a character', () => {
  it('widens a claim whose last letter gained an accent, and sends it to review', async () => {
    const before = 'Families 👨 paid more. Minister Zoe said 40% of jobs went.';
    const article = await articleWith(before);
    const mark = async (quote: string) => {
      const start = before.indexOf(quote);
      return wb.handlers['claims.create']({
        articleId: article.id,
        start,
        end: start + quote.length,
      });
    };
    const zoe = await mark('Minister Zoe');
    const family = await mark('Families 👨');
    // The accent comes as a combining mark; the emoji becomes part of a ZWJ sequence.
    const after =
      'Families 👨\u200D👩\u200D👧 paid more. Minister Zoe\u0308 said 40% of jobs went.';
    const { counts } = await wb.handlers['articles.loadVersion']({ id: article.id, text: after });
    expect(counts.changed).toBe(2);
    expect(await wb.handlers['claims.get']({ id: zoe.id })).toMatchObject({
      exact: 'Minister Zoe\u0308',
      anchorState: 'changed',
      status: 'needs_review',
    });
    expect(await wb.handlers['claims.get']({ id: family.id })).toMatchObject({
      exact: 'Families 👨\u200D👩\u200D👧',
      anchorState: 'changed',
      status: 'needs_review',
    });
  });
});
