import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { renderReportHtml } from '../../../../src-main/core/report/renderReportHtml';
import { HTML_PAYLOAD, hostileInput } from './hostileFixture';
import { sampleInput } from './reportFixture';

function render(input = sampleInput()) {
  const html = renderReportHtml(buildReport(input));
  return { html, document: parseHTML(html).document };
}

const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';

describe('renderReportHtml', () => {
  const { html, document } = render();

  it('is one self-contained file with a strict Content-Security-Policy and no script', () => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(document.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(html).not.toMatch(/url\(|@import|src=/i);
    expect(html).toContain('@media print');
    expect(html).toContain('@page { size: A4;');
  });

  it('says plainly when the archived copies it links to are not inside it', () => {
    const alone = text(document.querySelector('.archive-note'));
    expect(alone).toMatch(/^This file does not contain the \d+ archived cop(y|ies) it links to\./);
    expect(alone).toContain('export a report bundle (.zip)');
    const beside = parseHTML(
      renderReportHtml(buildReport(sampleInput()), { archives: 'beside' }),
    ).document;
    expect(text(beside.querySelector('.archive-note'))).toContain('folder beside this file');
  });

  it('shows the header: title, outlet, author, URL, text version and hash, checkers', () => {
    expect(text(document.querySelector('h1'))).toBe('US strikes on boats: what the figures say');
    expect(text(document.querySelector('title'))).toBe(
      'Fact-check: US strikes on boats: what the figures say',
    );
    const masthead = text(document.querySelector('.masthead'));
    for (const expected of [
      'The Coastal Ledger',
      'by Maria Ortega',
      'published 2025-10-21',
      'version 2, SHA-256',
      sampleInput().article.sha256,
      'A. Ramos, J. Chen',
      'Factdesk Verification Unit',
      '2025-10-23 07:45 UTC with Factdesk 0.1.0',
    ]) {
      expect(masthead).toContain(expected);
    }
    expect(
      document.querySelector('.masthead a[href="https://ledger.example/world/boat-strikes"]'),
    ).not.toBeNull();
  });

  it('draws the summary bar chart in scale order with counts, and lists the findings', () => {
    const labels = [...document.querySelectorAll('.chart .label')].map(text);
    const counts = [...document.querySelectorAll('.chart .count')].map(text);
    expect(labels).toEqual([
      'True',
      'Mostly true',
      'Half true',
      'Mostly false',
      'False',
      'Unproven',
      'Unchecked',
    ]);
    expect(counts).toEqual(['1', '2', '0', '0', '1', '1', '2']);
    const bars = [...document.querySelectorAll('.chart .bar')];
    expect(bars).toHaveLength(5);
    expect(bars[1]?.getAttribute('style')).toContain('width:100.0%');
    const findings = [...document.querySelectorAll('.findings li')];
    // Five of the transparency check, and one ClaimReview warning: “Unproven” has no value.
    expect(findings).toHaveLength(6);
    expect(findings[3]?.querySelector('a')?.getAttribute('href')).toBe('#claim-6');
    expect(findings[3]?.className).toBe('error');
    expect(findings[5]?.textContent).toContain('reviewRating.ratingValue');
  });

  it('highlights every located claim in the text, linking each to its card and back', () => {
    const article = document.querySelector('.article-text');
    expect(text(article)).toContain('Days after threatening Colombia');
    for (let number = 1; number <= 6; number++) {
      const mark = article?.querySelector(`#mark-${number}`);
      expect(mark?.getAttribute('href')).toBe(`#claim-${number}`);
      const card = document.querySelector(`#claim-${number}`);
      expect(card?.querySelector('a.back')?.getAttribute('href')).toBe(`#mark-${number}`);
    }
    expect(article?.querySelector('#mark-7')).toBeNull();
    expect(text(document.querySelector('#claim-7 .back'))).toBe('Not found in the current text');
  });

  it('keeps nested and overlapping claims readable: shared runs carry several underlines', () => {
    const highlights = [...document.querySelectorAll('a.hl')];
    const run = (phrase: string) => highlights.find((element) => text(element) === phrase);
    const nested = run('without evidence');
    expect(nested?.getAttribute('href')).toBe('#claim-2');
    expect(nested?.getAttribute('title')).toBe('Claim 1: False · Claim 2: True');
    expect(nested?.getAttribute('style')).toMatch(
      /box-shadow:0 2px 0 #c62828,0 3px 0 #fff,0 5px 0 #1b7f3b/,
    );
    const overlap = run('at least 110 people');
    expect(overlap?.getAttribute('title')).toBe('Claim 4: Mostly true · Claim 5: Unchecked');
    expect(run(', according to figures released by the Pentagon')?.getAttribute('href')).toBe(
      '#claim-5',
    );
    // Reading the highlighted text back gives the article, unchanged.
    expect(text(document.querySelector('.article-text')).replace(/\d(?=[A-Za-z,])/g, '')).toContain(
      'accused its leader, without evidence, of running the drug trade himself',
    );
  });

  it('renders one card per claim with quote, facts, verdict colour, conclusion and sources', () => {
    const cards = [...document.querySelectorAll('article.card')];
    expect(cards.map((card) => card.id)).toEqual([
      'claim-1',
      'claim-2',
      'claim-3',
      'claim-4',
      'claim-5',
      'claim-6',
      'claim-7',
    ]);
    const first = cards[0];
    expect(text(first?.querySelector('.quote'))).toBe(
      'accused its leader, without evidence, of running the drug trade himself',
    );
    const badge = first?.querySelector('.badge');
    expect(text(badge)).toBe('False');
    expect(badge?.getAttribute('style')).toBe('background:#c62828;color:#ffffff');
    const facts = text(first?.querySelector('.facts'));
    expect(facts).toContain('Donald Trump');
    expect(facts).toContain('2025-10-19');
    expect(first?.querySelector('.facts a')?.getAttribute('href')).toBe(
      'https://social.example/@potus/123',
    );
    expect(first?.querySelector('.conclusion strong')?.textContent).toBe('after');
    expect(first?.querySelector('.conclusion a')?.getAttribute('href')).toBe(
      'https://treasury.example/notice',
    );
    const sources = [...(first?.querySelectorAll('.sources li') ?? [])];
    expect(sources).toHaveLength(2);
    expect(text(sources[0]?.querySelector('.stance'))).toBe('Contradicts');
    expect(text(sources[0])).toContain('Accessed 2025-10-21');
    expect(text(sources[0]?.querySelector('.excerpt'))).toBe(
      'The designation does not allege personal involvement in trafficking.',
    );
    const archive = sources[0]?.querySelector('.archive a')?.getAttribute('href') ?? '';
    expect(archive).toMatch(/^archive\/[0-9a-f]{64}-Record_\d+_final_\.pdf$/);
    expect(text(sources[0]?.querySelector('.archive'))).toContain(archive.slice(8, 72));
    expect(text(sources[1])).toContain('No access date recorded');
    expect(text(sources[1])).toContain('No archived copy');
    expect(text(first?.querySelector('footer'))).toContain(
      'Checked by A. Ramos on 2025-10-22 15:04 UTC',
    );
    expect(text(cards[4]?.querySelector('.badge'))).toBe('Unchecked');
    expect(cards[4]?.getAttribute('style')).toBe('--verdict:#8a929c');
  });

  it('renders methodology and corrections as safe Markdown', () => {
    expect(document.querySelector('#methodology strong')?.textContent).toBe('primary sources');
    expect(document.querySelector('#corrections li')?.textContent).toContain('2025-10-23');
  });

  describe('with hostile content in every field', () => {
    const hostile = render(hostileInput());

    it('emits no element, attribute or link a payload asked for', () => {
      const all = [...hostile.document.querySelectorAll('*')];
      expect(all.filter((element) => /^(script|img|svg|iframe)$/i.test(element.tagName))).toEqual(
        [],
      );
      const attributes = all.flatMap((element) => [...element.attributes].map((a) => a.name));
      expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
      const hrefs = all.flatMap((element) => element.getAttribute('href') ?? []);
      for (const href of hrefs) expect(href).toMatch(/^(#|https?:\/\/|mailto:|archive\/)/);
      expect(hrefs.filter((href) => href.startsWith('archive/'))).not.toHaveLength(0);
      for (const href of hrefs.filter((h) => h.startsWith('archive/'))) {
        expect(href).toMatch(/^archive\/[0-9a-f]{64}-[A-Za-z0-9._-]+$/);
      }
    });

    it('keeps colours and the language tag out of CSS and attributes unless well-formed', () => {
      const styles = [...hostile.document.querySelectorAll('[style]')].map(
        (element) => element.getAttribute('style') ?? '',
      );
      expect(styles.filter((style) => /url|tracker|;background:red/.test(style))).toEqual([]);
      expect(hostile.document.querySelector('#claim-1')?.getAttribute('style')).toBe(
        '--verdict:#8a929c',
      );
      expect(hostile.document.querySelector('.article-text')?.hasAttribute('lang')).toBe(false);
    });

    it('shows payloads as text in the title, heading, text and cards', () => {
      expect(hostile.document.querySelector('title')?.textContent).toBe(
        `Fact-check: ${HTML_PAYLOAD}`,
      );
      expect(hostile.document.querySelector('h1')?.textContent).toBe(HTML_PAYLOAD);
      expect(hostile.document.querySelector('#claim-2 .quote')?.textContent).toBe(HTML_PAYLOAD);
      expect(hostile.document.querySelector('#claim-1 .conclusion')?.textContent).toContain(
        '[click me](javascript:alert(1))',
      );
    });
  });
});
