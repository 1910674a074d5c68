import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

const text = [
  'Ferry service report',
  '',
  'The operator said ferries ran 40 times a day in July.',
  '',
  'Passenger numbers rose by 12 percent, the harbour board said.',
  '',
  'Fares will stay frozen until 2026, according to the council.',
].join('\n');

/** The claim each number must stay with, by its words. */
const QUOTES = {
  fares: 'Fares will stay frozen until 2026',
  ferries: 'ferries ran 40 times a day',
  passengers: 'Passenger numbers rose by 12 percent',
  harbour: 'the harbour board said',
};

let wb: TempWorkbench;
let article: Article;
let numbers: Map<string, number>;

const numberOf = (claims: readonly Claim[]) =>
  new Map(claims.map((claim) => [claim.exact, claim.number]));

/**
 * Claims marked out of reading order, one deleted, then a new version that orphans one: the
 * numbers must be the order of marking, never reused, and the same in every export.
 */
beforeAll(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({ text, meta: { title: 'Ferries' } });
  const mark = (quote: string) => {
    const start = text.indexOf(quote);
    return wb.handlers['claims.create']({
      articleId: article.id,
      start,
      end: start + quote.length,
    });
  };
  const fares = await mark(QUOTES.fares);
  const ferries = await mark(QUOTES.ferries);
  const deleted = await mark('July');
  const passengers = await mark(QUOTES.passengers);
  await wb.handlers['claims.delete']({ id: deleted.id });
  const harbour = await mark(QUOTES.harbour);
  for (const claim of [fares, ferries, passengers, harbour]) {
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: 'Ok.' });
  }
  await wb.handlers['articles.loadVersion']({
    id: article.id,
    text: text.replace('ferries ran 40 times a day in July', 'service continued'),
  });
  numbers = numberOf(await wb.handlers['claims.list']({ articleId: article.id }));
}, 60_000);
afterAll(() => wb.dispose());

const exported = async (format: 'html' | 'md' | 'csv' | 'claimreview' | 'w3c' | 'pdf') =>
  (await wb.handlers['reports.export']({ articleId: article.id, format })).content;

describe('stable claim numbers', () => {
  it('numbers claims in the order they were marked, never reusing a deleted claim’s number', () => {
    expect(Object.fromEntries(numbers)).toEqual({
      [QUOTES.fares]: 1,
      [QUOTES.ferries]: 2,
      [QUOTES.passengers]: 4,
      [QUOTES.harbour]: 5,
    });
  });

  it('keeps every number through a new version that orphans a claim', async () => {
    const claims = await wb.handlers['claims.list']({ articleId: article.id });
    expect(claims.find((claim) => claim.number === 2)?.anchorState).toBe('orphaned');
  });

  it('calls each claim by the same number in the HTML report, cards and marks alike', async () => {
    const { document } = parseHTML(await exported('html'));
    for (const [quote, number] of numbers) {
      const card = document.querySelector(`#claim-${number}`);
      expect(card?.querySelector('.number')?.textContent).toBe(`Claim ${number}`);
      expect(card?.querySelector('.quote')?.textContent).toContain(quote);
    }
    const marks = [...document.querySelectorAll('a.ref')].map((mark) => mark.textContent);
    expect(marks).toEqual(['4', '5', '1']);
  });

  it('calls each claim by the same number in Markdown, CSV, W3C and the check', async () => {
    const markdown = await exported('md');
    for (const [quote, number] of numbers) {
      expect(markdown).toMatch(new RegExp(`### Claim ${number}\\n\\n[^#]*${quote}`));
    }
    expect(markdown).toContain(`[4](#claim-4)⟦${QUOTES.passengers}`);

    const rows = (await exported('csv'))
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    for (const [quote, number] of numbers) {
      expect(rows.find((cells) => cells[1]?.includes(quote))?.[0]).toBe(String(number));
    }

    const annotations = JSON.parse(await exported('w3c')).first.items as {
      label: string;
      target: { selector: { exact: string }[] };
    }[];
    for (const [quote, number] of numbers) {
      const annotation = annotations.find((item) => item.target.selector[0]?.exact === quote);
      expect(annotation?.label).toBe(`Claim ${number}`);
    }

    const findings = await wb.handlers['reports.check']({ articleId: article.id });
    expect(findings.map((finding) => finding.message)).toContainEqual(
      expect.stringMatching(/^Claim 2 \(“ferries ran 40 times a day”\)/),
    );
  });

  it('calls each claim by the same number in the PDF', async () => {
    const pdf = await exported('pdf');
    const { text: pdfText } = await wb.handlers['articles.preview']({
      fileName: 'report.pdf',
      dataBase64: pdf,
    });
    for (const number of numbers.values()) expect(pdfText).toContain(`Claim ${number}`);
    expect(pdfText).not.toContain('Claim 3');
  }, 120_000);
});
