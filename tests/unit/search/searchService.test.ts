import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

const ENGLISH = [
  'Days after threatening Colombia, the president accused Gustavo Petro, without evidence, of leading a drug ring.',
  'US strikes on boats in the Caribbean killed at least 110 people this year, the Pentagon said.',
  'Unemployment fell to 4.2% in March, the lowest level since 2019.',
].join(' ');
const SPANISH =
  'El gobierno afirmó que las informaciones sobre Bogotá eran falsas. La inflación subió al 12% en 2023.';

let wb: TempWorkbench;
let englishId: number;
let spanishId: number;
let strikes: number;
let inflation: number;

const quoteAt = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no "${quote}"`);
  return { start, end: start + quote.length };
};

beforeAll(async () => {
  wb = openTempWorkbench();
  const h = wb.handlers;
  await h['preferences.set']({ patch: { checkerName: 'A. Ramos', organisationName: 'Desk' } });
  englishId = (
    await h['articles.create']({
      text: ENGLISH,
      meta: {
        title: 'Boat strikes',
        outlet: 'Harbour Post',
        language: 'en',
        publishedAt: '2025-10-02',
      },
    })
  ).id;
  spanishId = (
    await h['articles.create']({
      text: SPANISH,
      meta: { title: 'Cifras del gobierno', outlet: 'Diario Sur', language: 'es' },
    })
  ).id;
  strikes = (
    await h['claims.create']({
      articleId: englishId,
      ...quoteAt(
        ENGLISH,
        'US strikes on boats in the Caribbean killed at least 110 people this year',
      ),
      claimant: 'Pentagon',
    })
  ).id;
  await h['verdicts.set']({
    claimId: strikes,
    ratingKey: 'mostly-true',
    conclusion: 'Counted 108 to 115.',
  });
  inflation = (
    await h['claims.create']({
      articleId: spanishId,
      ...quoteAt(SPANISH, 'La inflación subió al 12% en 2023'),
    })
  ).id;
  await h['claims.update']({ id: inflation, patch: { status: 'in_progress', tags: ['economía'] } });
});
afterAll(() => wb.dispose());

describe('search.query', () => {
  it('finds words by their stem and without their accents, and highlights them in the original text', async () => {
    const { results } = await wb.handlers['search.query']({
      query: 'killing caribbean',
      kinds: ['claim'],
    });
    expect(results.map((r) => r.id)).toEqual([strikes]);
    const [hit] = results;
    expect(hit?.ratingLabel).toBe('Mostly true');
    expect(hit?.articleId).toBe(englishId);
    const marked = hit?.highlights.map((h) => hit.snippet.slice(h.start, h.end));
    expect(marked).toEqual(['Caribbean', 'killed']);

    const spanish = await wb.handlers['search.query']({ query: 'bogota informacion' });
    expect(spanish.results.map((r) => [r.kind, r.id])).toEqual([['article', spanishId]]);
    const snippet = spanish.results[0];
    expect(snippet?.highlights.map((h) => snippet.snippet.slice(h.start, h.end))).toEqual([
      'informaciones',
      'Bogotá',
    ]);
  });

  it('searches as the person types: every start of a word, and the whole word, finds it', async () => {
    const typed = async (query: string) =>
      (await wb.handlers['search.query']({ query, kinds: ['claim'], prefix: true })).results.map(
        (r) => r.id,
      );
    // "strikes" is indexed as its stem "strike", "Caribbean" as "caribbean", "killed" as "kill".
    for (const query of ['str', 'strike', 'strikes', 'kil', 'killed', 'Caribbean', 'carib']) {
      expect(await typed(query), query).toEqual([strikes]);
    }
    expect(await typed('boats caribbean kille')).toEqual([strikes]);
    expect(await typed('"boats in the caribbean" kill')).toEqual([strikes]);
    expect(await typed('infla')).toEqual([inflation]);
    expect(await typed('inflación')).toEqual([inflation]);
    expect(await typed('strikesx')).toEqual([]);
    const [hit] = (
      await wb.handlers['search.query']({ query: 'boats peoples', kinds: ['claim'], prefix: true })
    ).results;
    // "peoples" is no start of "people", but its stem is: the word matched, so it is marked.
    expect(hit?.highlights.map((h) => hit.snippet.slice(h.start, h.end))).toEqual([
      'boats',
      'people',
    ]);
  });

  it('reads quotes as phrases and -word as an exclusion', async () => {
    const phrase = await wb.handlers['search.query']({ query: '"at least 110 people"' });
    expect(phrase.results.map((r) => r.kind).sort()).toEqual(['article', 'claim']);
    const wrongOrder = await wb.handlers['search.query']({ query: '"110 at least people"' });
    expect(wrongOrder.results).toEqual([]);
    const excluded = await wb.handlers['search.query']({ query: 'strikes -pentagon' });
    expect(excluded.results).toEqual([]);
    const onlyExcluded = await wb.handlers['search.query']({ query: '-pentagon' });
    expect(onlyExcluded.results).toEqual([]);
  });

  it('filters by verdict, status, outlet and date', async () => {
    const search = (filters: object) =>
      wb.handlers['search.query']({ query: 'strikes OR inflación 2023 OR 110', filters }).then(
        (r) => r.results.map((x) => `${x.kind}:${x.id}`),
      );
    // Nothing matches every word: a query is all its words.
    expect(await search({})).toEqual([]);
    const any = async (query: string, filters: object) =>
      (await wb.handlers['search.query']({ query, filters })).results.map(
        (x) => `${x.kind}:${x.id}`,
      );
    expect(await any('inflación', { statuses: ['in_progress'] })).toEqual([`claim:${inflation}`]);
    expect(await any('inflación', { statuses: ['done'] })).toEqual([]);
    expect(await any('strikes', { ratingKeys: ['mostly-true'] })).toEqual([`claim:${strikes}`]);
    expect(await any('strikes', { ratingKeys: ['false'] })).toEqual([]);
    expect(await any('strikes', { outlets: ['Harbour Post'] })).toEqual(
      expect.arrayContaining([`claim:${strikes}`, `article:${englishId}`]),
    );
    expect(await any('strikes', { outlets: ['Diario Sur'] })).toEqual([]);
    expect(await any('strikes', { from: '2025-10-01', to: '2025-10-03' })).toEqual([
      `article:${englishId}`,
    ]);
  });

  it('keeps the index in step with every write: edits, verdicts, deletion and restore', async () => {
    const h = wb.handlers;
    await h['claims.update']({ id: strikes, patch: { notes: 'Ask the coastguard about Tumaco.' } });
    expect((await h['search.query']({ query: 'tumaco' })).results.map((r) => r.id)).toEqual([
      strikes,
    ]);
    await h['verdicts.set']({ claimId: strikes, ratingKey: 'false', conclusion: 'No.' });
    expect((await h['search.query']({ query: 'mostly', kinds: ['claim'] })).results).toEqual([]);
    expect(
      (await h['search.query']({ query: 'false', kinds: ['claim'] })).results.map((r) => r.id),
    ).toEqual([strikes]);
    await h['claims.delete']({ id: strikes });
    expect((await h['search.query']({ query: 'tumaco' })).results).toEqual([]);
    await h['claims.restore']({ id: strikes });
    expect((await h['search.query']({ query: 'tumaco' })).results.map((r) => r.id)).toEqual([
      strikes,
    ]);
  });
});

describe('a claim as reviewed', () => {
  it('finds its claim, and its old wording no longer does once it is reworded', async () => {
    const h = wb.handlers;
    const found = async (query: string) =>
      (await h['search.query']({ query, kinds: ['claim'] })).results.map((r) => r.id);
    await h['claims.update']({
      id: inflation,
      patch: { reviewedAs: 'Consumer prices rose twelve percent in Cartagena' },
    });
    expect(await found('cartagena')).toEqual([inflation]);
    await h['claims.update']({
      id: inflation,
      patch: { reviewedAs: 'Consumer prices rose twelve percent in Medellín' },
    });
    expect(await found('cartagena')).toEqual([]);
    expect(await found('medellin')).toEqual([inflation]);
  });
});

describe('a source result', () => {
  it('opens at the latest claim citing it, and at nothing when no claim cites it', async () => {
    const h = wb.handlers;
    const cited = await h['sources.create']({
      fields: { url: 'https://ine.example/ipc-2023', title: 'Índice de precios de consumo 2023' },
    });
    await h['sources.attach']({ claimId: inflation, sourceId: cited.id });
    const uncited = await h['sources.create']({
      fields: { url: 'https://ine.example/ipc-2022', title: 'Índice de precios de consumo 2022' },
    });
    const { results } = await h['search.query']({ query: 'indice precios', kinds: ['source'] });
    expect(results.map((r) => [r.id, r.articleId, r.claimId])).toEqual(
      expect.arrayContaining([
        [cited.id, spanishId, inflation],
        [uncited.id, null, null],
      ]),
    );
    expect(results).toHaveLength(2);
  });
});
