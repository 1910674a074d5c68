import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';
import { archiveFileName } from '../../../src-main/core/report/archiveHref';
import { buildReport } from '../../../src-main/core/report/buildReport';
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
import { sentenceAround } from '../../../src-main/core/text/sentenceAround';
import { isoDate, webUrl } from '../../../src-main/core/webUrl';
import { normaliseUrl } from '../../../src-main/core/training/normaliseUrl';
import { absoluteHttpUrl } from '../../../src-main/importers/absoluteHttpUrl';
import { decodeText } from '../../../src-main/importers/decodeText';
import { docxBlocks } from '../../../src-main/importers/docxBlocks';
import type { DomDocument } from '../../../src-main/importers/domTypes';
import { fitMeta } from '../../../src-main/importers/fitMeta';
import { declaredHtmlCharset } from '../../../src-main/importers/htmlCharset';
import { languageHint } from '../../../src-main/importers/languageHints';
import { joinLines, pdfPageText } from '../../../src-main/importers/pdfPageText';
import { findRepeatedLines } from '../../../src-main/importers/pdfRepeatedLines';
import { readDocxCoreProperties } from '../../../src-main/importers/readDocxCoreProperties';
import { withoutSiteName } from '../../../src-main/importers/readHtmlMeta';
import { readJsonLd } from '../../../src-main/importers/readJsonLd';
import { sniffFormat } from '../../../src-main/importers/sniffFormat';
import { splitByline } from '../../../src-main/importers/splitByline';
import { titleFromPlainText } from '../../../src-main/importers/titleFromPlainText';
import { unlikelyShare } from '../../../src-main/importers/unlikelyCharacters';
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
  ',',
  ', ',
  ' and',
  '@',
  '·',
  '4 March 2024',
  '04/03/2024',
  'Updated ',
  'Page 3 of 9',
  '\u00c3\u00a9',
  '\u0416',
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

/**
 * This process's CPU time in ms (every thread's, user and system). The work a pattern does is
 * what is bounded here, so time taken by other processes on a loaded machine is not counted.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function expectFast(name: string, run: (text: string) => unknown, maxRun = 25_000, runs = 25) {
  fc.assert(
    fc.property(longRuns(maxRun), (text) => {
      const started = cpuMs();
      try {
        run(text);
      } catch {
        // A refusal is an answer too; only the time matters here.
      }
      const elapsed = cpuMs() - started;
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

/**
 * A Word body with the text in a paragraph (two runs around a line break and a tab) and in a
 * table cell. XML's special characters become look-alikes rather than entities: the XML
 * parser's cost per entity is large but linear, and is bounded by the import worker's time
 * limit; what is measured here is docxBlocks' own text handling.
 */
function wordDocument(text: string): string {
  const safe = text.replace(/&/g, '\uff06').replace(/</g, '\uff1c').replace(/>/g, '\uff1e');
  const run = `<w:r><w:t xml:space="preserve">${safe}</w:t></w:r>`;
  return (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    `<w:p>${run}<w:r><w:br/><w:tab/></w:r>${run}</w:p>` +
    `<w:tbl><w:tr><w:tc><w:p>${run}</w:p></w:tc></w:tr></w:tbl>` +
    '</w:body></w:document>'
  );
}

/** A page whose JSON-LD gives the long run as type, headline, author, dates and URL. */
function jsonLdPage(text: string): DomDocument {
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': ['NewsArticle', `https://schema.org/${text}`, text],
        headline: text,
        author: [{ '@type': 'Person', name: text }, text],
        datePublished: text,
        url: `https://a.example/${text}`,
      },
    ],
  }).replace(/</g, '\\u003c');
  return parseHTML(
    `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`,
  ).document as unknown as DomDocument;
}

/** Pages with the long run as a running header and footer (and a line between). */
const repeatedLinePages = (text: string) =>
  [0, 1, 2].map(() => ({
    bottom: 0,
    top: 800,
    lines: [790, 400, 10].map((y) => ({ text, x: 72, y, right: 500, height: 10 })),
  }));

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
    ['webUrl', (t) => webUrl(`https://a.example/${t}`)],
    ['isoDate', (t) => isoDate(`2024-01-01T${t}`)],
    ['sentenceAround', (t) => sentenceAround(t, 10, 20)],
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
    ['findRepeatedLines', (t) => findRepeatedLines(repeatedLinePages(t))],
    ['docxBlocks', (t) => docxBlocks({ document: wordDocument(t) })],
    ['readJsonLd', (t) => readJsonLd(jsonLdPage(t))],
    ['absoluteHttpUrl', (t) => absoluteHttpUrl(`https://a.example/${t}`)],
    ['languageHint', (t) => languageHint(t)],
    ['unlikelyShare', (t) => unlikelyShare(t, /\p{Script=Cyrillic}/u)],
    ['decodeText with a language hint', (t) => decodeText(bytes(t), { language: 'ru' })],
  ];
  it.each(functions)('%s', (name, run, maxRun) => expectFast(name, run, maxRun));

  it('splitByline', async () => {
    // chrono-node loads on first use; that one-off start is not what is timed here.
    await splitByline('By Ana Lima · 4 March 2024');
    await fc.assert(
      fc.asyncProperty(longRuns(25_000), async (text) => {
        for (const line of [text, `By ${text.slice(0, 290)}`, text.slice(0, 300)]) {
          const started = cpuMs();
          await splitByline(line);
          expect(cpuMs() - started, `splitByline on ${line.length}`).toBeLessThan(LIMIT_MS);
        }
      }),
      { numRuns: 25, endOnFailure: true, examples: worstCases },
    );
  });

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
        const started = cpuMs();
        renderClaimReview(report);
        renderReportMarkdown(report);
        expect(cpuMs() - started).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: 10, endOnFailure: true },
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
    const started = cpuMs();
    const markdown = renderReportMarkdown(report);
    expect(cpuMs() - started).toBeLessThan(LIMIT_MS);
    expect(markdown).toContain('- **Claimant:** *not recorded*');
  });
});

describe('the CLI over long runs', () => {
  it('prints long runs of control characters and spaces fast', async () => {
    let out = '';
    const started = cpuMs();
    await runCli(['--version'], {
      io: { stdout: (t) => (out += String(t)), stderr: () => undefined },
      appVersion: `1.0${'\u001b[2J '.repeat(50_000)}`,
    });
    expect(cpuMs() - started).toBeLessThan(LIMIT_MS);
    expect(out).not.toContain('\u001b');
  });
});
