import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../src-main/importers';
import { withoutSiteName } from '../../../src-main/importers/readHtmlMeta';
import { fixture } from './helpers/fixture';

// Whatever an importer leaves out is measured and listed with a reason: no visible text of a
// source may be missing from both the imported text and the list of left-out passages.

const fixtures = join(import.meta.dirname, '../../fixtures/importers');
const htmlFixtures = readdirSync(fixtures).filter((name) => name.endsWith('.html'));

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'TITLE']);
const flat = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Every visible text node of a page's body, each with its whitespace collapsed. */
function visibleTexts(html: string): string[] {
  const { document } = parseHTML(html);
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = flat(node.nodeValue ?? '');
      if (text) texts.push(text);
      return;
    }
    const element = node as Element;
    if (NOT_TEXT.has(node.nodeName.toUpperCase())) return;
    if (element.hasAttribute?.('hidden')) return;
    if (/display\s*:\s*none/i.test(element.getAttribute?.('style') ?? '')) return;
    node.childNodes.forEach(walk);
  };
  walk(document.body as unknown as Node);
  return texts;
}

describe('web pages: nothing visible is left out silently', () => {
  it.each(htmlFixtures)(
    '%s: every visible text is imported or listed as left out',
    async (name) => {
      const bytes = fixture(name);
      const result = await importArticle(name, bytes);
      const imported = flat(result.text);
      const passages = result.coverage.leftOut.map((passage) => flat(passage.text));
      const missing = visibleTexts(new TextDecoder().decode(bytes)).filter(
        (text) => !imported.includes(text) && !passages.some((passage) => passage.includes(text)),
      );
      expect(missing).toEqual([]);
      expect(result.coverage.unlisted).toBe(0);
      const listed = result.coverage.leftOut.reduce((sum, passage) => sum + passage.text.length, 0);
      expect(result.coverage.sourceChars - result.coverage.importedChars).toBe(listed);
    },
  );

  it('keeps a correction, a pull quote and the credit line inside <article>, lists the furniture', async () => {
    const result = await importArticle('levy.html', fixture('html-article-aside-footer.html'));
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs).toContain(
      'Correction, 12 June: An earlier version of this article said the levy was raised three times. It was raised twice.',
    );
    expect(paragraphs).toContain('“We were given two weeks’ notice,” one operator said.');
    expect(paragraphs.at(-1)).toBe(
      'Reporting by Tomasz Wren; additional reporting by Lena Ortiz; editing by Sam Hale.',
    );
    expect(result.coverage.leftOut.map(({ text, reason }) => [text, reason])).toEqual([
      ['Harbour Herald', 'the site’s header'],
      ['News Sport', 'site navigation'],
      ['Copy link', 'button or form control'],
      ['Most read', 'a sidebar beside the article'],
      ['Ferry timetable changes from July', 'a sidebar beside the article'],
      ['Get the morning briefing by email', 'a form on the page'],
      ['Sign up', 'button or form control'],
      ['© Harbour Herald 2024. All rights reserved.', 'the site’s footer'],
    ]);
    expect(result.meta.title).toBe('Port levy raised twice in a year, harbour board confirms');
  });

  it('keeps an editor’s note (role=complementary) and the update notice in a <section> story', async () => {
    const result = await importArticle('clinic.html', fixture('html-section-note-credits.html'));
    expect(result.text).toContain(
      'Editor’s note: The trust supplied its figures after this article was first published; they have been added.',
    );
    expect(result.text.split('\n\n').at(-1)).toBe(
      'This article was updated on 3 April 2024 to include the trust’s response. Additional reporting by Amal Reyes.',
    );
    expect(result.coverage.leftOut.map((passage) => passage.reason)).toEqual([
      'the site’s header',
      'a sidebar beside the article',
      'a sidebar beside the article',
      'the site’s footer',
    ]);
  });
});

describe('web pages: the headline is kept wherever it sits', () => {
  it('takes an <h1> above the story’s container of plain divs, and titles the article with it', async () => {
    const result = await importArticle('water.html', fixture('html-div-headline-outside.html'));
    expect(result.text.split('\n\n')[0]).toBe(
      'Water company confirms bills will rise by 9% from April',
    );
    expect(result.meta.title).toBe('Water company confirms bills will rise by 9% from April');
    expect(result.coverage.leftOut.map((passage) => passage.text)).not.toContain(
      'Water company confirms bills will rise by 9% from April',
    );
  });

  it('does not take the site’s logo <h1> for the headline', async () => {
    const result = await importArticle('rail.html', fixture('html-logo-h1-headline.html'));
    const headline = 'Rail strike planned for Monday is called off after late pay offer';
    expect(result.text.split('\n\n')[0]).toBe(headline);
    expect(result.meta.title).toBe(headline);
    expect(result.coverage.leftOut[0]).toMatchObject({
      text: 'The Northern Ledger',
      reason: 'the site’s header',
    });
  });

  it('strips a site name from the <title> only when it is the site’s name', async () => {
    expect(withoutSiteName('Water bills rise - County Courier', 'County Courier')).toBe(
      'Water bills rise',
    );
    expect(withoutSiteName('Council tax rise explained | Analysis: what changed', undefined)).toBe(
      'Council tax rise explained | Analysis: what changed',
    );
    expect(withoutSiteName('Minister: inflation down - Example Post', 'Daily Other')).toBe(
      'Minister: inflation down - Example Post',
    );
    const page = new TextEncoder().encode(
      '<html><head><title>Minister: inflation down - Example Post</title>' +
        '<meta property="og:site_name" content="Example Post"></head><body>' +
        '<p>The minister said inflation fell to 4 percent in October, its lowest in three years.</p>' +
        '</body></html>',
    );
    const result = await importArticle('p.html', page);
    expect(result.meta.title).toBe('Minister: inflation down');
  });
});

describe('Word: what Word does not show is listed, not dropped', () => {
  it('lists tracked deletions, hidden text and a note nothing refers to; moved text stays once', async () => {
    const result = await importArticle('repairs.docx', fixture('docx-tracked-hidden-notes.docx'));
    expect(result.text).toBe(
      'School repairs: the minister’s figure\n\n' +
        'The minister said 1,200 schools had been repaired since 2020.[1]\n\n' +
        'The department’s own list names 870 schools.\n\n' +
        'The opposition called the figure “inflated”.\n\n' +
        'Unions say many repairs were temporary.\n\n' +
        'Notes\n\n' +
        '[1] Speech to the education conference, 2 May 2024.',
    );
    expect(result.coverage.leftOut.map(({ text, reason }) => [text, reason])).toEqual([
      [
        ' since 2019, more than any government before',
        'deleted with tracked changes, so not in the document as it now reads',
      ],
      [
        'Check this against the department’s spreadsheet before publishing.',
        'hidden text (formatted as hidden in Word)',
      ],
      [
        'Draft note: the 2019 figure came from a press release that was later withdrawn.',
        'a footnote or endnote the text never refers to',
      ],
    ]);
    const listed = result.coverage.leftOut.reduce((sum, passage) => sum + passage.text.length, 0);
    expect(result.coverage.sourceChars - result.coverage.importedChars).toBe(listed);
    expect(result.warnings.join(' ')).toMatch(/in 3 passages were left out/);
  });
});
