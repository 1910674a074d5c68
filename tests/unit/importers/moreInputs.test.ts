import { describe, expect, it } from 'vitest';
import { putBackAll } from '../../../src-main/core/importing';
import { importArticle } from '../../../src-main/importers';
import { fixture } from './helpers/fixture';

// Inputs of the same kinds as the shared cases, made here (scripts/make-import-fixtures.mjs
// and hand-written pages): other page layouts, Word features, scripts and column layouts.

describe('web pages in other layouts', () => {
  it('puts headline and dek first, keeps wrapped and linked paragraphs, lists what it left out', async () => {
    const result = await importArticle('bus.html', fixture('html-header-dek-byline.html'));
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs.slice(0, 3)).toEqual([
      'Bus fares to rise by a third, transport authority confirms',
      'Single tickets will cost £2.80 from June, the first rise in six years.',
      'The Lakeside transport authority confirmed on Monday that the price of a single bus ticket will rise from £2.10 to £2.80 on 1 June, an increase of a third.',
    ]);
    expect(paragraphs).toContain(
      'Campaigners said the authority had promised in 2022 to freeze fares until the end of 2025.',
    );
    expect(paragraphs).toContain(
      'Passengers at Lakeside central bus station. Photo: Lakeside Post',
    );
    expect(paragraphs.at(-1)).toBe(
      'The fares will be reviewed again in April 2025, the authority said.',
    );

    // JSON-LD wins over the visible byline's date (3 March); the byline still names the author.
    expect(result.meta).toMatchObject({
      title: 'Bus fares to rise by a third, transport authority confirms',
      author: 'Priya Natarajan',
      publishedAt: '2024-03-04T07:15:00+00:00',
      outlet: 'Lakeside Post',
      url: 'https://lakeside-post.example/transport/bus-fares-rise',
    });

    const leftOut = result.coverage.leftOut.map(({ text, reason }) => [text, reason]);
    // Page furniture is measured and listed too, each with what it is.
    expect(leftOut).toEqual([
      ['Lakeside Post', 'the site’s header'],
      ['News Transport', 'site navigation'],
      ['Transport', 'outside the article’s main text on the page'],
      ['By Priya Natarajan · 3 March 2024', 'outside the article’s main text on the page'],
      ['Advertisement: compare car insurance quotes today', 'advertising or promotion slot'],
      ['Related stories', 'outside the article’s main text on the page'],
      ['Tram extension delayed again until 2027', 'outside the article’s main text on the page'],
      [
        'Council approves new cycle lanes on the ring road',
        'outside the article’s main text on the page',
      ],
      ['© Lakeside Post. All rights reserved.', 'the site’s footer'],
    ]);
    const leftOutChars = result.coverage.leftOut.reduce((sum, p) => sum + p.text.length, 0);
    expect(result.coverage.sourceChars - result.coverage.importedChars).toBe(leftOutChars);
    expect(result.warnings.join(' ')).toMatch(/characters \(23% of the body text\) in 9 passages/);

    // Each passage goes back between the same neighbours it had on the page.
    const restored = putBackAll(result.text, result.coverage).text.split('\n\n');
    expect(restored.slice(0, 3)).toEqual(['Lakeside Post', 'News Transport', 'Transport']);
    expect(restored.indexOf('By Priya Natarajan · 3 March 2024')).toBe(5);
    const ad = restored.indexOf('Advertisement: compare car insurance quotes today');
    expect(restored[ad - 1]).toMatch(/^A weekly pass/);
    expect(restored[ad + 1]).toMatch(/^The fares will be reviewed/);
    expect(restored.slice(-4)).toEqual([
      'Related stories',
      'Tram extension delayed again until 2027',
      'Council approves new cycle lanes on the ring road',
      '© Lakeside Post. All rights reserved.',
    ]);
  });

  it('reads a subtitle as the dek and splits a "name | date" byline without metadata', async () => {
    const result = await importArticle('meals.html', fixture('html-sections-byline.html'));
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs.slice(0, 2)).toEqual([
      'School meals claim checked',
      'The mayor says every primary pupil now gets a free lunch. Does the data agree?',
    ]);
    expect(paragraphs).toContain(
      'The department’s full table of registrations by school is published on its website.',
    );
    expect(paragraphs).toContain('Registrations in February\nPupils\tRegistered\n10,050\t9,412');
    expect(result.meta).toMatchObject({ author: 'Jane Roe', publishedAt: '2024-03-05' });
    expect(result.coverage.leftOut).toEqual([
      {
        text: 'Riverside Courier Subscribe for £1',
        reason: 'outside the article’s main text on the page',
        at: 0,
      },
      { text: 'Most read', reason: 'a sidebar beside the article', at: 650 },
      { text: 'Flood defences finished early', reason: 'a sidebar beside the article', at: 650 },
    ]);
    expect(result.text).not.toContain('Most read');
  });
});

describe('Word documents with other features', () => {
  it('reads pandoc’s tables as tab-separated rows, with footnotes and a hard line break', async () => {
    const result = await importArticle('lists.docx', fixture('docx-pandoc-table-footnotes.docx'));
    expect(result.text).toBe(
      'Hospital waiting lists: the figures\n\n' +
        'The health minister said waiting lists fell by 10 per cent.[1]\n' +
        'Officials later corrected the figure.\n\n' +
        'Region\t2022\t2023\nNorth\t41,200\t38,900\nSouth\t35,100\t36,400\n\n' +
        'The opposition called the claim misleading.[2]\n\n' +
        'Notes\n\n' +
        '[1] Ministry of Health press release, 2 February 2024.\n\n' +
        '[2] Statement by the shadow health secretary, 3 February 2024.',
    );
  });

  it('keeps text boxes once each, endnotes, insertions and tabs; lists deletions and hidden text', async () => {
    const result = await importArticle('housing.docx', fixture('docx-textbox-endnotes.docx'));
    expect(result.text).toBe(
      'Housing targets: what the council promised\n\n' +
        'The council said it built 2,310 homes last year[1], well above its target of 2,000.\n\n' +
        'A side box sat next to this paragraph.\n\n' +
        'Box: the figure counts homes started, not finished.\n\n' +
        'A pull quote had no fallback.\n\n' +
        'Pull quote: “We were never consulted.”\n\n' +
        'Planning officer\tYear\u2011on\u2011year figures disagree.[2]\n\n' +
        'Notes\n\n' +
        '[1] Council housing report, table 3: 2,310 homes started.\n\n' +
        '[2] Planning committee minutes, 14 March 2024.\nSecond paragraph of the same note.',
    );
    // Word does not show them, but they are in the file: measured and listed, never silent.
    expect(result.coverage.leftOut).toEqual([
      {
        text: ' of 1,500',
        reason: 'deleted with tracked changes, so not in the document as it now reads',
        at: 127,
      },
      {
        text: 'HIDDEN DRAFTING NOTE',
        reason: 'hidden text (formatted as hidden in Word)',
        at: 127,
      },
    ]);
    expect(result.coverage.sourceChars - result.coverage.importedChars).toBe(29);
  });
});

describe('text in other scripts and legacy encodings', () => {
  it('detects Russian in KOI8-R', async () => {
    const result = await importArticle('ru.txt', fixture('text-russian-koi8-r.txt'));
    expect(result.text.startsWith('Министр заявил, что тарифы не вырастут\n\n')).toBe(true);
    expect(result.encoding).toMatchObject({ name: 'KOI8-R', confident: true });
  });

  it('detects Japanese in Shift_JIS', async () => {
    const result = await importArticle('ja.txt', fixture('text-japanese-shift_jis.txt'));
    expect(result.text.startsWith('知事の発言を検証する\n\n知事は記者会見で、')).toBe(true);
    expect(result.encoding).toMatchObject({ name: 'Shift_JIS', confident: true });
  });

  it('is unsure about short Polish without a hint, offers the candidates, and is sure with one', async () => {
    const bytes = fixture('text-polish-windows-1250.txt');
    const unsure = await importArticle('pl.txt', bytes);
    expect(unsure.text).toContain('Zażółć gęślą jaźń.');
    expect(unsure.encoding).toMatchObject({ name: 'windows-1250', confident: false });
    const candidates = unsure.encoding?.alternatives ?? [];
    const western = candidates.find((candidate) => candidate.name === 'windows-1252');
    expect(western?.sample).toContain('Za¿ó³æ gêœl¹ jaŸñ.');
    expect(unsure.warnings.join(' ')).toMatch(/character set is uncertain.*windows-1250/);

    const hinted = await importArticle('pl.txt', bytes, { language: 'pl' });
    expect(hinted.encoding).toMatchObject({ name: 'windows-1250', confident: true });

    const chosen = await importArticle('pl.txt', bytes, { encoding: 'windows-1252' });
    expect(chosen.text).toContain('Za¿ó³æ gêœl¹ jaŸñ.');
    expect(chosen.encoding).toMatchObject({ name: 'windows-1252', source: 'chosen' });
  });

  it('refuses bytes that no character set turns into text, saying why', async () => {
    const noise = Uint8Array.from({ length: 3000 }, (_, i) => 0x80 + ((i * 7919) % 128));
    await expect(importArticle('noise.txt', noise)).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/no character set Factdesk knows turns it into readable text/),
    });
  });

  it('refuses an encoding name it does not know', async () => {
    await expect(
      importArticle('pl.txt', fixture('text-polish-windows-1250.txt'), { encoding: 'klingon-8' }),
    ).rejects.toMatchObject({ message: expect.stringContaining('"klingon-8"') });
  });
});

describe('PDFs in other column layouts', () => {
  it('reads a headline over three columns, then each column; leaves out running header and footer', async () => {
    const result = await importArticle('port.pdf', fixture('pdf-three-columns-headers.pdf'));
    expect(result.text).toBe(
      'Port cargo claim questioned by dock workers\n\n' +
        'The harbour authority says cargo volumes rose by 14 per cent last year, the best information it has published.\n\n' +
        'Dock workers dispute the figure: they say container numbers fell in the second half of the year.\n\n' +
        'An independent audit is due in May, the authority said, and will settle the question of the totals.\n\n' +
        'Shipping lines want lower fees before they return to the port, according to the chamber of commerce.\n\n' +
        'The authority has not said whether it will cut fees, but a board meeting on Friday will discuss the budget.',
    );
    expect(result.coverage.leftOut.map(({ text, reason }) => [text, reason])).toEqual([
      [
        'Northtown Gazette - 12 April 2024 - Business',
        'running page header, repeated on 2 of 2 pages',
      ],
      ['Page 1 of 2', 'running page footer, repeated on 2 of 2 pages'],
      [
        'Northtown Gazette - 12 April 2024 - Business',
        'running page header, repeated on 2 of 2 pages',
      ],
      ['Page 2 of 2', 'running page footer, repeated on 2 of 2 pages'],
    ]);
    // The footer of page 1 and the header of page 2 go back between the two pages' text.
    const pageBreak = result.text.indexOf('\n\nShipping lines');
    expect(result.coverage.leftOut[1]?.at).toBe(pageBreak);
    expect(result.coverage.leftOut[2]?.at).toBe(pageBreak);
  });

  it('reads a Chromium-printed two-column page column by column, without its header and footer', async () => {
    const result = await importArticle('rail.pdf', fixture('pdf-chromium-columns.pdf'));
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs[0]).toBe('Rail punctuality: what the 94 per cent leaves out');
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[1]).toBe(
      'The regional rail operator said on Monday that 94 per cent of its trains ran on time in March, its best month in three years.',
    );
    expect(paragraphs[10]).toBe(
      'The transport ministry said it would review how punctuality is reported before the franchise is renewed next year, the report adds.',
    );
    expect(result.text).not.toMatch(/Valley Times|Page \d/);
    expect(result.coverage.leftOut.map((passage) => passage.text)).toEqual([
      'Valley Times · Transport desk',
      'Page 1',
      'Valley Times · Transport desk',
      'Page 2',
    ]);
  });
});
