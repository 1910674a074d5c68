import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim } from '../../src-main/core/model';
import { ClaimFields } from '../../src-main/core/model';
import { blankFields } from '../helpers/blankFields';
import { buildReport } from '../../src-main/core/report/buildReport';
import type { ReportInput } from '../../src-main/core/report/Report';
import { renderReportHtml } from '../../src-main/core/report/renderReportHtml';
import { cite, makeArticle, makeSource, scale, verdict } from '../unit/core/report/reportFixture';
import type { Benchmark, BenchResult } from './harness';
import { timeIt } from './harness';

const TARGET_BYTES = 1_000_000;
const CLAIMS = 5_000;
const MAX_RATIO = 10;
const MAX_MS = 1_000;

const paragraph =
  'Officials said on Tuesday that at least 110 people had been killed in the strikes, a figure that could not be independently verified. The minister, speaking without evidence, blamed 🇨🇴 rebels for the attack and promised a full inquiry within 30 days. ';

/** A 1 MB article with 5,000 claims: every tenth nested in the one before, every tenth overlapping. */
export function largeReportInput(): ReportInput {
  const text = paragraph.repeat(Math.ceil(TARGET_BYTES / paragraph.length)).slice(0, TARGET_BYTES);
  const stride = Math.floor(text.length / CLAIMS);
  const ratings = scale.ratings.map((rating) => rating.key);
  const claims: Claim[] = [];
  for (let index = 0; index < CLAIMS; index++) {
    let start = index * stride;
    let end = start + Math.floor(stride * 0.6);
    // Inside the previous claim.
    if (index % 10 === 1) [start, end] = [start - stride + 10, start - stride + 40];
    // Starting inside the previous claim and ending after it.
    if (index % 10 === 5) start -= Math.floor(stride * 0.5);
    const conclusion =
      index % 3 === 0
        ? `The figure comes from the ministry's own count; see [the ministry data](https://data.example/${index}) and **note** the revision.`
        : 'The ministry count supports this figure, although one death was later reclassified.';
    claims.push({
      id: index + 1,
      articleId: 1,
      number: index + 1,
      start,
      end,
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
      anchoredVersion: 2,
      anchorState: 'attached',
      anchorReview: null,
      textChangedSinceVerdict: false,
      movedSinceVerdict: false,
      ...blankFields(ClaimFields),
      claimant: index % 2 ? 'Ministry of Defence' : 'A. Minister',
      claimDate: '2025-10-20',
      appearanceUrl: `https://news.example/story/${index}`,
      kind: 'numeric',
      status: index % 7 === 0 ? 'in_progress' : 'done',
      verdict:
        index % 7 === 0 ? null : verdict(ratings[index % ratings.length] ?? null, conclusion),
      sources: [
        cite(makeSource({ title: `Ministry release ${index}` }), {
          excerpt: 'At least 110 people.',
        }),
        ...(index % 2 ? [cite(makeSource({ archive: null }), { stance: 'context' as const })] : []),
      ],
      createdAt: '2025-10-21T09:00:00.000Z',
      updatedAt: '2025-10-21T12:00:00.000Z',
    });
  }
  return {
    article: makeArticle({ text }),
    claims,
    scale,
    checkers: ['A. Ramos'],
    organisation: {
      name: 'Factdesk Verification Unit',
      url: 'https://factdesk.example/',
      methodologyUrl: '',
      correctionsUrl: '',
      logo: null,
    },
    generatedAt: '2025-10-23T07:45:00.000Z',
    appVersion: '0.1.0',
  };
}

export const benchmark: Benchmark = {
  name: 'report',
  run(): BenchResult[] {
    const input = largeReportInput();
    const folder = mkdtempSync(join(tmpdir(), 'factdesk-bench-report-'));
    try {
      const floorFile = join(folder, 'floor.json');
      const htmlFile = join(folder, 'report.html');
      let htmlBytes = 0;
      const exportHtml = () => {
        const html = renderReportHtml(buildReport(input));
        htmlBytes = html.length;
        writeFileSync(htmlFile, html);
      };
      const floor = () => writeFileSync(floorFile, JSON.stringify(input));
      // Warm both paths so the JIT and the file system cache do not favour either.
      exportHtml();
      floor();
      const floorMs = timeIt(floor, 7);
      const exportMs = timeIt(exportHtml, 7);
      const ratio = exportMs / floorMs;
      const detail = `${CLAIMS} claims, ${(input.article.text.length / 1e6).toFixed(1)}M chars, HTML ${(htmlBytes / 1e6).toFixed(1)}M chars`;
      return [
        {
          name: `report: HTML export vs JSON floor (${detail})`,
          value: exportMs,
          unit: 'ms',
          baseline: floorMs,
          ratio,
          target: `ratio <= ${MAX_RATIO}`,
          ok: ratio <= MAX_RATIO,
        },
        {
          name: 'report: HTML export, absolute',
          value: exportMs,
          unit: 'ms',
          baseline: MAX_MS,
          ratio: exportMs / MAX_MS,
          target: `<= ${MAX_MS} ms`,
          ok: exportMs <= MAX_MS,
        },
      ];
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
