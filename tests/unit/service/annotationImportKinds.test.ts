import { afterEach, describe, expect, it } from 'vitest';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

// More inputs of the shared cases' kinds (tests/fixtures/cases/annotations-*): quotes written
// with other spaces, line ends and spellings than the stored text; positions that count CR and
// astral characters; replies deeper than one level; W3C page notes; pages named another way.

const PAGE = 'https://desk.example/health/clinics';

let wb: TempWorkbench | undefined;
afterEach(() => wb?.dispose());

async function articleWith(text: string, url = PAGE) {
  wb = openTempWorkbench();
  const article = await wb.handlers['articles.create']({ text, meta: { url } });
  const handlers = wb.handlers;
  return {
    text,
    import: (annotations: unknown[]) =>
      handlers['annotations.import']({
        articleId: article.id,
        json: JSON.stringify({ annotations }),
      }),
    claims: () => handlers['claims.list']({ articleId: article.id }),
  };
}

function highlight(id: string, exact: string, extra: { position?: [number, number] } = {}) {
  const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact }];
  if (extra.position) {
    const [start, end] = extra.position;
    selector.unshift({ type: 'TextPositionSelector', start, end });
  }
  return {
    id,
    uri: PAGE,
    user: 'acct:ed@hypothes.is',
    text: '',
    target: [{ source: PAGE, selector }],
  };
}

describe('annotation import: more inputs of the shared kinds', () => {
  it('attaches quotes in NFC with tabs and line ends to a text in NFD with soft hyphens and zero-width spaces', async () => {
    const text =
      'The re\u0301gion’s clinic\u00ad network grew.\u200b Dr.\u00a0Ame\u0301lie Roux said waiting times fell by half.';
    const article = await articleWith(text);
    const { counts } = await article.import([
      highlight('a', 'Dr. Amélie Roux said\twaiting\ntimes fell by half.'),
      highlight('b', "The région's clinic network grew."),
    ]);
    expect(counts).toEqual({ kept: 2, moved: 0, changed: 0, orphaned: 0 });
    const claims = await article.claims();
    for (const claim of claims) {
      // Offsets stay offsets into the stored text: the slice is the claim, in its stored form.
      expect(text.slice(claim.start, claim.end)).toBe(claim.exact);
    }
    expect(claims.map((c) => c.exact).sort()).toEqual([
      'Dr.\u00a0Ame\u0301lie Roux said waiting times fell by half.',
      'The re\u0301gion’s clinic\u00ad network grew.',
    ]);
  });

  it('attaches a CRLF tool’s quote whose code point position counts CRs and an emoji', async () => {
    const text = 'Q: Did 🩺 visits rise?\nA: They rose in March.\nQ: By how much?\nA: By a fifth.';
    const article = await articleWith(text);
    const crlf = text.replace(/\n/g, '\r\n');
    const exact = 'A: They rose in March.\r\nQ: By how much?';
    const start = [...crlf.slice(0, crlf.indexOf(exact))].length;
    const { counts } = await article.import([
      highlight('a', exact, { position: [start, start + [...exact].length] }),
    ]);
    expect(counts.kept).toBe(1);
    const [claim] = await article.claims();
    expect(claim?.exact).toBe('A: They rose in March.\nQ: By how much?');
  });

  it('adds a reply to a reply to the thread’s claim, and skips a W3C page note whose target is the page', async () => {
    const article = await articleWith(
      'Clinics opened on Sundays from May. Staff numbers did not change.',
    );
    const root = highlight('root', 'Clinics opened on Sundays from May.');
    const reply = {
      ...highlight('r1', 'x'),
      target: [{ source: PAGE }],
      references: ['root'],
      text: 'Which clinics?',
    };
    const replyToReply = {
      ...highlight('r2', 'x'),
      target: [{ source: PAGE }],
      references: ['root', 'r1'],
      text: 'All four, per the rota.',
    };
    const pageNote = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'Whole article checked against the rota.' },
      target: PAGE,
    };
    const { counts, skipped, remarks } = await article.import([
      root,
      reply,
      replyToReply,
      pageNote,
    ]);
    expect(counts.kept).toBe(1);
    expect(skipped).toEqual([
      { index: 3, kind: 'page-note', reason: expect.stringMatching(/page note/) },
    ]);
    expect(remarks.map((r) => [r.index, r.kind])).toEqual([
      [1, 'reply-added'],
      [2, 'reply-added'],
    ]);
    const [claim] = await article.claims();
    expect(claim?.notes).toContain('Which clinics?');
    expect(claim?.notes).toContain('All four, per the rota.');
  });

  it('skips an annotation whose W3C target names another page, and keeps one naming this page with a fragment', async () => {
    const article = await articleWith(
      'Clinics opened on Sundays from May. Staff numbers did not change.',
    );
    const own = {
      type: 'Annotation',
      target: {
        source: `${PAGE}#para-2`,
        selector: { type: 'TextQuoteSelector', exact: 'Staff numbers did not change.' },
      },
    };
    const other = {
      type: 'Annotation',
      target: {
        source: 'https://other.example/health/clinics',
        selector: { type: 'TextQuoteSelector', exact: 'Clinics opened on Sundays from May.' },
      },
    };
    const { counts, skipped } = await article.import([own, other]);
    expect(counts.kept).toBe(1);
    expect(skipped).toEqual([
      { index: 1, kind: 'other-document', reason: expect.stringMatching(/another document/) },
    ]);
    expect((await article.claims()).map((c) => c.exact)).toEqual(['Staff numbers did not change.']);
  });
});
