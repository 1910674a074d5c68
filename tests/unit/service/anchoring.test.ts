import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapSpansThroughEdits } from '../../../src-main/core/anchoring/index';
import { claimOutline } from '../../../src-main/core/claimOutline';
import type { Article, Claim } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

const original = [
  'The governor said the navy saved thousands of lives.',
  '',
  'Critics said, without evidence, that the strikes were a distraction.',
  '',
  'The campaign has killed at least 110 people, the monitor said.',
].join('\n');

let wb: TempWorkbench;
let article: Article;
const mark = async (quote: string, occurrence = 0) => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = article.text.indexOf(quote, start + 1);
  return wb.handlers['claims.create']({ articleId: article.id, start, end: start + quote.length });
};

/** Edits the text as the editor would, mapping every claim through the edit with core's code. */
async function editInApp(offset: number, deleteLength: number, insertText: string) {
  const current = await wb.handlers['articles.get']({ id: article.id });
  const claims = await wb.handlers['claims.list']({ articleId: article.id });
  const text =
    current.text.slice(0, offset) + insertText + current.text.slice(offset + deleteLength);
  const mapped = mapSpansThroughEdits(claims, [{ offset, deleteLength, insertText }], text);
  return wb.handlers['articles.saveText']({
    id: article.id,
    baseSha256: current.sha256,
    text,
    spans: mapped.spans.map(({ id, start, end, anchorState }) => ({ id, start, end, anchorState })),
  });
}

beforeEach(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({ text: original });
});
afterEach(() => wb.dispose());

describe('editing in the app', () => {
  it('shifts claims after an edit, marks an edited claim changed and flags its verdict, orphans a deleted one', async () => {
    const lives = await mark('saved thousands of lives');
    const evidence = await mark('without evidence');
    const toll = await mark('at least 110 people');
    await wb.handlers['verdicts.set']({ claimId: evidence.id, ratingKey: 'false', conclusion: '' });

    let saved = await editInApp(4, 8, 'provincial governor');
    // It only moved with the text, to the span the editor sent, so it is not sent back.
    expect(saved.claims.map((c) => c.id)).not.toContain(toll.id);
    const shifted = await wb.handlers['claims.get']({ id: toll.id });
    expect(saved.article.text.slice(shifted.start, shifted.end)).toBe('at least 110 people');
    expect(shifted.anchorState).toBe('attached');

    const at = saved.article.text.indexOf('without evidence') + 'without '.length;
    saved = await editInApp(at, 'evidence'.length, 'proof');
    const edited = saved.claims.find((c) => c.id === evidence.id);
    expect(edited).toMatchObject({
      exact: 'without proof',
      anchorState: 'changed',
      textChangedSinceVerdict: true,
      status: 'needs_review',
    });

    const livesAt = saved.article.text.indexOf('the navy saved thousands of lives');
    saved = await editInApp(livesAt, 'the navy saved thousands of lives'.length, 'more');
    expect(saved.claims.find((c) => c.id === lives.id)).toMatchObject({
      anchorState: 'orphaned',
      exact: 'saved thousands of lives',
    });
    expect(saved.claims.find((c) => c.id === lives.id)?.start).toBe(
      saved.claims.find((c) => c.id === lives.id)?.end,
    );
  });

  it('keeps one version for a run of unjudged edits, and a new one once a verdict judged the text', async () => {
    const claim = await mark('at least 110 people');
    await editInApp(0, 0, 'Update: ');
    await editInApp(0, 0, 'Late ');
    expect(
      (await wb.handlers['articles.versions']({ id: article.id })).map((v) => v.version),
    ).toEqual([1, 2]);
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: '' });
    await editInApp(0, 0, 'Very ');
    const versions = await wb.handlers['articles.versions']({ id: article.id });
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
    const judged = await wb.handlers['articles.versionText']({ id: article.id, version: 2 });
    expect(judged.text.startsWith('Late Update: ')).toBe(true);
    expect((await wb.handlers['articles.versionText']({ id: article.id, version: 1 })).text).toBe(
      original,
    );
  });

  it('sends back only the claims an edit changed beyond their place, or placed elsewhere than sent', async () => {
    const lives = await mark('saved thousands of lives');
    const evidence = await mark('without evidence');
    const toll = await mark('at least 110 people');
    // The editor moved every claim after the edit. The one whose words changed comes back, and
    // the one before it, whose context (the words after it) changed; the last one only moved.
    const at = article.text.indexOf('without evidence') + 'without '.length;
    const saved = await editInApp(at, 'evidence'.length, 'proof');
    expect(saved.claims.map((c) => c.id)).toEqual([lives.id, evidence.id]);
    expect(saved.claims[1]).toMatchObject({ exact: 'without proof', anchorState: 'changed' });
    const listed = await wb.handlers['claims.list']({ articleId: article.id });
    const sent = new Map(listed.map((c) => [c.id, c]));
    for (const id of [lives.id, toll.id]) {
      const stored = sent.get(id);
      expect(saved.article.text.slice(stored?.start, stored?.end)).toBe(
        id === lives.id ? 'saved thousands of lives' : 'at least 110 people',
      );
    }
  });

  it('tells an editor that showed a claim elsewhere where the service put it', async () => {
    const lives = await mark('saved thousands of lives');
    const evidence = await mark('without evidence');
    const toll = await mark('at least 110 people');
    const at = article.text.indexOf('distraction');
    const text = `${article.text.slice(0, at)}big ${article.text.slice(at)}`;
    const listed = await wb.handlers['claims.list']({ articleId: article.id });
    // Every claim after the insertion moved by 4; this editor says the toll moved by 2.
    const spans = listed.map(({ id, start, end, anchorState }) => {
      const by = id === lives.id ? 0 : id === toll.id ? 2 : 4;
      return {
        id,
        start: start + (start > at ? by : 0),
        end: end + (start > at ? by : 0),
        anchorState,
      };
    });
    const saved = await wb.handlers['articles.saveText']({
      id: article.id,
      baseSha256: article.sha256,
      text,
      spans,
    });
    // The evidence claim's context (the words after it) changed; the toll was shown elsewhere.
    expect(saved.claims.map((c) => c.id)).toEqual([evidence.id, toll.id]);
    expect(text.slice(saved.claims[1]?.start, saved.claims[1]?.end)).toBe('at least 110 people');
  });

  it('outlines every claim as listing them in full would', async () => {
    await mark('saved thousands of lives');
    const evidence = await mark('without evidence');
    await mark('at least 110 people');
    await wb.handlers['verdicts.set']({
      claimId: evidence.id,
      ratingKey: 'false',
      conclusion: 'No.',
    });
    await wb.handlers['claims.update']({ id: evidence.id, patch: { assignee: 'A. Ramos' } });
    const full = await wb.handlers['claims.list']({ articleId: article.id });
    expect(await wb.handlers['claims.outline']({ articleId: article.id })).toEqual(
      full.map(claimOutline),
    );
  });

  it('lists claims that share a start in text order: the outer first, then by id', async () => {
    const inner = await mark('at least 110');
    const twin = await mark('at least 110');
    const outer = await mark('at least 110 people');
    const first = await mark('saved thousands of lives');
    await wb.handlers['verdicts.set']({ claimId: twin.id, ratingKey: 'true', conclusion: 'Yes.' });
    const order = [first.id, outer.id, inner.id, twin.id];
    const outlines = await wb.handlers['claims.outline']({ articleId: article.id });
    expect(outlines.map((c) => c.id)).toEqual(order);
    const full = await wb.handlers['claims.list']({ articleId: article.id });
    expect(full.map((c) => c.id)).toEqual(order);
    // The highlights' places are the outline's, field for field.
    expect(await wb.handlers['claims.places']({ articleId: article.id })).toEqual(
      outlines.map(({ id, start, end, anchorState, verdict }) => ({
        id,
        start,
        end,
        anchorState,
        verdict,
      })),
    );
  });

  it('leaves deleted claims out of the places, and refuses an article that is not there', async () => {
    const gone = await mark('without evidence');
    const kept = await mark('at least 110 people');
    await wb.handlers['claims.delete']({ id: gone.id });
    const places = await wb.handlers['claims.places']({ articleId: article.id });
    expect(places.map((place) => place.id)).toEqual([kept.id]);
    await expect(wb.handlers['claims.places']({ articleId: 9999 })).rejects.toMatchObject({
      code: 'not_found',
    });
    await wb.handlers['articles.delete']({ id: article.id });
    await expect(wb.handlers['claims.places']({ articleId: article.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(wb.handlers['claims.outline']({ articleId: article.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses a save from a stale editor, writing nothing', async () => {
    await mark('at least 110 people');
    await expect(
      wb.handlers['articles.saveText']({
        id: article.id,
        baseSha256: '0'.repeat(64),
        text: 'x',
        spans: [],
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await wb.handlers['articles.get']({ id: article.id })).text).toBe(original);
  });
});

describe('loading a new version', () => {
  it('re-anchors claims, orphaning a deleted claim rather than attaching it to the same words elsewhere', async () => {
    const text = 'Critics said, without evidence, that the strikes were a distraction.';
    article = await wb.handlers['articles.create']({
      text: `${text}\n\nLater a minister also spoke without evidence about the toll.\n\nThe campaign has killed at least 110 people.`,
    });
    const first = await mark('without evidence');
    await wb.handlers['verdicts.set']({ claimId: first.id, ratingKey: 'false', conclusion: '' });
    const toll = await mark('at least 110 people');
    const next =
      'Later a minister also spoke without evidence about the toll.\n\nThe campaign has killed at least 110 people.';
    const {
      claims,
      counts,
      article: updated,
    } = await wb.handlers['articles.loadVersion']({ id: article.id, text: next });
    expect(counts).toEqual({ kept: 1, moved: 0, changed: 0, orphaned: 1 });
    expect(claims.find((c) => c.id === first.id)).toMatchObject({
      anchorState: 'orphaned',
      textChangedSinceVerdict: true,
      status: 'needs_review',
    });
    const kept = claims.find((c) => c.id === toll.id);
    expect(updated.text.slice(kept?.start, kept?.end)).toBe('at least 110 people');
    expect(updated.version).toBe(2);
    expect(claims.find((c) => c.id === first.id)?.verdict?.articleVersion).toBe(1);
  });

  it('follows a moved paragraph and offers candidates for review', async () => {
    const toll = await mark('at least 110 people');
    const paragraphs = original.split('\n\n');
    const next = [paragraphs[2], paragraphs[0], paragraphs[1]].join('\n\n');
    const {
      claims,
      counts,
      article: updated,
    } = await wb.handlers['articles.loadVersion']({ id: article.id, text: next });
    const moved = claims.find((c) => c.id === toll.id);
    expect(updated.text.slice(moved?.start, moved?.end)).toBe('at least 110 people');
    expect(counts.orphaned).toBe(0);
    const candidates = await wb.handlers['claims.candidates']({ id: toll.id });
    expect(candidates[0]).toMatchObject({ start: moved?.start, exact: 'at least 110 people' });
  });

  it('lets the checker re-attach an orphaned claim by hand', async () => {
    const claim = await mark('without evidence');
    const next = original.replace('without evidence', 'with no proof');
    const loaded = await wb.handlers['articles.loadVersion']({ id: article.id, text: next });
    expect(loaded.claims.find((c) => c.id === claim.id)?.anchorState).not.toBe('attached');
    const start = loaded.article.text.indexOf('with no proof');
    const reattached = await wb.handlers['claims.reattach']({
      id: claim.id,
      start,
      end: start + 13,
    });
    expect(reattached).toMatchObject({
      anchorState: 'attached',
      exact: 'with no proof',
      anchoredVersion: 2,
    });
  });
});

describe('annotation import', () => {
  it('round-trips a W3C export into an identical set of claims', async () => {
    await wb.handlers['preferences.set']({ patch: { checkerName: 'A. Ramos' } });
    const evidence = await mark('without evidence');
    await wb.handlers['verdicts.set']({
      claimId: evidence.id,
      ratingKey: 'unproven',
      conclusion: 'No proof was offered.',
    });
    const source = await wb.handlers['sources.create']({
      fields: { url: 'https://monitor.example/r', title: 'Monitor' },
    });
    await wb.handlers['sources.attach']({ claimId: evidence.id, sourceId: source.id });
    await mark('at least 110 people');
    const exported = await wb.handlers['reports.export']({ articleId: article.id, format: 'w3c' });

    const copy = await wb.handlers['articles.create']({ text: original });
    const { counts } = await wb.handlers['annotations.import']({
      articleId: copy.id,
      json: exported.content,
    });
    expect(counts).toEqual({ kept: 2, moved: 0, changed: 0, orphaned: 0 });
    const shape = (claims: Claim[]) =>
      claims.map((c) => ({
        start: c.start,
        end: c.end,
        exact: c.exact,
        prefix: c.prefix,
        suffix: c.suffix,
        rating: c.verdict?.ratingKey ?? null,
        conclusion: c.verdict?.conclusion ?? '',
        sources: c.sources.map((s) => s.source.url),
      }));
    expect(shape(await wb.handlers['claims.list']({ articleId: copy.id }))).toEqual(
      shape(await wb.handlers['claims.list']({ articleId: article.id })),
    );
  });

  it('imports a Hypothesis export, orphaning a quote that is no longer in the text', async () => {
    const hypothesis = [
      {
        text: 'Check this number',
        target: [
          {
            selector: [
              {
                type: 'TextQuoteSelector',
                exact: 'at least 110 people',
                prefix: 'has killed ',
                suffix: ', the monitor',
              },
            ],
          },
        ],
      },
      {
        text: 'Gone',
        target: [
          {
            selector: [
              {
                type: 'TextQuoteSelector',
                exact: 'a sentence that was cut',
                prefix: '',
                suffix: '',
              },
            ],
          },
        ],
      },
    ];
    const { counts, claimIds } = await wb.handlers['annotations.import']({
      articleId: article.id,
      json: JSON.stringify(hypothesis),
    });
    expect(counts).toEqual({ kept: 1, moved: 0, changed: 0, orphaned: 1 });
    const [found, gone] = await Promise.all(
      claimIds.map((id) => wb.handlers['claims.get']({ id })),
    );
    expect(found).toMatchObject({
      exact: 'at least 110 people',
      notes: 'Check this number',
      anchorState: 'attached',
    });
    expect(gone).toMatchObject({ anchorState: 'orphaned', status: 'needs_review' });
  });

  it('is all or nothing: a bad annotation in the batch writes nothing', async () => {
    const first = await mark('without evidence');
    const second = await mark('at least 110 people');
    await wb.handlers['verdicts.set']({ claimId: first.id, ratingKey: 'false', conclusion: '' });
    await wb.handlers['verdicts.set']({
      claimId: second.id,
      ratingKey: 'mostly-true',
      conclusion: '',
    });
    const exported = (await wb.handlers['reports.export']({ articleId: article.id, format: 'w3c' }))
      .content;
    const tampered = exported.split('"Mostly true"').join('"Pants on fire"');
    expect(tampered).not.toBe(exported);
    const copy = await wb.handlers['articles.create']({ text: original });
    await expect(
      wb.handlers['annotations.import']({ articleId: copy.id, json: tampered }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      wb.handlers['annotations.import']({ articleId: copy.id, json: '{not json' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await wb.handlers['claims.list']({ articleId: copy.id })).toEqual([]);
    expect(await wb.handlers['sources.search']({ query: '' })).toEqual([]);
  });
});

describe('loading a new version while the article changes', () => {
  it('re-anchors again when a claim was marked between reading and writing, and keeps it', async () => {
    const toll = await mark('at least 110 people');
    const { store } = wb;
    const snapshot = store.snapshot.bind(store);
    let reads = 0;
    let marked: Claim | undefined;
    store.snapshot = <T>(fn: () => T): T => {
      const read = snapshot(fn);
      // Another window marks a claim after the first read, before re-anchoring writes.
      if (reads++ === 0) {
        const start = original.indexOf('the navy saved');
        marked = wb.store.transaction(() => {
          const id = store.claims.insert(
            article.id,
            {
              start,
              end: start + 14,
              exact: 'the navy saved',
              prefix: original.slice(start - 18, start),
              suffix: original.slice(start + 14, start + 46),
              anchoredVersion: 1,
              anchorState: 'attached',
            },
            {},
            'now',
          );
          return store.claims.get(id);
        });
      }
      return read;
    };
    const next = `Update.\n\n${original}`;
    const { claims, counts } = await wb.handlers['articles.loadVersion']({
      id: article.id,
      text: next,
    });
    expect(reads).toBe(2);
    expect(counts.kept).toBe(2);
    for (const claim of claims) expect(next.slice(claim.start, claim.end)).toBe(claim.exact);
    expect(claims.map((claim) => claim.id).sort()).toEqual([toll.id, marked?.id].sort());
  });

  it('asks the checker to try again when the article keeps changing', async () => {
    await mark('at least 110 people');
    const { store } = wb;
    const snapshot = store.snapshot.bind(store);
    store.snapshot = <T>(fn: () => T): T => {
      const read = snapshot(fn);
      // Every time re-anchoring has read the claims, a save changes one of them.
      const [claim] = store.claims.listByArticle(article.id);
      if (claim) {
        const status = claim.status === 'done' ? 'in_progress' : 'done';
        store.transaction(() => store.claims.update(claim.id, { status }, 'now'));
      }
      return read;
    };
    await expect(
      wb.handlers['articles.loadVersion']({ id: article.id, text: `New.\n\n${original}` }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await wb.handlers['articles.get']({ id: article.id })).version).toBe(1);
  });
});
