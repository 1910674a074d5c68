import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';
import { archiveFileName } from '../../../src-main/core/report/archiveHref';
import { buildReport } from '../../../src-main/core/report/buildReport';
import { claimantType } from '../../../src-main/core/report/claimantType';
import { extensionOf } from '../../../src-main/core/fileFormats';
import {
  escapeMarkdown,
  escapeMarkdownInline,
  markdownLinkDestination,
} from '../../../src-main/core/report/escapeMarkdown';
import { formatTimestamp } from '../../../src-main/core/report/formatTimestamp';
import { isLinkableUrl } from '../../../src-main/core/report/isLinkableUrl';
import { renderClaimReview } from '../../../src-main/core/report/renderClaimReview';
import { renderReportMarkdown } from '../../../src-main/core/report/renderReportMarkdown';
import { renderSafeMarkdown } from '../../../src-main/core/report/renderSafeMarkdown';
import { toSafeMarkdown } from '../../../src-main/core/report/toSafeMarkdown';
import { normaliseText } from '../../../src-main/core/text/normaliseText';
import { normaliseUrl } from '../../../src-main/core/training/normaliseUrl';
import { decodeText } from '../../../src-main/importers/decodeText';
import { fitMeta } from '../../../src-main/importers/fitMeta';
import { declaredHtmlCharset } from '../../../src-main/importers/htmlCharset';
import { joinLines, pdfPageText } from '../../../src-main/importers/pdfPageText';
import { readDocxCoreProperties } from '../../../src-main/importers/readDocxCoreProperties';
import { withoutSiteName } from '../../../src-main/importers/readHtmlMeta';
import { sniffFormat } from '../../../src-main/importers/sniffFormat';
import { titleFromPlainText } from '../../../src-main/importers/titleFromPlainText';
import { withHtmlSkeleton } from '../../../src-main/importers/withHtmlSkeleton';
import { mimeOf } from '../../../src-main/service/renderedFile';
import { claimOn, sampleInput } from '../core/report/reportFixture';

/** Pieces that patterns in src-main treat specially, repeated into long runs. */
const units = [
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '#',
  ' #',
  '# ',
  '-',
  '=',
  '/',
  '<',
  '>',
  '`',
  '*',
  '_',
  '&',
  '&a',
  ';',
  '!',
  '[',
  ']',
  '(',
  ')',
  '.',
  ':',
  '|',
  '\\',
  'a',
  '1',
  'a-',
  '\u00ad',
  '<html a',
  '<html',
  '<body ',
  '<meta ',
  '<meta charset=',
  '<dc:title>',
  '<![CDATA[',
  '<!--',
  '<?xml',
  'http://',
  'https://a',
  '{=html}',
  '`x`',
  '%PDF-1.4',
  'display ',
  'by ',
];

/** Strings made of a few long runs: where a backtracking pattern spends quadratic time. */
const longRuns = (maxRun: number) =>
  fc
    .array(
      fc.record({
        unit: fc.constantFrom(...units),
        times: fc.integer({ min: 1, max: maxRun }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((runs) => runs.map(({ unit, times }) => unit.repeat(times)).join(''));

/** Worst cases of the kinds the review found, tried before the random ones. */
const worstCases = [
  `# a${' '.repeat(100_000)}b`,
  `a${' '.repeat(100_000)}b`,
  `a${'\t'.repeat(100_000)}b`,
  `a${'/'.repeat(100_000)}b`,
  `a${' #'.repeat(50_000)}b`,
  '<html a'.repeat(40_000),
  '<dc:title>x'.repeat(30_000),
  '<![CDATA[x'.repeat(30_000),
  `${'-'.repeat(100_000)}x`,
].map((text) => [text] as [string]);

/** Each call must finish within this; a quadratic pattern takes many seconds on these inputs. */
const LIMIT_MS = 2000;

function expectFast(name: string, run: (text: string) => unknown, maxRun = 25_000, runs = 25) {
  fc.assert(
    fc.property(longRuns(maxRun), (text) => {
      const started = performance.now();
      try {
        run(text);
      } catch {
        // A refusal is an answer too; only the time matters here.
      }
      const elapsed = performance.now() - started;
      expect(elapsed, `${name} on ${text.length} characters`).toBeLessThan(LIMIT_MS);
    }),
    // Shrinking a slow input re-runs it many times; the first failure says enough.
    {
      numRuns: runs,
      endOnFailure: true,
      // Markdown functions get shorter worst cases (their fields hold at most 200,000 characters).
      examples: worstCases.map(([text]) => [text.slice(0, maxRun * 4)] as [string]),
    },
  );
}

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('every function with a pattern in src-main finishes in linear time on long runs', () => {
  const functions: [string, (text: string) => unknown, number?][] = [
    ['escapeMarkdown', (t) => escapeMarkdown(t)],
    ['escapeMarkdownInline', (t) => escapeMarkdownInline(t)],
    ['markdownLinkDestination', (t) => markdownLinkDestination(t)],
    ['toSafeMarkdown', (t) => toSafeMarkdown(t), 5000],
    ['renderSafeMarkdown', (t) => renderSafeMarkdown(t), 5000],
    ['titleFromPlainText (Markdown)', (t) => titleFromPlainText(t, true)],
    ['titleFromPlainText (text)', (t) => titleFromPlainText(t, false)],
    ['withHtmlSkeleton', (t) => withHtmlSkeleton(t)],
    ['declaredHtmlCharset', (t) => declaredHtmlCharset(bytes(t))],
    ['sniffFormat', (t) => sniffFormat('file.html', bytes(t))],
    ['extensionOf', (t) => extensionOf(t)],
    ['readDocxCoreProperties', (t) => readDocxCoreProperties(t)],
    ['withoutSiteName', (t) => withoutSiteName(t, t.slice(0, 500))],
    ['fitMeta', (t) => fitMeta({ title: t, author: t, url: t, language: t }, [])],
    ['normaliseText', (t) => normaliseText(t)],
    ['decodeText', (t) => decodeText(Buffer.from(t))],
    ['normaliseUrl', (t) => normaliseUrl(`https://a.example/${t}`)],
    ['isLinkableUrl', (t) => isLinkableUrl(`https://a.example/${t}`)],
    ['claimantType', (t) => claimantType(t)],
    ['formatTimestamp', (t) => formatTimestamp(t)],
    ['archiveFileName', (t) => archiveFileName({ sha256: t, originalName: t })],
    ['mimeOf', (t) => mimeOf(t)],
    [
      'pdfPageText, a paragraph of many lines',
      (t) =>
        pdfPageText(
          t
            .split(/\s/)
            .slice(0, 20_000)
            .map((str, i) => ({
              str,
              x: 72,
              y: 800 - i * 12,
              width: 400,
              height: 10,
              hasEOL: true,
            })),
        ),
    ],
    ['joinLines', (t) => joinLines(t, t)],
  ];
  it.each(functions)('%s', (name, run, maxRun) => expectFast(name, run, maxRun));

  it('renderClaimReview and the Markdown export, with every field a long run', () => {
    fc.assert(
      fc.property(longRuns(25_000), (text) => {
        const input = sampleInput();
        const claims = input.claims.map((claim) => ({
          ...claim,
          claimant: text,
          appearanceUrl: `https://a.example/${text}`,
        }));
        const report = buildReport({ ...input, claims });
        const started = performance.now();
        renderClaimReview(report);
        renderReportMarkdown(report);
        expect(performance.now() - started).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: 10 },
    );
  });
});

describe('the Markdown export of an annotation creator of 100,000 spaces', () => {
  it('is fast and prints the claimant as nothing at all', () => {
    const input = sampleInput();
    const claim = claimOn(input.article.text, 'at least 110 people', {
      id: 99,
      claimant: ' '.repeat(100_000),
    });
    const report = buildReport({ ...input, claims: [claim] });
    const started = performance.now();
    const markdown = renderReportMarkdown(report);
    expect(performance.now() - started).toBeLessThan(LIMIT_MS);
    expect(markdown).toContain('- **Claimant:** *not recorded*');
  });
});

describe('the CLI over long runs', () => {
  it('prints long runs of control characters and spaces fast', async () => {
    let out = '';
    const started = performance.now();
    await runCli(['--version'], {
      io: { stdout: (t) => (out += String(t)), stderr: () => undefined },
      appVersion: `1.0${'\u001b[2J '.repeat(50_000)}`,
    });
    expect(performance.now() - started).toBeLessThan(LIMIT_MS);
    expect(out).not.toContain('\u001b');
  });
});
