import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/core/model';
import { MAX_ANNOTATION_QUOTE_CHARS } from '../../../src-main/service/importAnnotations';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

// An import never puts an annotation on words without evidence, never loses what it says, and
// says in the summary what it left out or changed, and why.

const PAGE = 'https://news.example.org/budget';
const OTHER = 'https://other.example/elsewhere';
const text = [
  'Budget night',
  '',
  'The minister said the budget rose 5% last year. Critics disagreed.',
  '',
  'Hospital waiting lists grew in every region.',
].join('\n');

let wb: TempWorkbench;
let article: Article;
const input = (annotations: unknown[], allowOtherSources?: boolean) => ({
  articleId: article.id,
  json: JSON.stringify({ annotations }),
  ...(allowOtherSources === undefined ? {} : { allowOtherSources }),
});
const importAll = (annotations: unknown[], allowOtherSources?: boolean) =>
  wb.handlers['annotations.import'](input(annotations, allowOtherSources));
const preview = (annotations: unknown[]) => wb.handlers['annotations.preview'](input(annotations));
const claims = () => wb.handlers['claims.list']({ articleId: article.id });

/** A Hypothesis export row on the article, quoting `exact`. */
function hyp(id: string, exact: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    uri: PAGE,
    user: 'acct:alice@hypothes.is',
    user_info: { display_name: 'Alice Checker' },
    text: 'Checked against the budget papers.',
    created: '2024-03-01T10:00:00+00:00',
    target: [{ source: PAGE, selector: [{ type: 'TextQuoteSelector', exact }] }],
    ...extra,
  };
}

/** A W3C annotation on `source` with the given bodies. */
function w3c(id: string, exact: string, body: unknown[], source = PAGE) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    motivation: 'assessing',
    creator: { type: 'Person', name: 'Bob Desk' },
    body,
    target: { source, selector: { type: 'TextQuoteSelector', exact } },
  };
}

const SENTENCE = 'The minister said the budget rose 5% last year.';

beforeEach(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({ text, meta: { url: PAGE } });
});
afterEach(() => wb.dispose());

describe('annotation import: the annotator is not the claimant', () => {
  it('leaves the claimant empty and names the Hypothesis annotator in the notes', async () => {
    await importAll([hyp('h1', SENTENCE)]);
    const [claim] = await claims();
    expect(claim?.claimant).toBe('');
    expect(claim?.notes).toBe(
      '_Annotated by Alice Checker on 2024-03-01._\n\nChecked against the budget papers.',
    );
  });

  it('keeps a W3C creator as the checker of the verdict, not as the claimant', async () => {
    await importAll([
      w3c('w1', SENTENCE, [
        { type: 'TextualBody', purpose: 'classifying', value: 'False' },
        { type: 'TextualBody', purpose: 'assessing', value: 'False\n\nIt fell 2%.' },
      ]),
    ]);
    const [claim] = await claims();
    expect(claim?.claimant).toBe('');
    expect(claim?.verdict).toMatchObject({ ratingKey: 'false', checkedBy: 'Bob Desk' });
    const history = await wb.handlers['claims.history']({ id: claim?.id ?? 0 });
    expect(history[0]).toMatchObject({
      action: 'import',
      after: expect.objectContaining({ annotation: 'w1', annotator: 'Bob Desk' }),
    });
  });
});

describe('annotation import: every document an annotation names is checked', () => {
  it('skips an annotation that names the article in one target and quotes another page in a second', async () => {
    const multi = {
      ...w3c('m1', SENTENCE, [{ type: 'TextualBody', purpose: 'classifying', value: 'False' }]),
      target: [PAGE, { source: OTHER, selector: { type: 'TextQuoteSelector', exact: SENTENCE } }],
    };
    const result = await importAll([multi]);
    expect(result.skipped).toEqual([
      {
        index: 0,
        annotation: 'm1',
        kind: 'other-document',
        reason: `it names this article and also another document (${OTHER}), so its quote may come from that one`,
      },
    ]);
    expect(await claims()).toEqual([]);
  });

  it('skips a Hypothesis row whose uri is the article but whose target is another page', async () => {
    const row = hyp('h2', SENTENCE);
    row.target = [{ source: OTHER, selector: [{ type: 'TextQuoteSelector', exact: SENTENCE }] }];
    const result = await importAll([row]);
    expect(result.skipped.map((s) => s.kind)).toEqual(['other-document']);
    expect(await claims()).toEqual([]);
    const anyway = await importAll([row], true);
    expect(anyway.counts.kept + anyway.counts.orphaned).toBe(1);
    expect(anyway.warnings.join(' ')).toMatch(/other documents .*as asked/);
  });
});

describe('annotation import: a position alone is no evidence', () => {
  const positionOnly = (id: string, start: number, end: number) => ({
    id,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'classifying', value: 'False' }],
    target: { source: PAGE, selector: { type: 'TextPositionSelector', start, end } },
  });

  it('imports a position-only annotation as needing review, never attached, with the words as the place to check', async () => {
    const start = text.indexOf('he budget rose'); // mid-word, as the old page had it
    const result = await importAll([positionOnly('p1', start, start + 30)]);
    expect(result.counts).toEqual({ kept: 0, moved: 0, changed: 0, orphaned: 1 });
    expect(result.remarks).toEqual([
      expect.objectContaining({
        index: 0,
        kind: 'position-only',
        reason: expect.stringMatching(/only a position, no quote.*needs review/),
      }),
    ]);
    const [claim] = await claims();
    expect(claim).toMatchObject({
      anchorState: 'orphaned',
      status: 'needs_review',
      exact: text.slice(start, start + 30),
      textChangedSinceVerdict: true,
    });
    const candidates = await wb.handlers['claims.candidates']({ id: claim?.id ?? 0 });
    expect(candidates[0]).toMatchObject({ start, end: start + 30 });
  });

  it('skips a position-only annotation on blank text or outside the text, saying which', async () => {
    const blank = text.indexOf('\n\n');
    const result = await importAll([
      positionOnly('p2', blank, blank + 2),
      positionOnly('p3', 5_000, 5_010),
    ]);
    expect(result.skipped.map((s) => [s.kind, s.reason])).toEqual([
      ['position-unusable', 'it has no quote, and the text at its position is only blank space'],
      ['position-unusable', 'it has no quote, and its position lies outside this article’s text'],
    ]);
    expect(await claims()).toEqual([]);
  });
});

describe('annotation import: nothing an annotation says is dropped', () => {
  it('keeps comments, bodyValue and text beside an assessing body, and the conclusion apart', async () => {
    const annotation = {
      ...w3c('a1', SENTENCE, [
        { type: 'TextualBody', purpose: 'assessing', value: 'False\n\nThe claim is wrong.' },
        { type: 'TextualBody', purpose: 'classifying', value: 'False' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Police data says otherwise.' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Second comment.' },
        'not a link, a remark',
      ]),
      bodyValue: 'Body value text.',
    };
    await importAll([annotation]);
    const [claim] = await claims();
    expect(claim?.notes).toBe(
      [
        '_Annotated by Bob Desk._',
        'Police data says otherwise.',
        'Second comment.',
        'not a link, a remark',
        'Body value text.',
      ].join('\n\n'),
    );
    expect(claim?.verdict).toMatchObject({ ratingKey: 'false', conclusion: 'The claim is wrong.' });
    expect(await wb.handlers['sources.search']({ query: '' })).toEqual([]);
  });

  it('gives no verdict when an annotation rates the claim two ways, and names both', async () => {
    const result = await importAll([
      w3c('a2', SENTENCE, [
        { type: 'TextualBody', purpose: 'classifying', value: 'True' },
        { type: 'TextualBody', purpose: 'classifying', value: 'False' },
        { type: 'TextualBody', purpose: 'assessing', value: 'It fell.' },
      ]),
    ]);
    expect(result.remarks).toEqual([
      {
        index: 0,
        annotation: 'a2',
        kind: 'conflicting-ratings',
        reason:
          'it gives different ratings (“True” and “False”); imported without a verdict, both ratings are in its notes',
      },
    ]);
    const [claim] = await claims();
    expect(claim?.verdict).toBeNull();
    expect(claim?.notes).toContain('Ratings given in the annotation: “True” and “False”.');
    expect(claim?.notes).toContain('Conclusion given in the annotation: It fell.');
  });

  it('takes one rating written twice as one rating', async () => {
    const result = await importAll([
      w3c('a3', SENTENCE, [
        { type: 'TextualBody', purpose: 'classifying', value: 'False' },
        { type: 'TextualBody', purpose: 'classifying', value: ' false ' },
      ]),
    ]);
    expect(result.remarks).toEqual([]);
    expect((await claims())[0]?.verdict?.ratingKey).toBe('false');
  });
});

describe('annotation import: replies to replies', () => {
  const reply = (id: string, parent: string, value: string) => ({
    id,
    type: 'Annotation',
    motivation: 'replying',
    creator: { name: 'Editor' },
    created: '2024-03-02T09:00:00Z',
    body: { type: 'TextualBody', value },
    target: parent,
  });

  it('adds a W3C reply to a reply to the notes of the thread’s claim', async () => {
    const result = await importAll([
      w3c('root', SENTENCE, []),
      reply('r1', 'root', 'First reply.'),
      reply('r2', 'r1', 'Reply to the reply.'),
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.remarks.map((r) => [r.index, r.kind])).toEqual([
      [1, 'reply-added'],
      [2, 'reply-added'],
    ]);
    expect((await claims())[0]?.notes).toBe(
      [
        '_Annotated by Bob Desk._',
        '**Reply from Editor, 2024-03-02:** First reply.',
        '**Reply from Editor, 2024-03-02:** Reply to the reply.',
      ].join('\n\n'),
    );
  });

  it('says truly why a reply has no claim: its thread left out, looping, or too deep', async () => {
    const deep = Array.from({ length: 102 }, (_, n) =>
      reply(`d${n + 1}`, n === 0 ? 'root' : `d${n}`, `Level ${n + 1}`),
    );
    const result = await importAll([
      w3c('root', SENTENCE, [], OTHER),
      reply('r1', 'root', 'About the other page.'),
      reply('x1', 'x2', 'Loop one.'),
      reply('x2', 'x1', 'Loop two.'),
      ...deep,
    ]);
    const reasons = new Map(result.skipped.map((s) => [s.annotation, s.reason]));
    expect(reasons.get('r1')).toMatch(
      /^a reply in the thread of annotation root, which was left out \(made on another document/,
    );
    expect(reasons.get('x1')).toBe('a reply in a thread that loops back on itself');
    expect(reasons.get('d100')).toMatch(/^a reply in the thread of annotation root/);
    expect(reasons.get('d101')).toMatch(/more than 100 levels deep/);
    expect(await claims()).toEqual([]);
  });
});

describe('annotation import: quotes that cannot be a claim', () => {
  it('skips empty, blank and invisible quotes, each with its reason', async () => {
    const result = await importAll([
      hyp('e1', ''),
      hyp('e2', '   \n'),
      hyp('e3', '\u200B'),
      hyp('ok', SENTENCE),
    ]);
    expect(result.counts.kept).toBe(1);
    expect(result.skipped.map((s) => [s.annotation, s.kind])).toEqual([
      ['e1', 'blank-quote'],
      ['e2', 'blank-quote'],
      ['e3', 'blank-quote'],
    ]);
    expect(result.skipped[0]?.reason).toBe(
      'its quote is empty or only blank space, so there are no words to mark',
    );
    expect((await claims()).map((c) => c.exact)).toEqual([SENTENCE]);
  });

  it(`skips a quote longer than ${MAX_ANNOTATION_QUOTE_CHARS} characters and takes one at the limit`, async () => {
    const long = 'The minister said the budget rose. '
      .repeat(60)
      .slice(0, MAX_ANNOTATION_QUOTE_CHARS);
    const longArticle = await wb.handlers['articles.create']({
      text: `${long} And then nothing.`,
      meta: { url: PAGE },
    });
    const result = await wb.handlers['annotations.import']({
      articleId: longArticle.id,
      json: JSON.stringify([hyp('long', `${long} A`), hyp('limit', long)]),
    });
    expect(result.skipped).toEqual([
      {
        index: 0,
        annotation: 'long',
        kind: 'long-quote',
        reason: expect.stringMatching(
          /^its quote is 2,002 characters long; Factdesk imports quotes of at most 2,000 characters/,
        ),
      },
    ]);
    expect(result.counts.kept).toBe(1);
  });
});

describe('annotation import: preview, then import once', () => {
  const file = () => [
    hyp('h1', SENTENCE),
    hyp('h2', 'Hospital waiting lists grew in every region.'),
    hyp('note', 'x', { target: [{ source: PAGE }] }),
    { ...hyp('re1', 'x'), references: ['h1'], text: 'A reply.' },
  ];

  it('previews what the import will do and writes nothing', async () => {
    const seen = await preview(file());
    expect(await claims()).toEqual([]);
    const done = await importAll(file());
    const { claimIds, ...summary } = done;
    expect(summary).toEqual(seen);
    expect(claimIds).toHaveLength(2);
    expect(seen.counts.kept).toBe(2);
    expect(seen.skipped.map((s) => s.kind)).toEqual(['page-note']);
    expect(seen.remarks.map((s) => s.kind)).toEqual(['reply-added']);
  });

  it('skips annotations imported before, counting them, and adds only new replies', async () => {
    await importAll(file());
    const again = await importAll([
      ...file(),
      { ...hyp('re2', 'x'), references: ['h1'], text: 'A later reply.' },
    ]);
    expect(again.counts).toEqual({ kept: 0, moved: 0, changed: 0, orphaned: 0 });
    expect(again.alreadyImported).toBe(3);
    const numbers = new Map((await claims()).map((c) => [c.exact, c.number]));
    expect(again.skipped.map((s) => [s.annotation, s.reason])).toEqual([
      ['h1', `already imported as claim ${numbers.get(SENTENCE)}`],
      [
        'h2',
        `already imported as claim ${numbers.get('Hospital waiting lists grew in every region.')}`,
      ],
      ['note', expect.stringMatching(/^a page note/)],
      ['re1', `already imported: this reply is in the notes of claim ${numbers.get(SENTENCE)}`],
    ]);
    expect(again.remarks.map((r) => [r.annotation, r.kind])).toEqual([['re2', 'reply-added']]);
    const list = await claims();
    expect(list).toHaveLength(2);
    const notes = list.find((c) => c.exact === SENTENCE)?.notes ?? '';
    expect(notes.match(/A reply\./g)).toHaveLength(1);
    expect(notes).toContain('A later reply.');
  });

  it('imports an annotation again once its claim was deleted', async () => {
    const { claimIds } = await importAll([hyp('h1', SENTENCE)]);
    await wb.handlers['claims.delete']({ id: claimIds[0] ?? 0 });
    const again = await importAll([hyp('h1', SENTENCE)]);
    expect(again.alreadyImported).toBe(0);
    expect(again.counts.kept).toBe(1);
  });

  it('reads only the first of two annotations that share an id', async () => {
    const result = await importAll([hyp('same', SENTENCE), hyp('same', 'Critics disagreed.')]);
    expect(result.counts.kept).toBe(1);
    expect(result.skipped).toEqual([
      {
        index: 1,
        annotation: 'same',
        kind: 'duplicate-id',
        reason: 'it has the same id as annotation 1 in this file; only the first was read',
      },
    ]);
  });
});
