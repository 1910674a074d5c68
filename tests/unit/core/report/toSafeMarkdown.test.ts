import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  escapeMarkdownInline,
} from '../../../../src-main/core/report/escapeMarkdown';
import { toSafeMarkdown } from '../../../../src-main/core/report/toSafeMarkdown';

const permissive = new MarkdownIt({ html: true, linkify: true });
const textOf = (markdown: string) =>
  parseHTML(`<main>${permissive.render(markdown)}</main>`).document.querySelector('main')
    ?.textContent ?? '';

describe('escapeMarkdown', () => {
  const tricky = fc.constantFrom(
    ...'ab 1.)#-+=:*_`[]()<>!|~&$^\\"\'\t'.split(''),
    '&amp;',
    '<b>',
    'javascript:',
    '\u2028',
  );

  it('renders back to exactly the text it was given, whatever Markdown it resembles', () => {
    fc.assert(
      fc.property(fc.string({ unit: tricky, maxLength: 40 }), (raw) => {
        const expected = raw.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
        fc.pre(expected !== '' && !/^[\u2028]|[\u2028]$/.test(expected));
        expect(textOf(escapeMarkdownInline(raw)).replace(/\n$/, '')).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps line breaks and neutralises block markers at every line start', () => {
    const escaped = escapeMarkdown('# title\n- item\n1. one\n    code\n---\n> quote');
    expect(escaped).toBe(
      '\\# title\n\\- item\n1\\. one\n&nbsp;&nbsp;&nbsp;&nbsp;code\n\\---\n\\> quote',
    );
    expect(escapeMarkdown('mid-line # and 1. stay', false)).toBe('mid-line # and 1. stay');
    expect(escapeMarkdownInline('version 0.1.0')).toBe('version 0.1.0');
  });
});

describe('toSafeMarkdown', () => {
  it('keeps emphasis, safe links, lists, quotes, code and tables', () => {
    const source = [
      'Some *emphasis*, **strong**, ~~gone~~ and `code`.',
      '',
      'See [the notice](https://treasury.example/notice "title") or <desk@example.org>.',
      '',
      '- one',
      '- two',
      '',
      '3. three',
      '4. four',
      '',
      '> quoted',
      '',
      '```',
      'const x = 1;',
      '```',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
    ].join('\n');
    const safe = toSafeMarkdown(source);
    expect(safe).toContain('Some *emphasis*, **strong**, ~~gone~~ and `code`.');
    expect(safe).toContain(
      'See [the notice](https://treasury.example/notice) or [desk@example.org](mailto:desk@example.org).',
    );
    expect(safe).toContain('- one\n- two');
    expect(safe).toContain('3. three\n4. four');
    expect(safe).toContain('> quoted');
    expect(safe).toContain('```\nconst x = 1;\n```');
    expect(safe).toContain('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });

  it('turns raw HTML, unsafe links, images and headings into harmless text', () => {
    const safe = toSafeMarkdown(
      '# Heading\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![i](https://t.example/p.png) <javascript:alert(1)>',
    );
    expect(safe).toContain('**Heading**');
    const html = permissive.render(safe);
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(textOf(safe)).toContain('<script>alert(1)</script>');
    expect(textOf(safe)).toContain('[x](javascript:alert(1))');
  });

  it('returns an empty string for empty input', () => {
    expect(toSafeMarkdown('  \n ')).toBe('');
  });
});
