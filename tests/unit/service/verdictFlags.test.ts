import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimAttention } from '../../../src-main/core/claimAttention';
import type { Article } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

const paragraphs = [
  'Harbour review',
  'The port authority said dredging would cost 12 million euros over two years.',
  'Opposition members said the true cost was closer to 40 million euros.',
  'The council will vote on the plan in the spring, officials said after the meeting.',
];
const original = paragraphs.join('\n\n');

let wb: TempWorkbench;
let article: Article;
const mark = async (quote: string) => {
  const start = article.text.indexOf(quote);
  return wb.handlers['claims.create']({ articleId: article.id, start, end: start + quote.length });
};
const get = (id: number) => wb.handlers['claims.get']({ id });

beforeEach(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({ text: original });
});
afterEach(() => wb.dispose());

describe('verdicts on claims that moved or changed', () => {
  it('keeps a moved claim’s verdict, flagged as given in another place until confirmed', async () => {
    const claim = await mark('dredging would cost 12 million euros');
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: 'Ok.' });
    const [title, port, opposition, council] = paragraphs;
    const moved = [title, opposition, council, port].join('\n\n');
    const { counts } = await wb.handlers['articles.loadVersion']({ id: article.id, text: moved });
    expect(counts).toMatchObject({ moved: 1, orphaned: 0 });
    const after = await get(claim.id);
    expect(after).toMatchObject({
      anchorState: 'moved',
      movedSinceVerdict: true,
      textChangedSinceVerdict: false,
      verdict: { ratingKey: 'true', conclusion: 'Ok.', articleVersion: 1 },
    });
    expect(moved.slice(after.start, after.end)).toBe('dredging would cost 12 million euros');
    const [outline] = await wb.handlers['claims.outline']({ articleId: article.id });
    expect(outline).toMatchObject({ movedSinceVerdict: true, textChangedSinceVerdict: false });
    // Its paragraph now sits between others, so where it belongs is asked before the verdict.
    expect(outline).toMatchObject({ anchorReview: 'context' });
    expect(outline && claimAttention(outline)).toBe('Place to check');
    expect(outline && claimAttention({ ...outline, anchorReview: null })).toBe(
      'Verdict to confirm',
    );
    const report = await wb.handlers['reports.check']({ articleId: article.id });
    expect(report.map((finding) => finding.message)).toContainEqual(
      expect.stringMatching(/Claim 1 .*given where these words stood in an earlier version/),
    );

    const confirmed = await wb.handlers['verdicts.confirm']({ claimId: claim.id });
    expect(confirmed).toMatchObject({
      movedSinceVerdict: false,
      textChangedSinceVerdict: false,
      verdict: { ratingKey: 'true', articleVersion: 2 },
    });
    const history = await wb.handlers['claims.history']({ id: claim.id });
    expect(history.at(-1)).toMatchObject({
      action: 'verdict.confirm',
      before: { articleVersion: 1, movedSinceVerdict: true },
      after: { articleVersion: 2, movedSinceVerdict: false },
    });
    const afterConfirm = await wb.handlers['reports.check']({ articleId: article.id });
    expect(afterConfirm.map((finding) => finding.code)).not.toContain('verdict-on-other-text');
  });

  it('flags a changed claim’s verdict as given on other text, and confirms it', async () => {
    const claim = await mark('closer to 40 million euros');
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'false', conclusion: '' });
    const corrected = original.replace('closer to 40 million', 'closer to 45 million');
    await wb.handlers['articles.loadVersion']({ id: article.id, text: corrected });
    expect(await get(claim.id)).toMatchObject({
      anchorState: 'changed',
      textChangedSinceVerdict: true,
      status: 'needs_review',
    });
    expect(await wb.handlers['verdicts.confirm']({ claimId: claim.id })).toMatchObject({
      textChangedSinceVerdict: false,
      verdict: { articleVersion: 2 },
    });
  });

  it('does not flag a verdict when only line ends, accents’ encoding or quotation marks changed', async () => {
    const claim = await mark('Opposition members said the true cost');
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: '' });
    const respelled = original.replace('Opposition members said', 'Opposition members\tsaid');
    await wb.handlers['articles.loadVersion']({ id: article.id, text: respelled });
    expect(await get(claim.id)).toMatchObject({
      anchorState: 'attached',
      textChangedSinceVerdict: false,
      movedSinceVerdict: false,
    });
  });

  it('does not flag a verdict when only other parts of the article were edited', async () => {
    const claim = await mark('Opposition members said the true cost');
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: '' });
    const [title, port, opposition, council] = paragraphs;
    const edited = [
      title,
      'Updated on Friday with the council’s reply.',
      port?.replace('two years', 'three years'),
      opposition,
      council?.replace('spring', 'autumn'),
    ].join('\n\n');
    await wb.handlers['articles.loadVersion']({ id: article.id, text: edited });
    const after = await get(claim.id);
    expect(after).toMatchObject({
      anchorState: 'attached',
      textChangedSinceVerdict: false,
      movedSinceVerdict: false,
    });
    expect(edited.slice(after.start, after.end)).toBe('Opposition members said the true cost');
    const [outline] = await wb.handlers['claims.outline']({ articleId: article.id });
    expect(outline && claimAttention(outline)).toBeNull();
  });

  it('keeps a verdict on words a new version carried over unchanged publishable everywhere', async () => {
    const claim = await mark('Opposition members said the true cost');
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: 'Ok.' });
    const source = await wb.handlers['sources.create']({
      fields: { url: 'https://council.example/minutes', title: 'Minutes' },
    });
    await wb.handlers['sources.attach']({ claimId: claim.id, sourceId: source.id });
    const [title, port, opposition, council] = paragraphs;
    const corrected = [title, port?.replace('12 million', '14 million'), opposition, council];
    await wb.handlers['articles.loadVersion']({ id: article.id, text: corrected.join('\n\n') });
    const after = await get(claim.id);
    // The verdict names version 1; the claim's words and place are those it judged.
    expect(after).toMatchObject({
      anchorState: 'attached',
      textChangedSinceVerdict: false,
      movedSinceVerdict: false,
      verdict: { articleVersion: 1 },
    });
    const [outline] = await wb.handlers['claims.outline']({ articleId: article.id });
    expect(outline && claimAttention(outline)).toBeNull();
    const findings = await wb.handlers['reports.check']({ articleId: article.id });
    expect(findings.map((finding) => finding.code)).not.toContain('verdict-on-other-text');
    const file = await wb.handlers['reports.export']({
      articleId: article.id,
      format: 'claimreview',
    });
    expect(file.leftOut).toEqual([]);
    expect(JSON.parse(file.content)).toHaveLength(1);
    const markdown = await wb.handlers['reports.export']({ articleId: article.id, format: 'md' });
    expect(markdown.content).toContain(
      'judged text version 1; the claim’s words are unchanged in version 2',
    );
    expect(markdown.content).not.toMatch(/changed since|moved since/);
  });

  it('holds back a verdict whose claim’s words changed, in the check, ClaimReview and the report, until it is confirmed', async () => {
    const claim = await mark('closer to 40 million euros');
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'false', conclusion: '' });
    const source = await wb.handlers['sources.create']({
      fields: { url: 'https://council.example/audit', title: 'Audit' },
    });
    await wb.handlers['sources.attach']({ claimId: claim.id, sourceId: source.id });
    const corrected = original.replace('closer to 40 million', 'closer to 45 million');
    await wb.handlers['articles.loadVersion']({ id: article.id, text: corrected });
    const edited = await get(claim.id);
    await wb.handlers['claims.reattach']({ id: claim.id, start: edited.start, end: edited.end });
    await wb.handlers['claims.update']({ id: claim.id, patch: { status: 'done' } });
    const codes = async () =>
      (await wb.handlers['reports.check']({ articleId: article.id })).map((f) => f.code);
    expect(await codes()).toContain('verdict-on-other-text');
    const held = await wb.handlers['reports.export']({
      articleId: article.id,
      format: 'claimreview',
    });
    expect(held.leftOut).toEqual([
      expect.objectContaining({ claimId: claim.id, reason: 'verdict-on-other-text' }),
    ]);
    const markdown = await wb.handlers['reports.export']({ articleId: article.id, format: 'md' });
    expect(markdown.content).toContain(
      '**judged the claim’s words in text version 1; they have changed since**',
    );

    await wb.handlers['verdicts.confirm']({ claimId: claim.id });
    expect(await codes()).not.toContain('verdict-on-other-text');
    const published = await wb.handlers['reports.export']({
      articleId: article.id,
      format: 'claimreview',
    });
    expect(published.leftOut).toEqual([]);
  });

  it('flags a verdict as given in another place when the checker attaches its claim elsewhere', async () => {
    const claim = await mark('dredging would cost 12 million euros');
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: '' });
    const renamed = original.replace('The port authority said', 'The mayor said');
    await wb.handlers['articles.loadVersion']({ id: article.id, text: renamed });
    const after = await get(claim.id);
    expect(after).toMatchObject({ anchorReview: 'context', movedSinceVerdict: false });
    const kept = await wb.handlers['claims.reattach']({
      id: claim.id,
      start: after.start,
      end: after.end,
    });
    // Whose words they are now was a question: the verdict given before waits to be confirmed.
    expect(kept).toMatchObject({ anchorReview: null, movedSinceVerdict: true });
    const [outline] = await wb.handlers['claims.outline']({ articleId: article.id });
    expect(outline && claimAttention(outline)).toBe('Verdict to confirm');
  });

  it('refuses to confirm a verdict on a claim whose words are not in the text, or that has none', async () => {
    const claim = await mark('The council will vote on the plan');
    await expect(wb.handlers['verdicts.confirm']({ claimId: claim.id })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: '' });
    const without = paragraphs.slice(0, 3).join('\n\n');
    await wb.handlers['articles.loadVersion']({ id: article.id, text: without });
    await expect(wb.handlers['verdicts.confirm']({ claimId: claim.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/Claim 1’s words are not in the current text/),
    });
  });

  it('asks the checker when the words before a kept claim now name someone else', async () => {
    const claim = await mark('dredging would cost 12 million euros');
    const renamed = original.replace('The port authority said', 'The mayor said');
    await wb.handlers['articles.loadVersion']({ id: article.id, text: renamed });
    const after = await get(claim.id);
    expect(after).toMatchObject({
      anchorState: 'attached',
      anchorReview: 'context',
      status: 'needs_review',
    });
    const kept = await wb.handlers['claims.reattach']({
      id: claim.id,
      start: after.start,
      end: after.end,
    });
    expect(kept).toMatchObject({ anchorState: 'attached', anchorReview: null });
  });
});
