import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSafeMarkdown } from '../../../../src-main/core/report/renderSafeMarkdown';
import { safeMarkdownIt } from '../../../../src-main/core/report/safeMarkdownIt';

describe('renderSafeMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderSafeMarkdown('Some **bold** and [a link](https://a.example/x).')).toBe(
      '<p>Some <strong>bold</strong> and <a href="https://a.example/x" rel="noopener noreferrer">a link</a>.</p>\n',
    );
    expect(renderSafeMarkdown('[mail](mailto:desk@example.org)')).toContain(
      'href="mailto:desk@example.org"',
    );
  });

  it('shows raw HTML as text', () => {
    expect(renderSafeMarkdown('<script>alert(1)</script>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
    );
    expect(renderSafeMarkdown('<img src=x onerror=alert(1)>')).not.toContain('<img');
  });

  it('links only http, https and mailto', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '/relative',
      '#fragment',
      '&#106;avascript:alert(1)',
    ]) {
      const html = renderSafeMarkdown(`[x](${url}) <${url}>`);
      expect(html, url).not.toContain('<a');
    }
  });

  it('does not load images or auto-link bare URLs', () => {
    const html = renderSafeMarkdown('![x](https://tracker.example/p.png) https://bare.example');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="https://bare.example"');
  });

  it('demotes headings when asked', () => {
    expect(renderSafeMarkdown('# Title', { headingOffset: 3 })).toBe('<h4>Title</h4>\n');
    expect(renderSafeMarkdown('###### Deep', { headingOffset: 3 })).toBe('<h6>Deep</h6>\n');
  });

  it('renders plain sentences exactly as markdown-it would (its shortcut is invisible)', () => {
    const sentence = fc.string({
      unit: fc.constantFrom(...'Ab9 .,;:"\'()-#=+%/é\t'.split('')),
      maxLength: 60,
    });
    fc.assert(
      fc.property(sentence, (text) => {
        expect(renderSafeMarkdown(text)).toBe(safeMarkdownIt.render(text));
      }),
      { numRuns: 1000 },
    );
  });
});
