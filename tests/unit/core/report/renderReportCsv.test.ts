import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { csvField, renderReportCsv } from '../../../../src-main/core/report/renderReportCsv';
import { HTML_PAYLOAD, hostileInput } from './hostileFixture';
import { claimOn, makeArticle, sampleInput, scale, verdict } from './reportFixture';
import { parseCsv } from '../../../helpers/parseCsv';

describe('renderReportCsv', () => {
  const csv = renderReportCsv(buildReport(sampleInput()));

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(csv.startsWith('\ufeffNumber,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has the columns and one row per claim in claim order', () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      'Number',
      'Quote',
      'Claimant',
      'Claim date',
      'Appearance',
      'Verdict',
      'Conclusion',
      'Sources',
      'Status',
      'Checker',
      'Checked at',
      'Marked at',
      'Last changed',
      'Claim as reviewed',
      'Claimant kind',
    ]);
    expect(rows.map((row) => row[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(rows[0]).toEqual([
      '1',
      'accused its leader, without evidence, of running the drug trade himself',
      'Donald Trump',
      '2025-10-19',
      'https://social.example/@potus/123',
      'False',
      sampleInput().claims[1]?.verdict?.conclusion,
      expect.stringMatching(
        /^https:\/\/records\.example\/document-\d+ https:\/\/records\.example\/document-\d+$/,
      ),
      'Done',
      'A. Ramos',
      '2025-10-22T15:04:05.000Z',
      '2025-10-21T09:00:00.000Z',
      '2025-10-21T12:00:00.000Z',
      'Days after threatening Colombia with tariffs, the US president accused its leader, without evidence, of running the drug trade himself.',
      'Person',
    ]);
    expect(rows[4]?.slice(5, 10)).toEqual(['Unchecked', '', '', 'In progress', '']);
  });

  it('never calls a rated claim unchecked, and leaves an unknown checker empty', () => {
    const article = makeArticle({ text: 'Crime fell by 30 percent. Taxes rose.' });
    const claims = [
      claimOn(article.text, 'Crime fell', {
        id: 1,
        status: 'unchecked',
        verdict: verdict('false', 'No.', 'unnamed checker'),
      }),
      claimOn(article.text, 'Taxes rose', {
        id: 2,
        status: 'in_progress',
        verdict: verdict('true', 'Yes.', ''),
      }),
    ];
    const [header, ...rows] = parseCsv(
      renderReportCsv(buildReport({ ...sampleInput(), article, claims, scale })).slice(1),
    );
    const status = header?.indexOf('Status') ?? -1;
    const checker = header?.indexOf('Checker') ?? -1;
    expect(rows.map((row) => [row[status], row[checker]])).toEqual([
      ['Done', ''],
      ['In progress', ''],
    ]);
  });

  it('writes negative numbers as numbers, and only plain numbers', () => {
    for (const number of ['-0.25', '-1', '-12.5', '-.5', '-1e-3']) {
      expect(csvField(number)).toBe(number);
    }
    for (const formula of ['-1+2', '-0.25)*CMD', '-1 points', '- 1', '-']) {
      expect(csvField(formula)).toBe(`'${formula}`);
    }
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
  });

  it('defuses spreadsheet formulas with a leading apostrophe', () => {
    for (const formula of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const field = csvField(formula);
      const value = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
      expect(value).toBe(`'${formula}`);
    }
    const article = makeArticle({ text: '=cmd|" /C calc"!A0 is a claim' });
    const claim = claimOn(article.text, '=cmd|" /C calc"!A0', {
      claimant: '@attacker',
      verdict: verdict('false', '-1 points'),
    });
    const [, row] = parseCsv(
      renderReportCsv(
        buildReport({
          ...sampleInput(),
          article,
          claims: [claim],
          scale,
        }),
      ).slice(1),
    );
    expect(row?.[1]).toBe(`'=cmd|" /C calc"!A0`);
    expect(row?.[2]).toBe(`'@attacker`);
    expect(row?.[6]).toBe(`'-1 points`);
  });

  it('keeps hostile text as text and stays parseable', () => {
    const rows = parseCsv(renderReportCsv(buildReport(hostileInput())).slice(1));
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.length === 15)).toBe(true);
    expect(rows[1]?.[2]).toBe(HTML_PAYLOAD);
  });
});
