import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

// A window that still shows an older text must not mark or attach claims by its offsets: in the
// current text they may select other words.

const text = 'Harbour review\n\nThe campaign has killed at least 110 people, the monitor said.';
let wb: TempWorkbench;
let article: Article;
const span = (current: string, quote: string) => {
  const start = current.indexOf(quote);
  return { start, end: start + quote.length };
};

beforeEach(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({ text });
});
afterEach(() => wb.dispose());

/** Another window adds words at the start: every offset after them moves. */
async function editedElsewhere(): Promise<Article> {
  const claims = await wb.handlers['claims.list']({ articleId: article.id });
  const saved = await wb.handlers['articles.saveText']({
    id: article.id,
    baseSha256: article.sha256,
    text: `UPDATE: ${text}`,
    spans: claims.map(({ id, start, end, anchorState }) => ({
      id,
      start: start + 'UPDATE: '.length,
      end: end + 'UPDATE: '.length,
      anchorState,
    })),
  });
  return saved.article;
}

describe('offsets from a window showing an older text', () => {
  it('mark no claim, with a conflict that says why', async () => {
    await editedElsewhere();
    await expect(
      wb.handlers['claims.create']({
        articleId: article.id,
        ...span(text, 'at least 110 people'),
        textSha256: article.sha256,
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Nothing was marked'),
    });
    expect(await wb.handlers['claims.list']({ articleId: article.id })).toEqual([]);
  });

  it('are taken when they come from the current text', async () => {
    const current = await editedElsewhere();
    const claim = await wb.handlers['claims.create']({
      articleId: article.id,
      ...span(current.text, 'at least 110 people'),
      textSha256: current.sha256,
    });
    expect(claim.exact).toBe('at least 110 people');
  });

  it('attach no claim to other words', async () => {
    const claim = await wb.handlers['claims.create']({
      articleId: article.id,
      ...span(text, 'at least 110 people'),
      textSha256: article.sha256,
    });
    const current = await editedElsewhere();
    await expect(
      wb.handlers['claims.reattach']({
        id: claim.id,
        ...span(text, 'at least 110 people'),
        textSha256: article.sha256,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const stored = await wb.handlers['claims.get']({ id: claim.id });
    expect(current.text.slice(stored.start, stored.end)).toBe('at least 110 people');
  });
});

describe('a text save sent again', () => {
  it('is taken as saved when its first answer was lost, and a different text is still refused', async () => {
    const input = {
      id: article.id,
      baseSha256: article.sha256,
      text: `${text} More.`,
      spans: [],
    };
    const first = await wb.handlers['articles.saveText'](input);
    const again = await wb.handlers['articles.saveText'](input);
    expect(again.article).toMatchObject({
      sha256: first.article.sha256,
      version: first.article.version,
    });
    await expect(
      wb.handlers['articles.saveText']({ ...input, text: `${text} Other.` }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});
