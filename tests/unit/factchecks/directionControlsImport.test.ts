import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { fixturesDir, openTempWorkbench } from '../../helpers/tempWorkbench';

// Hidden text-direction controls in a one-line field can show its words in another order than
// they are stored (Trojan Source); every import takes them out and says how many fields it
// changed.

const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

let wb: TempWorkbench;
beforeEach(() => {
  wb = openTempWorkbench();
});
afterEach(() => wb.dispose());

describe('factchecks.import takes text-direction controls out of every field', () => {
  it('stores and finds the review without them, and says how many fields changed', async () => {
    const result = await wb.handlers['factchecks.import']({
      fileName: 'feed.json',
      dataBase64: readFileSync(
        join(fixturesDir, 'factchecks', 'datafeed-direction-controls.json'),
      ).toString('base64'),
    });
    expect(result).toMatchObject({ imported: 2, updated: 0, skipped: [] });
    expect(result.warnings).toEqual([
      '6 fields of the fact checks held hidden text-direction controls (such as U+202E), which can make text show in another order than it is written; Factdesk removed them, so what you see is the order the text is stored in.',
    ]);
    const { results } = await wb.handlers['search.query']({
      query: 'ferry fares',
      kinds: ['factcheck'],
    });
    expect(results.length).toBeGreaterThan(0);
    for (const found of results) expect(JSON.stringify(found)).not.toMatch(CONTROLS);
    const check = await wb.handlers['factchecks.get']({ id: results[0]?.id ?? 0 });
    expect(check).toMatchObject({
      claimText: 'Ferry fares rose %04 yb this year',
      claimant: 'Harbour Board',
      reviewer: 'Checks Example',
      textualRating: 'eslaF',
      title: 'Fares did not rise 1-2%',
    });
    // An address keeps naming the same page: the control is percent-encoded, not dropped.
    const subsidy = await wb.handlers['search.query']({ query: 'subsidy', kinds: ['factcheck'] });
    const other = await wb.handlers['factchecks.get']({ id: subsidy.results[0]?.id ?? 0 });
    expect(other.reviewUrl).toBe('https://checks.example.org/2025/11/%D8%9Cferry-subsidy');
  });

  it('says nothing when a feed has no such controls', async () => {
    const result = await wb.handlers['factchecks.import']({
      fileName: 'feed.json',
      dataBase64: readFileSync(join(fixturesDir, 'factchecks', 'datafeed.json')).toString('base64'),
    });
    expect(result.warnings).toEqual([]);
  });
});

describe('other imports take them out of one-line fields too', () => {
  it('article details from an imported file', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Mayor \u202Edias\u202C 40% cut</title><meta name="author" content="A. \u2067Writer\u2069"></head><body><article><p>The mayor said the budget was cut by 40% this year, and that the ferry would keep running.</p></article></body></html>`;
    const { article, warnings } = await wb.handlers['articles.import']({
      fileName: 'page.html',
      dataBase64: base64(html),
    });
    expect(article.title).toBe('Mayor dias 40% cut');
    expect(article.author).toBe('A. Writer');
    expect(warnings).toContain(
      '2 fields of the article’s details held hidden text-direction controls (such as U+202E), which can make text show in another order than it is written; Factdesk removed them, so what you see is the order the text is stored in.',
    );
  });

  it('the annotator, tags, rating and source titles of imported annotations', async () => {
    const text = 'The mayor said the budget was cut by 40% this year.';
    const article = await wb.handlers['articles.create']({ text });
    const summary = await wb.handlers['annotations.import']({
      articleId: article.id,
      json: JSON.stringify({
        items: [
          {
            type: 'Annotation',
            id: 'urn:a1',
            creator: { name: 'Bob \u202EkseD\u202C' },
            body: [
              { type: 'TextualBody', purpose: 'tagging', value: 'bud\u200Fget' },
              { type: 'TextualBody', purpose: 'classifying', value: '\u2066False\u2069' },
              {
                type: 'SpecificResource',
                purpose: 'linking',
                source: 'https://example.org/p',
                title: 'Budget \u202Dpapers\u202C',
              },
            ],
            target: { selector: { type: 'TextQuoteSelector', exact: 'cut by 40%' } },
          },
        ],
      }),
    });
    expect(summary.warnings).toContain(
      '4 fields of the annotations held hidden text-direction controls (such as U+202E), which can make text show in another order than it is written; Factdesk removed them, so what you see is the order the text is stored in.',
    );
    const [claim] = await wb.handlers['claims.list']({ articleId: article.id });
    expect(claim?.tags).toEqual(['budget']);
    expect(claim?.verdict?.ratingKey).toBe('false');
    expect(JSON.stringify(await wb.handlers['claims.get']({ id: claim?.id ?? 0 }))).not.toMatch(
      CONTROLS,
    );
  });
});
