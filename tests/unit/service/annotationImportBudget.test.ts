import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/core/model';
import { MAX_EXACT_OCCURRENCES } from '../../../src-main/core/anchoring';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

// A quote that occurs thousands of times cannot be placed by the evidence an import weighs, and
// looking at every place for every such quote in a file would hold the app for minutes: such
// quotes go to review, and the import's other quotes are placed as before.

const PAGE = 'https://news.example.org/transcript';
let wb: TempWorkbench;
afterEach(() => wb.dispose());

async function articleOf(text: string): Promise<Article> {
  wb = openTempWorkbench();
  return wb.handlers['articles.create']({ text, meta: { url: PAGE } });
}

function annotation(id: string, exact: string, prefix = '', suffix = '', position?: number) {
  const selector: unknown[] = [{ type: 'TextQuoteSelector', exact, prefix, suffix }];
  if (position !== undefined) {
    selector.push({ type: 'TextPositionSelector', start: position, end: position + exact.length });
  }
  return { id, uri: PAGE, text: '', target: [{ source: PAGE, selector }] };
}

const importAll = (articleId: number, annotations: unknown[]) =>
  wb.handlers['annotations.import']({ articleId, json: JSON.stringify({ rows: annotations }) });

describe('annotation import of very common quotes', () => {
  it(`sends a quote found more than ${MAX_EXACT_OCCURRENCES} times to review, and still places rarer ones by their context`, async () => {
    const lines = Array.from(
      { length: MAX_EXACT_OCCURRENCES + 200 },
      (_, index) => `Q${index}: he said the ferry ran late.`,
    );
    const text = ['Transcript', '', ...lines, '', 'The mayor said ridership rose 4 percent.'].join(
      '\n',
    );
    const article = await articleOf(text);
    const summary = await importAll(article.id, [
      annotation('common', 'he said the ferry ran late', 'Q17: ', '.\nQ18'),
      annotation('rare', 'ridership rose 4 percent', 'The mayor said ', '.'),
    ]);
    expect(summary.counts).toMatchObject({ kept: 1, orphaned: 1 });
    expect(summary.warnings.join(' ')).not.toContain('stopped searching');
    expect(summary.remarks).toContainEqual(
      expect.objectContaining({ annotation: 'common', kind: 'ambiguous' }),
    );
    const claims = await wb.handlers['claims.list']({ articleId: article.id });
    const rare = claims.find((claim) => claim.exact === 'ridership rose 4 percent');
    expect(rare && text.slice(rare.start, rare.end)).toBe('ridership rose 4 percent');
    // Nothing is lost: the common quote is a claim to review, its words kept.
    expect(claims.find((claim) => claim.anchorState === 'orphaned')?.exact).toBe(
      'he said the ferry ran late',
    );
  });

  it('stops searching once a file has used the import’s budget, and still takes quotes where the file says they are', async () => {
    const run = 'a'.repeat(MAX_EXACT_OCCURRENCES + 100);
    const closing = 'The council approved the plan.';
    const text = `Letters\n\n${run}\n\n${closing}`;
    const article = await articleOf(text);
    // Each hostile quote is looked for at most MAX_EXACT_OCCURRENCES + 1 times; a thousand of
    // them use the whole budget.
    const hostile = Array.from({ length: 1000 }, (_, index) =>
      annotation(`run-${index}`, 'a'.repeat(100)),
    );
    const placedByPosition = annotation('placed', closing, '\n\n', '', text.indexOf(closing));
    const searched = annotation('searched', 'council approved', 'The ', ' the plan');
    const summary = await importAll(article.id, [...hostile, placedByPosition, searched]);
    expect(summary.counts.orphaned).toBe(1001);
    const claims = await wb.handlers['claims.list']({ articleId: article.id });
    expect(claims.find((claim) => claim.exact === closing)).toMatchObject({
      anchorState: 'attached',
      start: text.indexOf(closing),
    });
    expect(summary.remarks).toContainEqual(
      expect.objectContaining({ annotation: 'searched', kind: 'ambiguous' }),
    );
    expect(summary.warnings).toContainEqual(
      expect.stringContaining('1 quote that was not where the file said went to review unsearched'),
    );
  });
});
