import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { renderReportHtml } from '../../../../src-main/core/report/renderReportHtml';
import { renderReportMarkdown } from '../../../../src-main/core/report/renderReportMarkdown';
import { withoutCommandHints } from '../../../../src-main/core/report/withoutCommandHints';
import { claimNumberingNote } from '../../../../src-main/core/report/claimNumberingNote';
import { sampleInput } from './reportFixture';

const hinted =
  'Claim 2 (“accused its leader…”): name the claimant and choose Person or Organisation ' +
  '(claim set N --article 3 --claimant NAME --claimant-kind person|organization).';

describe('findings as editors read them', () => {
  it('drops the command-line hints and keeps the rest of the message', () => {
    expect(withoutCommandHints(hinted)).toBe(
      'Claim 2 (“accused its leader…”): name the claimant and choose Person or Organisation.',
    );
    expect(
      withoutCommandHints(
        'give the first appearance’s URL (claim set N --article 3 --appearance URL), or the article’s own URL (article update 3 --url URL)',
      ),
    ).toBe('give the first appearance’s URL, or the article’s own URL');
    expect(withoutCommandHints('Set it in Preferences (profile set --name NAME --url URL).')).toBe(
      'Set it in Preferences.',
    );
  });

  it('leaves the hints out of the HTML and Markdown reports', () => {
    const report = buildReport(sampleInput());
    report.summary.findings.push({
      code: 'claimreview-required',
      severity: 'error',
      message: hinted,
    });
    const html = parseHTML(renderReportHtml(report)).document.body.textContent ?? '';
    const markdown = renderReportMarkdown(report);
    for (const shown of [html, markdown]) {
      expect(shown).toContain('name the claimant and choose Person or Organisation');
      expect(shown).not.toContain('--claimant');
      expect(shown).not.toContain('claim set');
    }
  });
});

describe('claim numbers in the reports', () => {
  it('explains permanent numbers only when they are not 1, 2, 3… in reading order', () => {
    const report = buildReport(sampleInput());
    const numbers = report.claims.map((claim) => claim.number);
    const inOrder = numbers.every((number, index) => number === index + 1);
    expect(claimNumberingNote(report) === null).toBe(inOrder);
    const [first, ...rest] = report.claims;
    if (!first) throw new Error('the sample has claims');
    const withGap = { ...report, claims: [{ ...first, number: 4 }, ...rest] };
    const note = claimNumberingNote(withGap) ?? '';
    expect(note).toContain('missing numbers are claims that were deleted');
    expect(
      parseHTML(renderReportHtml(withGap)).document.querySelector('.numbering-note')?.textContent,
    ).toBe(note);
    expect(renderReportMarkdown(withGap)).toContain('missing numbers are claims that were deleted');
    expect(claimNumberingNote({ claims: [] })).toBeNull();
  });
});
