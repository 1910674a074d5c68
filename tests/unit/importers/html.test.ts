import { afterAll, describe, expect, it } from 'vitest';
import { importArticle } from '../../../src-main/importers';
import { tempFolder } from './helpers/tempFolder';

const folder = tempFolder();
afterAll(() => folder.remove());

const paragraphs = [
  'The city council approved a budget on Monday that it says doubles spending on roads, a claim opposition members dispute.',
  'According to the published accounts, capital spending rose from £12 million to £19 million, an increase of 58 per cent rather than 100 per cent.',
  '“We have doubled our commitment,” the council leader, Jane Roe, told reporters outside the town hall after the vote.',
  'Analysts at the Institute for Local Finance said the figure depended on whether maintenance contracts signed in 2023 were counted.',
];

const newsPage = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Council budget ‘doubles’ road spending, leader claims | The Daily Example</title>
  <meta property="og:title" content="Council budget ‘doubles’ road spending, leader claims">
  <meta property="og:site_name" content="The Daily Example">
  <meta property="og:url" content="https://daily.example/news/council-budget?utm_source=share">
  <link rel="canonical" href="https://daily.example/news/council-budget">
  <meta name="author" content="Sam Reporter">
  <meta property="article:author" content="https://facebook.example/samreporter">
  <meta property="article:published_time" content="2024-03-04T09:30:00Z">
  <script>window.trackingText = "SCRIPT TEXT SHOULD NOT APPEAR"; document.write("INJECTED");</script>
  <style>.ad { color: red }</style>
</head>
<body>
  <header class="site-header"><a href="/">The Daily Example</a>
    <nav><ul><li><a href="/news">NAVIGATION NEWS</a></li><li><a href="/sport">NAVIGATION SPORT</a></li></ul></nav>
  </header>
  <div class="ad ad-leaderboard">ADVERTISEMENT Buy cheap flights now</div>
  <main>
    <article>
      <h1>Council budget ‘doubles’ road spending, leader claims</h1>
      <p class="byline">By Sam Reporter</p>
      ${paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`).join('\n      ')}
      <div class="advert">SPONSORED CONTENT you will not believe</div>
      <script>console.log("INLINE SCRIPT IN ARTICLE")</script>
    </article>
  </main>
  <aside class="related">RELATED STORIES sidebar</aside>
  <footer>FOOTER © The Daily Example. All rights reserved. Privacy policy.</footer>
  <script src="https://tracker.example/t.js"></script>
</body>
</html>`;

describe('saved web pages', () => {
  it('keeps the article paragraphs and takes metadata from the head', async () => {
    const result = await importArticle('story.html', folder.write('story.html', newsPage));

    expect(result.format).toBe('html');
    expect(result.meta).toEqual({
      title: 'Council budget ‘doubles’ road spending, leader claims',
      author: 'Sam Reporter',
      publishedAt: '2024-03-04T09:30:00Z',
      url: 'https://daily.example/news/council-budget',
      outlet: 'The Daily Example',
      language: 'en-GB',
    });
    for (const paragraph of paragraphs) expect(result.text).toContain(paragraph);
    expect(result.text).toContain(`${paragraphs[0]}\n\n${paragraphs[1]}`);
    for (const furniture of [
      'SCRIPT',
      'INJECTED',
      'NAVIGATION',
      'FOOTER',
      'ADVERTISEMENT',
      'SPONSORED',
      'RELATED',
      'color: red',
    ]) {
      expect(result.text).not.toContain(furniture);
    }
  });

  it('strips the site name from <title> when that is all there is', async () => {
    const page = `<html><head><title>Water bills to rise by a fifth | The Daily Example</title>
      <meta property="og:site_name" content="The Daily Example"></head>
      <body><p>${paragraphs.join('</p><p>')}</p></body></html>`;
    const result = await importArticle('bills.htm', folder.write('bills.htm', page));
    expect(result.meta.title).toBe('Water bills to rise by a fifth');
    expect(result.meta.outlet).toBe('The Daily Example');
  });

  it('prefers the <h1> headline that the <title> contains over the whole <title>', async () => {
    const page = `<html><head><title>Water bills to rise - Local News - Some Site</title></head>
      <body><h1>Water bills to rise</h1><p>${paragraphs.join('</p><p>')}</p></body></html>`;
    const result = await importArticle('h1.html', folder.write('h1.html', page));
    expect(result.meta.title).toBe('Water bills to rise');
  });

  it('decodes by <meta charset>', async () => {
    const page = Buffer.concat([
      Buffer.from(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Caf',
        'latin1',
      ),
      Buffer.from([0xe9]),
      Buffer.from(' prices</title></head><body><p>', 'latin1'),
      Buffer.from([0x93]),
      Buffer.from(`Prices are up,${'and up again, '.repeat(20)}`, 'latin1'),
      Buffer.from([0x94]),
      Buffer.from(' said the owner.</p></body></html>', 'latin1'),
    ]);
    const result = await importArticle('cafe.html', folder.write('cafe.html', page));
    expect(result.meta.title).toBe('Café prices');
    expect(result.text).toMatch(/^“Prices are up,and up again.*” said the owner\.$/);
    expect(result.warnings).toEqual([]);
  });

  it('takes the charset the way a browser does: not from a comment, nor from a description', async () => {
    const page = Buffer.concat([
      Buffer.from(
        '<html><head><!-- <meta charset="koi8-r"> --><meta name="description" content="charset=koi8-r">' +
          '<meta charset="windows-1252"><title>Caf',
        'latin1',
      ),
      Buffer.from([0xe9]),
      Buffer.from(`</title></head><body><p>Caf`, 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from(
        ` prices are up, ${'and up again, '.repeat(20)}said the owner.</p></body></html>`,
      ),
    ]);
    const result = await importArticle('comment.html', folder.write('comment.html', page));
    expect(result.meta.title).toBe('Café');
    expect(result.text).toMatch(/^Café prices are up/);
  });

  it('reads a page as UTF-8 when it declares a Western charset but is really UTF-8', async () => {
    const page = `<html><head><meta charset="iso-8859-1"><title>Café “prices”</title></head><body><p>Prices — up.</p></body></html>`;
    const result = await importArticle('mislabelled.html', folder.write('mislabelled.html', page));
    expect(result.meta.title).toBe('Café “prices”');
    expect(result.text).toBe('Prices — up.');
    expect(result.warnings).toEqual([
      'The page declares the character set "windows-1252" but its text is UTF-8, so it was read as UTF-8.',
    ]);
  });

  it('keeps line breaks from <br> inside a paragraph and never loads what the page points to', async () => {
    const page = `<!doctype html><html><head><title>Poem</title>
      <link rel="stylesheet" href="http://127.0.0.1:9/never.css"></head>
      <body><img src="http://127.0.0.1:9/never.png" onerror="document.body.innerHTML='HACKED'">
      <p>First line of the verse<br>second line of the verse</p></body></html>`;
    const result = await importArticle('poem.html', folder.write('poem.html', page));
    expect(result.text).toContain('First line of the verse\nsecond line of the verse');
    expect(result.text).not.toContain('HACKED');
  });

  it('reads pages that leave out the optional <html>, <head> and <body> tags', async () => {
    const minified = `<!doctype html><html lang=de><title>Bericht | Beispiel</title><meta property="og:site_name" content="Beispiel"><p>${paragraphs[0]}<p>${paragraphs[1]}</html>`;
    const result = await importArticle('minified.html', folder.write('minified.html', minified));
    expect(result.meta).toMatchObject({ title: 'Bericht', language: 'de', outlet: 'Beispiel' });
    expect(result.text).toBe(`${paragraphs[0]}\n\n${paragraphs[1]}`);

    const fragment = await importArticle(
      'fragment.html',
      folder.write('fragment.html', `<p>${paragraphs[2]}</p>`),
    );
    expect(fragment.text).toBe(paragraphs[2]);
  });

  it('refuses a page with no visible text', async () => {
    const page =
      '<html><head><title>Empty</title><script>var x = "only a script";</script></head><body></body></html>';
    await expect(
      importArticle('empty.html', folder.write('empty.html', page)),
    ).rejects.toMatchObject({
      name: 'ImportError',
      code: 'empty',
    });
  });
});
