import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../src-main/core/search/parseSearchQuery';
import { toFtsQuery } from '../../../src-main/core/search/toFtsQuery';
import { rebuildSearchIndex } from '../../../src-main/store/search/syncSearchIndex';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

const WORDS = [
  'Bogotá',
  'Bogota',
  'informaciones',
  'información',
  'killed',
  'killing',
  'people',
  '110',
  '11',
  'niños',
  'Petro',
  'crecimiento',
  'the',
  'la',
  'no',
  'strikes',
  'Caribbean',
  'inflación',
  '3,5%',
];
const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '));
const language = fc.constantFrom('', 'en', 'es', 'es-CO', 'fr');
const pick = fc.nat({ max: 20 });

type Action =
  | { do: 'article'; text: string; language: string }
  | { do: 'meta'; article: number; title: string; language: string }
  | { do: 'version'; article: number; text: string }
  | { do: 'deleteArticle' | 'restoreArticle'; article: number }
  | { do: 'claim'; article: number; from: number; length: number }
  | { do: 'notes'; claim: number; notes: string; tags: string[]; reviewedAs: string }
  | { do: 'verdict'; claim: number; rating: string | null; conclusion: string }
  | { do: 'clearVerdict' | 'deleteClaim' | 'restoreClaim'; claim: number }
  | { do: 'source'; title: string }
  | { do: 'editSource'; source: number; title: string }
  | { do: 'attach'; claim: number; source: number; excerpt: string }
  | { do: 'detach'; claim: number; source: number }
  | { do: 'scale'; label: string }
  | { do: 'feed'; reviews: { n: number; text: string; rating: string }[] };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ do: fc.constant('article' as const), text, language }),
  fc.record({ do: fc.constant('meta' as const), article: pick, title: text, language }),
  fc.record({ do: fc.constant('version' as const), article: pick, text }),
  fc.record({
    do: fc.constantFrom('deleteArticle' as const, 'restoreArticle' as const),
    article: pick,
  }),
  fc.record({
    do: fc.constant('claim' as const),
    article: pick,
    from: fc.nat(40),
    length: fc.nat(30),
  }),
  fc.record({
    do: fc.constant('notes' as const),
    claim: pick,
    notes: text,
    tags: fc.array(fc.constantFrom('economía', 'salud', 'Bogotá'), { maxLength: 2 }),
    reviewedAs: text,
  }),
  fc.record({
    do: fc.constant('verdict' as const),
    claim: pick,
    rating: fc.constantFrom(null, 'true', 'false', 'right'),
    conclusion: text,
  }),
  fc.record({
    do: fc.constantFrom('clearVerdict' as const, 'deleteClaim' as const, 'restoreClaim' as const),
    claim: pick,
  }),
  fc.record({ do: fc.constant('source' as const), title: text }),
  fc.record({ do: fc.constant('editSource' as const), source: pick, title: text }),
  fc.record({ do: fc.constant('attach' as const), claim: pick, source: pick, excerpt: text }),
  fc.record({ do: fc.constant('detach' as const), claim: pick, source: pick }),
  fc.record({
    do: fc.constant('scale' as const),
    label: fc.constantFrom('Correcto', 'Right', 'Bien'),
  }),
  fc.record({
    do: fc.constant('feed' as const),
    reviews: fc.array(
      fc.record({ n: fc.nat(3), text, rating: fc.constantFrom('False', 'Falso') }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  }),
);

/** What the actions made so far: an action's number picks one of them (modulo the count). */
interface Made {
  articles: number[];
  claims: number[];
  sources: number[];
  /** Actions that went through, so a test can tell it did not only refuse. */
  done: number;
}

const nth = (ids: number[], n: number) => ids[n % Math.max(1, ids.length)] ?? 1;

async function perform(wb: TempWorkbench, raw: Action, made: Made): Promise<void> {
  const h = wb.handlers;
  const a = { ...raw } as Action & { article?: number; claim?: number; source?: number };
  if ('article' in a) a.article = nth(made.articles, a.article ?? 0);
  if ('claim' in a) a.claim = nth(made.claims, a.claim ?? 0);
  if ('source' in a) a.source = nth(made.sources, a.source ?? 0);
  await run(h, a as Action, made);
  made.done += 1;
}

async function run(h: TempWorkbench['handlers'], a: Action, made: Made): Promise<void> {
  const scale = (label: string) => ({
    id: 'desk',
    name: 'Desk',
    kind: 'ordinal' as const,
    ratings: [
      { key: 'right', label, colour: '#1b7f3b', value: 2, shortcut: 'r' },
      { key: 'wrong', label: 'Wrong', colour: '#b00020', value: 1, shortcut: 'w' },
    ],
  });
  switch (a.do) {
    case 'article':
      made.articles.push(
        (await h['articles.create']({ text: a.text, meta: { language: a.language } })).id,
      );
      return;
    case 'meta':
      await h['articles.update']({
        id: a.article,
        patch: { title: a.title, language: a.language },
      });
      return;
    case 'version':
      await h['articles.loadVersion']({ id: a.article, text: a.text });
      return;
    case 'deleteArticle':
      await h['articles.delete']({ id: a.article });
      return;
    case 'restoreArticle':
      await h['articles.restore']({ id: a.article });
      return;
    case 'claim': {
      const article = await h['articles.get']({ id: a.article });
      const start = Math.min(a.from, article.text.length);
      const end = Math.min(start + a.length, article.text.length);
      made.claims.push((await h['claims.create']({ articleId: a.article, start, end })).id);
      return;
    }
    case 'notes':
      await h['claims.update']({
        id: a.claim,
        patch: { notes: a.notes, tags: a.tags, reviewedAs: a.reviewedAs },
      });
      return;
    case 'verdict':
      if (a.rating === 'right') {
        await h['scales.save']({ scale: scale('Correcto') });
        await h['preferences.set']({ patch: { defaultScaleId: 'desk' } });
      } else await h['preferences.set']({ patch: { defaultScaleId: 'standard' } });
      await h['verdicts.set']({ claimId: a.claim, ratingKey: a.rating, conclusion: a.conclusion });
      return;
    case 'clearVerdict':
      await h['verdicts.clear']({ claimId: a.claim });
      return;
    case 'deleteClaim':
      await h['claims.delete']({ id: a.claim });
      return;
    case 'restoreClaim':
      await h['claims.restore']({ id: a.claim });
      return;
    case 'source':
      made.sources.push(
        (await h['sources.create']({ fields: { title: a.title, url: 'https://a.example/x' } })).id,
      );
      return;
    case 'editSource':
      await h['sources.update']({ id: a.source, patch: { title: a.title } });
      return;
    case 'attach':
      await h['sources.attach']({
        claimId: a.claim,
        sourceId: a.source,
        link: { excerpt: a.excerpt },
      });
      return;
    case 'detach':
      await h['sources.detach']({ claimId: a.claim, sourceId: a.source });
      return;
    case 'scale':
      await h['scales.save']({ scale: scale(a.label) });
      return;
    case 'feed': {
      const feed = a.reviews.map((r) => ({
        '@type': 'ClaimReview',
        url: `https://checks.example/${r.n}`,
        claimReviewed: r.text,
        reviewRating: { alternateName: r.rating },
      }));
      await h['factchecks.import']({
        fileName: 'feed.json',
        dataBase64: Buffer.from(JSON.stringify(feed)).toString('base64'),
      });
    }
  }
}

/** Every token of the index with its document, column and position, in a fixed order. */
function indexContents(db: Database): string[] {
  db.exec(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_instances USING fts5vocab(main, 'search_index', 'instance')",
  );
  return db
    .prepare<[], { term: string; doc: number; col: string; offset: number }>(
      'SELECT term, doc, col, offset FROM temp.search_instances ORDER BY doc, col, offset, term',
    )
    .all()
    .map((row) => `${row.doc} ${row.col} ${row.offset} ${row.term}`);
}

describe('the search index', () => {
  it('always equals a full rebuild from the data, whatever the writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 4, maxLength: 30 }), async (actions) => {
        const wb = openTempWorkbench();
        try {
          const made: Made = { articles: [], claims: [], sources: [], done: 0 };
          const setUp: Action[] = [
            { do: 'article', text: 'Petro said 110 people were killed in Bogotá', language: '' },
            { do: 'claim', article: 0, from: 0, length: 20 },
            { do: 'source', title: 'Informe' },
          ];
          for (const a of [...setUp, ...actions]) {
            await perform(wb, a, made).catch(() => undefined);
          }
          expect(made.done).toBeGreaterThanOrEqual(setUp.length);
          const { db } = wb.store;
          const live = indexContents(db);
          db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
          rebuildSearchIndex(db);
          expect(live).toEqual(indexContents(db));
        } finally {
          wb.dispose();
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('answers any typed text with results or nothing, never an error', async () => {
    const wb = openTempWorkbench();
    try {
      await wb.handlers['articles.create']({ text: WORDS.join(' '), meta: { title: 'All words' } });
      const typed = fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc
          .array(
            fc.constantFrom(
              '"',
              '*',
              'NEAR(',
              '(',
              ')',
              '-',
              ':',
              '^',
              'AND',
              'OR',
              'NOT',
              '{',
              '}',
              '+',
              "'",
              'Bogotá',
              'killed',
              ' ',
            ),
            { maxLength: 12 },
          )
          .map((parts) => parts.join('')),
      );
      await fc.assert(
        fc.asyncProperty(typed, fc.boolean(), async (query, prefix) => {
          const result = await wb.dispatch('search.query', { query, prefix });
          expect(result.ok, JSON.stringify(result)).toBe(true);
          const similar = await wb.dispatch('claims.similar', { text: query || 'x' });
          expect(similar.ok, JSON.stringify(similar)).toBe(true);
        }),
        { numRuns: 400 },
      );
      for (const query of [
        '"',
        'NEAR(',
        '*',
        '(((',
        'a" OR "b',
        '-',
        '- -',
        'Bogotá*',
        'killed NOT',
      ]) {
        expect(toFtsQuery(parseSearchQuery(query)) === null || query.length > 0).toBe(true);
        expect((await wb.dispatch('search.query', { query })).ok).toBe(true);
      }
    } finally {
      wb.dispose();
    }
  }, 120_000);
});
