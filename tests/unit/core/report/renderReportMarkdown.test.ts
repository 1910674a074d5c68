import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { renderReportMarkdown } from '../../../../src-main/core/report/renderReportMarkdown';
import { HTML_PAYLOAD, hostileInput } from './hostileFixture';
import { sampleInput } from './reportFixture';

/** A permissive viewer: raw HTML on, bare URLs linked. Whatever it renders must still be safe. */
const permissive = new MarkdownIt({ html: true, linkify: true });

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe('renderReportMarkdown', () => {
  const markdown = renderReportMarkdown(buildReport(sampleInput()));

  it('starts with the title and the header facts', () => {
    expect(markdown.startsWith('# Fact-check: US strikes on boats: what the figures say\n')).toBe(
      true,
    );
    for (const fact of [
      '**Outlet:** The Coastal Ledger',
      '**Author:** Maria Ortega',
      '**URL:** [https://ledger.example/world/boat-strikes](https://ledger.example/world/boat-strikes)',
      '**Checked by:** A. Ramos, J. Chen',
      '**Organisation:** [Factdesk Verification Unit](https://factdesk.example/)',
      `**Text judged:** version 2, SHA-256 \`${sampleInput().article.sha256}\``,
      '**Generated:** 2025-10-23 07:45 UTC with Factdesk 0.1.0',
    ]) {
      expect(markdown).toContain(fact);
    }
  });

  it('tabulates the counts in scale order and lists the findings with links to cards', () => {
    const summary = section(markdown, 'Summary');
    expect(summary).toContain(
      '| True | 1 |\n| Mostly true | 2 |\n| Half true | 0 |\n| Mostly false | 0 |\n| False | 1 |\n| Unproven | 1 |\n| Unchecked | 2 |',
    );
    expect(summary).toContain('- **Error** `verdict-without-source` Claim 6');
    expect(summary).toContain('([claim 6](#claim-6))');
  });

  it('brackets each claim in the text after its number, linked to its card', () => {
    const text = section(markdown, 'Article text');
    expect(text).toContain(
      'the US president [1](#claim-1)⟦accused its leader, [2](#claim-2)⟦without evidence⟧, of running the drug trade himself⟧.',
    );
    // Overlapping claims say which bracket closes; nested ones need not.
    expect(text).toContain(
      '[4](#claim-4)⟦The strikes have killed [5](#claim-5)⟦at least 110 people⟧₄, according to figures released by the Pentagon⟧₅.',
    );
    const references = [...text.matchAll(/\[(\d+)\]\(#claim-\1\)⟦/g)].map((m) => Number(m[1]));
    expect(references).toEqual([1, 2, 3, 4, 5, 6]);
    expect(text).toContain('*Not found in this version of the text:* [claim 7](#claim-7).');
  });

  it('uses no footnotes, which Markdown viewers would renumber in reading order', () => {
    expect(markdown).not.toMatch(/\[\^\d+\]/);
  });

  it('keeps each claim’s own number when it was marked out of reading order', () => {
    const input = sampleInput();
    for (const claim of input.claims) claim.number = 18 - claim.id;
    const reordered = renderReportMarkdown(buildReport(input));
    expect(section(reordered, 'Article text')).toContain(
      'the US president [7](#claim-7)⟦accused its leader, [6](#claim-6)⟦without evidence⟧,',
    );
    const cards = [...reordered.matchAll(/^### Claim (\d+)$/gm)].map((m) => Number(m[1]));
    expect(cards).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('gives each claim a section with verdict, quote, facts, conclusion and sources', () => {
    const cards = markdown.split('\n### Claim ').slice(1);
    expect(cards).toHaveLength(7);
    const first = cards[0] ?? '';
    expect(first).toContain('**Verdict: False**');
    expect(first).toContain(
      '> accused its leader, without evidence, of running the drug trade himself',
    );
    expect(first).toContain('- **Claimant:** Donald Trump');
    expect(first).toContain(
      '- **Appeared at:** [https://social.example/@potus/123](https://social.example/@potus/123)',
    );
    expect(first).toContain('See [the Treasury notice](https://treasury.example/notice).');
    expect(first).toMatch(
      /1\. \[Treasury sanctions notice\]\(https:\/\/records\.example\/document-\d+\) \(Contradicts\) — US Treasury, 2025-10-20/,
    );
    expect(first).toMatch(
      /Archived copy \(original bytes, the evidence\): \[archive\/[0-9a-f]{64}-Record\\_\d+\\_final\\_\.pdf\]\(archive\/[0-9a-f]{64}-Record_\d+_final_\.pdf\)/,
    );
    expect(first).toContain('**No archived copy**');
    expect(cards[6]).toContain('- **Not found in the current text**');
  });

  it('renders in a Markdown viewer with the anchors the links point to', () => {
    const { document } = parseHTML(`<main>${permissive.render(markdown)}</main>`);
    const headings = [...document.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings.slice(1)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `Claim ${n}`));
    expect(document.querySelectorAll('table tr')).toHaveLength(8);
  });

  describe('with hostile content in every field', () => {
    const hostile = renderReportMarkdown(buildReport(hostileInput()));
    const rendered = permissive.render(hostile);
    const { document } = parseHTML(`<main>${rendered}</main>`);

    it('produces no raw HTML or unsafe link even in a viewer that allows HTML', () => {
      const tags = new Set([...document.querySelectorAll('*')].map((element) => element.tagName));
      for (const tag of ['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'STYLE'])
        expect(tags.has(tag)).toBe(false);
      const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].map((attribute) => attribute.name),
      );
      expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
      for (const link of document.querySelectorAll('a')) {
        expect(link.getAttribute('href')).toMatch(
          /^(#|https?:\/\/|mailto:|archive\/[0-9a-f]{64}-[\w.-]+$)/,
        );
      }
    });

    it('shows the payload as literal text', () => {
      const quotes = [...document.querySelectorAll('blockquote')].map((q) => q.textContent?.trim());
      expect(quotes).toContain(HTML_PAYLOAD);
      expect(document.querySelector('h1')?.textContent).toBe(`Fact-check: ${HTML_PAYLOAD}`);
    });

    it('keeps block syntax in the article text from becoming headings, lists or code', () => {
      const text = section(hostile, 'Article text');
      expect(text).toContain(
        '\n\\# not a heading\n\\- not a list\n&nbsp;&nbsp;&nbsp;&nbsp;not code',
      );
      const article = parseHTML(`<main>${permissive.render(text)}</main>`).document;
      expect(article.querySelectorAll('h1, h3, h4, li, pre, code, blockquote')).toHaveLength(0);
      expect(document.querySelectorAll('h1')).toHaveLength(1);
    });
  });
});
