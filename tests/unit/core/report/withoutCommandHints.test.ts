import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { renderReportHtml } from '../../../../src-main/core/report/renderReportHtml';
import { renderReportMarkdown } from '../../../../src-main/core/report/renderReportMarkdown';
import { withoutCommandHints } from '../../../../src-main/core/report/withoutCommandHints';
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
