import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/core/model';
import { MAX_ANNOTATIONS } from '../../../src-main/core/report/parseW3cAnnotations';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

const PAGE = 'https://news.example.org/budget';
const text = [
  'Council budget',
  '',
  'The mayor said the library budget doubled in 2022. Residents said branches closed anyway.',
  '',
  'A spokesperson repeated that the library budget doubled in 2022, and added nothing.',
  '',
  'Budget figures are published every spring.',
].join('\n');

interface Quote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A Hypothesis export row with a quote and, optionally, a code point position. */
function row(quote: Quote, extra: Record<string, unknown> = {}) {
  const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', ...quote }];
  const { position, ...rest } = extra as { position?: { start: number; end: number } };
  if (position) selector.unshift({ type: 'TextPositionSelector', ...position });
  return {
    id: `a${Math.random().toString(36).slice(2)}`,
    uri: PAGE,
    user: 'acct:checker@hypothes.is',
    text: 'A note',
    created: '2024-03-01T10:00:00+00:00',
    target: [{ source: PAGE, selector }],
    ...rest,
  };
}

const exportOf = (...annotations: unknown[]) => JSON.stringify({ annotations });

let wb: TempWorkbench;
let article: Article;
const importJson = (json: string, allowOtherSources?: boolean) =>
  wb.handlers['annotations.import']({ articleId: article.id, json, allowOtherSources });
const claims = () => wb.handlers['claims.list']({ articleId: article.id });

beforeEach(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({ text, meta: { url: PAGE } });
});
afterEach(() => wb.dispose());

describe('annotation import: evidence, not the first copy', () => {
  const second = text.indexOf('the library budget doubled', text.indexOf('spokesperson'));

  it('places a quote at the copy whose context agrees, not at the first copy', async () => {
    const { counts } = await importJson(
      exportOf(
        row({
          exact: 'the library budget doubled in 2022',
          prefix: 'A spokesperson repeated that ',
          suffix: ', and added nothing.',
        }),
      ),
    );
    expect(counts).toEqual({ kept: 1, moved: 0, changed: 0, orphaned: 0 });
    expect((await claims())[0]).toMatchObject({ start: second, anchorState: 'attached' });
  });

  it('gives a quote whose copies fit equally well to neither, and offers both for review', async () => {
    const { counts, claimIds } = await importJson(
      exportOf(row({ exact: 'the library budget doubled in 2022' })),
    );
    expect(counts).toEqual({ kept: 0, moved: 0, changed: 0, orphaned: 1 });
    const [claim] = await claims();
    expect(claim).toMatchObject({
      anchorState: 'orphaned',
      anchorReview: 'ambiguous',
      status: 'needs_review',
    });
    const candidates = await wb.handlers['claims.candidates']({ id: claimIds[0] ?? 0 });
    expect(candidates.map((candidate) => candidate.start).sort((a, b) => a - b)).toEqual([
      text.indexOf('the library budget doubled'),
      second,
    ]);
    expect(candidates[0]?.score).toBe(candidates[1]?.score);
  });

  it('takes the copy its position names when its context does not contradict it', async () => {
    const { counts } = await importJson(
      exportOf(
        row(
          { exact: 'the library budget doubled in 2022' },
          { position: { start: second, end: second + 34 } },
        ),
      ),
    );
    expect(counts.kept).toBe(1);
    expect((await claims())[0]?.start).toBe(second);
  });

  it('marks a quote found with new neighbours as moved, in review, with its verdict flagged', async () => {
    const exported = {
      type: 'AnnotationCollection',
      items: [
        {
          type: 'Annotation',
          body: [
            { type: 'TextualBody', purpose: 'assessing', value: 'True\n\nMatches the budget.' },
            { type: 'TextualBody', purpose: 'classifying', value: 'True' },
          ],
          target: {
            source: PAGE,
            selector: {
              type: 'TextQuoteSelector',
              exact: 'The mayor said the library budget doubled in 2022.',
              prefix: 'A heading that was cut\n\n',
              suffix: ' Residents said branches closed anyway.',
            },
          },
        },
      ],
    };
    const { counts } = await importJson(JSON.stringify(exported));
    expect(counts).toEqual({ kept: 0, moved: 1, changed: 0, orphaned: 0 });
    expect((await claims())[0]).toMatchObject({
      anchorState: 'moved',
      anchorReview: 'context',
      status: 'needs_review',
      movedSinceVerdict: true,
      textChangedSinceVerdict: false,
      verdict: { ratingKey: 'true' },
    });
  });
});

describe('annotation import: what real files hold', () => {
  it('skips replies to annotations that are not in the file, and reads W3C replies as notes', async () => {
    const root = row({ exact: 'Residents said branches closed anyway.' }, { id: 'root' });
    const w3cReply = {
      id: 'https://notes.example/reply/1',
      motivation: 'replying',
      creator: { name: 'Desk editor' },
      created: '2024-03-02T09:00:00Z',
      body: { type: 'TextualBody', value: 'Branch list attached.' },
      target: 'root',
    };
    const orphanReply = row({ exact: 'x' }, { references: ['elsewhere'], text: 'Lost reply' });
    const { counts, skipped, remarks } = await importJson(exportOf(root, w3cReply, orphanReply));
    expect(counts.kept).toBe(1);
    expect(skipped).toEqual([
      {
        index: 2,
        annotation: orphanReply.id,
        kind: 'reply-not-in-file',
        reason: 'a reply to annotation elsewhere, which is not in this file',
      },
    ]);
    expect(remarks).toEqual([
      {
        index: 1,
        annotation: 'https://notes.example/reply/1',
        kind: 'reply-added',
        reason:
          'a reply in the thread of annotation root: added to the notes of the claim made from it',
      },
    ]);
    expect((await claims())[0]?.notes).toBe(
      '_Annotated by acct:checker@hypothes.is on 2024-03-01._\n\nA note\n\n**Reply from Desk editor, 2024-03-02:** Branch list attached.',
    );
  });

  it('skips malformed annotations with what is wrong, and imports the rest', async () => {
    const broken = { target: { selector: { type: 'TextPositionSelector', start: 9, end: 2 } } };
    const { counts, skipped } = await importJson(
      exportOf(broken, row({ exact: 'Budget figures are published every spring.' })),
    );
    expect(counts.kept).toBe(1);
    expect(skipped).toEqual([
      { index: 0, kind: 'invalid', reason: expect.stringMatching(/end must not be before start/) },
    ]);
  });

  it('takes annotations of the article’s own page under another spelling of its URL', async () => {
    const spelled = row(
      { exact: 'Budget figures are published every spring.' },
      { uri: 'http://www.news.example.org/budget/?utm_source=feed#top' },
    );
    spelled.target = [{ ...(spelled.target[0] as object), source: spelled.uri }] as never;
    const { counts, skipped, warnings } = await importJson(exportOf(spelled));
    expect(counts.kept).toBe(1);
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('skips another page’s annotations unless asked, then imports them with a warning', async () => {
    const other = row(
      { exact: 'Budget figures are published every spring.' },
      { uri: 'https://other.example/copy', target: [{ source: 'https://other.example/copy' }] },
    );
    (other.target as unknown as Record<string, unknown>[])[0] = {
      source: 'https://other.example/copy',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Budget figures are published every spring.' },
      ],
    };
    const refused = await importJson(exportOf(other));
    expect(refused.counts).toEqual({ kept: 0, moved: 0, changed: 0, orphaned: 0 });
    expect(refused.skipped[0]?.reason).toContain('another document (https://other.example/copy)');
    expect(refused.warnings[0]).toMatch(/^Left out annotations made on other documents/);
    expect(await claims()).toEqual([]);
    const allowed = await importJson(exportOf(other), true);
    expect(allowed.counts.kept).toBe(1);
    expect(allowed.warnings[0]).toMatch(/as asked/);
  });

  it('takes every annotation into an article without a URL, saying it could not check', async () => {
    const bare = await wb.handlers['articles.create']({ text });
    const result = await wb.handlers['annotations.import']({
      articleId: bare.id,
      json: exportOf(row({ exact: 'Budget figures are published every spring.' })),
    });
    expect(result.counts.kept).toBe(1);
    expect(result.warnings[0]).toMatch(/has no URL.*news\.example\.org\/budget/);
  });

  it('imports Hypothesis tags as claim tags', async () => {
    await importJson(
      exportOf(
        row({ exact: 'Budget figures are published every spring.' }, { tags: ['budget', ' '] }),
      ),
    );
    expect((await claims())[0]?.tags).toEqual(['budget']);
  });
});

describe('annotation import: limits', () => {
  const refusedWith = async (json: string, path: string) => {
    await expect(importJson(json)).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path })],
    });
    expect(await claims()).toEqual([]);
    expect(await wb.handlers['sources.search']({ query: '' })).toEqual([]);
  };
  const ok = { exact: 'Budget figures are published every spring.' };

  it('refuses values longer than the app lets a checker type, naming the field, writing nothing', async () => {
    const good = row(ok, { body: 'https://source.example/a' });
    await refusedWith(
      exportOf(good, row(ok, { user_info: { display_name: 'x'.repeat(501) } })),
      'annotations.1.creator',
    );
    await refusedWith(exportOf(good, row(ok, { text: 'x'.repeat(200_001) })), 'annotations.1.text');
    await refusedWith(exportOf(row(ok, { tags: ['t'.repeat(61)] })), 'annotations.0.tags');
    const longSource = {
      type: 'Annotation',
      body: [{ type: 'SpecificResource', source: `https://s.example/${'p'.repeat(2000)}` }],
      target: { source: PAGE, selector: { type: 'TextQuoteSelector', ...ok } },
    };
    await refusedWith(exportOf(good, longSource), 'annotations.1.sources.0.url');
  });

  it('accepts values at the limits', async () => {
    const { counts } = await importJson(
      exportOf(
        row(ok, { user_info: { display_name: 'x'.repeat(500) }, text: 'y'.repeat(200_000) }),
      ),
    );
    expect(counts.kept).toBe(1);
    const [claim] = await claims();
    // The annotator is no claimant; notes at their limit keep the annotation's own words.
    expect(claim?.claimant).toBe('');
    expect(claim?.notes).toBe('y'.repeat(200_000));
    expect(claim?.verdict).toBeNull();
  });

  it(`refuses a file of more than ${MAX_ANNOTATIONS} annotations, saying so`, async () => {
    const annotation = { target: { selector: { type: 'TextQuoteSelector', exact: 'x' } } };
    const json = JSON.stringify(Array.from({ length: MAX_ANNOTATIONS + 1 }, () => annotation));
    await expect(importJson(json)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/50,001 annotations; Factdesk imports at most 50,000/),
    });
    expect(await claims()).toEqual([]);
  });
});
