import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../src-main/importers';
import { fixture } from './helpers/fixture';

// The importer cases from the peer tools' bug reports (copied from the shared cases).
describe('shared importer cases lose no body text silently', () => {
  it('html-linked-paragraphs: keeps all six paragraphs, the two wholly-linked ones too', async () => {
    const result = await importArticle('page.html', fixture('html-linked-paragraphs.html'));
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toBe('Four men appear in court over warehouse fire');
    expect(paragraphs[2]).toBe(
      'On Monday, Alan Example, 41, and Ben Example, 37, both of Mill Lane, denied the charge of arson with intent to endanger life.',
    );
    expect(paragraphs[4]).toBe(
      'Police said the blaze was started deliberately shortly after 2am on 14 March.',
    );
    expect(result.coverage).toMatchObject({ leftOut: [], unlisted: 0 });
    expect(result.coverage.importedChars).toBe(result.coverage.sourceChars);
    expect(result.warnings).toEqual([]);
  });

  it('docx-line-breaks: each soft line break is a line break', async () => {
    const result = await importArticle('interview.docx', fixture('docx-line-breaks.docx'));
    expect(result.text).toBe(
      "Transcript of the minister's radio interview\n\n" +
        'Q: How many nurses were hired last year?\n' +
        'A: We hired 4,000 nurses, more than any government before us.\n' +
        'Q: And doctors?\n' +
        'A: Another 900.\n\n' +
        'Ministry of Health\nPress office',
    );
    expect(result.coverage.leftOut).toEqual([]);
  });

  it('docx-footnotes: notes follow the body under "Notes", marks stay in the body', async () => {
    const result = await importArticle('article.docx', fixture('docx-footnotes.docx'));
    expect(result.text).toBe(
      'Nurse numbers: what the minister said\n\n' +
        'The minister said 4,000 nurses were hired last year.[1] Unions disputed the figure.[2]\n\n' +
        'Notes\n\n' +
        '[1] Ministry of Health workforce statistics, table 7: 2,600 permanent nurses and 1,400 agency nurses.\n\n' +
        '[2] Royal College of Nursing statement, 12 January: net growth was under 1,000.',
    );
    expect(result.coverage.importedChars).toBe(result.coverage.sourceChars);
  });

  it('text-legacy-greek: decoded as Greek, detected, and the choice is reported', async () => {
    const result = await importArticle('greek.txt', fixture('text-legacy-greek-iso8859-7.txt'));
    expect(result.text).toBe(
      'Δήλωση του υπουργού\n\nΟ υπουργός είπε ότι η ανεργία μειώθηκε κατά 20% το 2023.\n',
    );
    expect(result.encoding).toMatchObject({ name: 'ISO-8859-7', source: 'detected' });
    expect(result.encoding?.alternatives.map((candidate) => candidate.name)).toContain(
      'windows-1252',
    );
  });

  it('pdf-two-columns: both stream orders read the left column whole, then the right', async () => {
    const expected =
      'The council approved a budget of 4.2 million euros for road repairs in the northern ' +
      'district, officials said on Tuesday after a long debate.\n\n' +
      'Opposition members argued that the real cost would exceed 6 million once bridge works ' +
      'were included in the plan, and voted against it.';
    for (const name of ['pdf-two-columns-column-order.pdf', 'pdf-two-columns-row-order.pdf']) {
      const result = await importArticle(name, fixture(name));
      expect(result.text, name).toBe(expected);
      expect(result.coverage.leftOut, name).toEqual([]);
    }
  });
});
