import { spawnSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { renderReportMarkdown } from '../../../../src-main/core/report/renderReportMarkdown';
import { hostileInput } from './hostileFixture';
import { claimOn, sampleInput } from './reportFixture';

/** Pandoc's own syntax on top of the HTML payloads: raw attributes, attributes, divs, maths. */
const PANDOC_PAYLOAD = [
  '`<script>alert(1)</script>`{=html}',
  '`\\immediate\\write18{touch /tmp/pwned}`{=latex}',
  '```{=html}\n<img src=x onerror=alert(1)>\n```',
  '```{=latex}\n\\input{/etc/passwd}\n```',
  '[link](https://a.example/){onclick=alert(1)}',
  '[span]{.x onmouseover=alert(1)}',
  '::: {onclick=alert(1)}\ninside a div\n:::',
  '# Heading {#id onclick=alert(1)}',
  '$\\input{/etc/passwd}$ and $$\\write18{id}$$',
  '\\input{/etc/passwd} \\def\\x{1} \\catcode`\\@=11',
  'A paragraph\n--',
  'Another paragraph\n==',
  '+---+---+\n| a | b |\n+---+---+',
  '^[an inline note] and H~2~O and 2^10^',
  '<!-- hidden --> <div>raw</div> &lt;script&gt;',
  '    indented like code',
  '\tindented by a tab',
].join('\n\n');

function pandocReport(): string {
  const input = hostileInput();
  const text = `${input.article.text}\n\n${PANDOC_PAYLOAD}`;
  const claims = input.claims.map((claim) => ({
    ...claim,
    ...claimOn(text, claim.exact, claim, 0),
    notes: `${claim.notes}\n\n${PANDOC_PAYLOAD}`,
    claimant: `${claim.claimant} ${PANDOC_PAYLOAD}`,
    verdict: claim.verdict && {
      ...claim.verdict,
      conclusion: `${claim.verdict.conclusion}\n\n${PANDOC_PAYLOAD}`,
    },
  }));
  return renderReportMarkdown(
    buildReport({
      ...input,
      article: { ...input.article, text, methodology: PANDOC_PAYLOAD, corrections: PANDOC_PAYLOAD },
      claims,
    }),
  );
}

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
if (!hasPandoc)
  console.log('pandoc is not installed here (apt-get install pandoc): its checks are skipped');

function pandoc(markdown: string, to: 'html' | 'latex'): string {
  const result = spawnSync('pandoc', ['--from', 'markdown', '--to', to], {
    input: markdown,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
  return result.stdout;
}

const permissive = new MarkdownIt({ html: true, linkify: true });

const ALLOWED_TAGS = new Set(
  'p a em strong code pre blockquote ul ol li table thead tbody tr th td h1 h2 h3 h4 hr br del s sup section div span colgroup col dl dt dd'.split(
    ' ',
  ),
);
const SAFE_HREF = /^(https?:|mailto:|#|archive\/)/i;

/** Every element and attribute a renderer produced, checked against what a report may hold. */
function rawHtmlIn(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of element.attributes) {
      if (['id', 'class', 'role', 'aria-hidden', 'start', 'type', 'title'].includes(name)) continue;
      if (name === 'href' && SAFE_HREF.test(value.trim())) continue;
      // Table layout the renderers write themselves.
      if (name === 'style' && /^(text-align: ?(left|right|center)|width: \d+%);?$/.test(value)) {
        continue;
      }
      found.push(`${tag}[${name}="${value}"]`);
    }
  }
  return found;
}

/** LaTeX outside verbatim blocks (code, where backslashes are plain characters). */
const outsideVerbatim = (latex: string) =>
  latex.replace(/\\begin\{(verbatim|Verbatim)\}[\s\S]*?\\end\{\1\}/g, '');

/** The LaTeX commands in a text, outside verbatim blocks. */
const commandsIn = (latex: string) => new Set(outsideVerbatim(latex).match(/\\[A-Za-z]+/g) ?? []);

/** What pandoc writes itself: escapes for LaTeX's special characters and table layout. */
const PANDOC_OWN = [
  '\\textbackslash',
  '\\textasciitilde',
  '\\textasciicircum',
  '\\textless',
  '\\textgreater',
  '\\textbar',
  '\\ldots',
  '\\textquotesingle',
  '\\textquotedbl',
  '\\raggedright',
  '\\raggedleft',
  '\\centering',
  '\\arraybackslash',
  '\\columnwidth',
  '\\linewidth',
  '\\tabcolsep',
  '\\real',
  '\\strut',
  '\\noalign',
  '\\endhead',
  '\\endfirsthead',
  '\\endlastfoot',
  '\\endfoot',
  '\\toprule',
  '\\midrule',
  '\\bottomrule',
  '\\minipage',
  '\\tightlist',
  '\\item',
  '\\begin',
  '\\end',
];

describe('the Markdown export, read by two renderers', () => {
  const hostile = pandocReport();
  const benign = renderReportMarkdown(buildReport(sampleInput()));

  it('markdown-it (raw HTML allowed) renders no raw HTML from the hostile corpus', () => {
    expect(rawHtmlIn(permissive.render(hostile)), 'markdown-it').toEqual([]);
  });

  it.skipIf(!hasPandoc)('pandoc to HTML renders no raw HTML from the hostile corpus', () => {
    expect(rawHtmlIn(pandoc(hostile, 'html'))).toEqual([]);
  });

  it.skipIf(!hasPandoc)(
    'pandoc to LaTeX renders no LaTeX from the corpus: only the commands a plain report makes',
    () => {
      const plain = commandsIn(pandoc(benign, 'latex'));
      for (const own of PANDOC_OWN) plain.add(own);
      const latex = outsideVerbatim(pandoc(hostile, 'latex'));
      expect([...commandsIn(latex)].filter((command) => !plain.has(command))).toEqual([]);
      for (const payload of ['\\input{', '\\write18', '\\immediate', '\\def\\x', '\\catcode']) {
        expect(latex).not.toContain(payload);
      }
    },
  );

  it.skipIf(!hasPandoc)('no text makes a heading in either renderer: only the report’s own', () => {
    for (const html of [permissive.render(hostile), pandoc(hostile, 'html')]) {
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
        (h) => h.textContent?.trim() ?? '',
      );
      for (const heading of headings) {
        expect(heading).toMatch(
          /^(Fact-check:\s[\s\S]*|Summary|Transparency check|Article text|Claims|Claim \d+|Conclusion|Notes|Sources|Methodology|Corrections)$/,
        );
      }
    }
  });

  it.skipIf(!hasPandoc)('keeps the indentation of article text visible in both renderers', () => {
    const input = sampleInput();
    const text = `First line\n    indented by four\n\tindented by a tab\n--\nafter`;
    const markdown = renderReportMarkdown(
      buildReport({ ...input, article: { ...input.article, text }, claims: [] }),
    );
    for (const html of [permissive.render(markdown), pandoc(markdown, 'html')]) {
      const article = html.slice(html.indexOf('Article text'));
      expect(article).toContain('\u00a0\u00a0\u00a0\u00a0indented by four');
      expect(article).toContain('\u00a0\u00a0\u00a0\u00a0indented by a tab');
      expect(article).toMatch(/--\s*\n?after|--<br \/>\s*after|--\s+after/);
      expect(article).not.toMatch(/<h\d[^>]*>\s*(First line|indented by a tab)/);
    }
  });
});
