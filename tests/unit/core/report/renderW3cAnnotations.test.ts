import { describe, expect, it } from 'vitest';
import { codePointToUtf16Offset } from '../../../../src-main/core/text/codePoints';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import {
  MAX_ANNOTATIONS,
  parseW3cAnnotations,
} from '../../../../src-main/core/report/parseW3cAnnotations';
import { renderW3cAnnotations } from '../../../../src-main/core/report/renderW3cAnnotations';
import { hostileInput } from './hostileFixture';
import { ARTICLE_TEXT, sampleInput } from './reportFixture';

type Json = Record<string, unknown> & { [key: string]: Json & unknown };

describe('renderW3cAnnotations', () => {
  const report = buildReport(sampleInput());
  const json = renderW3cAnnotations(report);
  const collection = JSON.parse(json) as Json;
  const items = collection.first?.items as unknown as Json[];

  it('is an AnnotationCollection with one assessing annotation per claim', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(7);
    expect(collection.first?.type).toBe('AnnotationPage');
    expect(items).toHaveLength(7);
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.motivation).toBe('assessing');
    }
  });

  it('targets the article with quote and code point position selectors', () => {
    const fisherman = items[5];
    expect(fisherman?.target?.source).toBe('https://ledger.example/world/boat-strikes');
    const [quote, position] = fisherman?.target?.selector as unknown as Json[];
    const utf16Start = ARTICLE_TEXT.indexOf('one of the dead');
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'one of the dead was a Colombian fisherman',
      prefix: 'xtrajudicial killings" and said ',
      suffix: ' with no links to any cartel.\n\nL',
    });
    // The flag and fire emoji before it take 6 UTF-16 units but 3 code points.
    expect(position).toEqual({
      type: 'TextPositionSelector',
      start: utf16Start - 3,
      end: utf16Start - 3 + 'one of the dead was a Colombian fisherman'.length,
    });
    expect(codePointToUtf16Offset(ARTICLE_TEXT, position?.start as unknown as number)).toBe(
      utf16Start,
    );
    expect(
      [...ARTICLE_TEXT]
        .slice(position?.start as unknown as number, position?.end as unknown as number)
        .join(''),
    ).toBe('one of the dead was a Colombian fisherman');
    // Before the emoji, both counts agree.
    expect(items[1]?.target?.selector).toContainEqual({
      type: 'TextPositionSelector',
      start: ARTICLE_TEXT.indexOf('without evidence'),
      end: ARTICLE_TEXT.indexOf('without evidence') + 16,
    });
  });

  it('carries the verdict, the rating and the sources as bodies', () => {
    expect(items[0]?.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'assessing',
        format: 'text/markdown',
        value: `False\n\n${sampleInput().claims[1]?.verdict?.conclusion}`,
      },
      { type: 'TextualBody', purpose: 'classifying', value: 'False' },
      expect.objectContaining({
        type: 'SpecificResource',
        purpose: 'citing',
        id: expect.stringMatching(/^https:\/\/records\.example\//),
        source: expect.objectContaining({ label: 'Treasury sanctions notice' }),
      }),
      expect.objectContaining({ type: 'SpecificResource', purpose: 'citing' }),
    ]);
    expect(items[0]?.creator).toEqual({ type: 'Person', name: 'A. Ramos' });
    expect(items[0]?.created).toBe('2025-10-21T09:00:00.000Z');
    expect(items[0]?.modified).toBe('2025-10-21T12:00:00.000Z');
  });

  it('gives an orphaned claim only a quote selector', () => {
    expect(items[6]?.target?.selector).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: 'every boat carried cocaine' }),
    ]);
  });

  it('parses back into the same claims', () => {
    const parsed = parseW3cAnnotations(JSON.parse(json));
    expect(parsed).toHaveLength(report.claims.length);
    parsed.forEach((annotation, index) => {
      const claim = report.claims[index];
      if (!claim) throw new Error('missing claim');
      expect(annotation.target).toBe('https://ledger.example/world/boat-strikes');
      expect(annotation.quote).toEqual({
        exact: claim.quote,
        prefix: claim.prefix,
        suffix: claim.suffix,
      });
      if (claim.located) {
        expect(annotation.position).toEqual({
          start: [...report.text.slice(0, claim.start)].length,
          end: [...report.text.slice(0, claim.end)].length,
        });
      } else expect(annotation.position).toBeUndefined();
      expect(annotation.ratingLabel).toBe(claim.rating.label);
      expect(annotation.conclusion).toBe(claim.verdict?.conclusion.trim() ?? '');
      expect(annotation.sources).toEqual(
        claim.sources.map((source) => ({ url: source.url, title: source.title })),
      );
      expect(annotation.creator).toBe(claim.verdict?.checkedBy ?? 'Factdesk Verification Unit');
      expect(annotation.created).toBe(claim.createdAt);
      expect(annotation.modified).toBe(claim.updatedAt);
    });
  });

  it('keeps hostile text as data, escaped for embedding, and drops unsafe source links', () => {
    const hostile = renderW3cAnnotations(buildReport(hostileInput()));
    expect(hostile).not.toMatch(/[<>&\u2028\u2029]/);
    const parsed = parseW3cAnnotations(JSON.parse(hostile));
    expect(parsed[0]?.target).toBe('urn:factdesk:article:7');
    expect(parsed[0]?.sources.map((source) => source.url)).toEqual([
      'https://ok.example/"><script>alert(1)</script>',
    ]);
  });
});

describe('parseW3cAnnotations', () => {
  it('reads a Hypothesis export', () => {
    const hypothesis = {
      export_date: '2025-10-23T10:00:00Z',
      annotations: [
        {
          id: 'h1',
          created: '2025-10-22T10:00:00.000000+00:00',
          updated: '2025-10-22T11:00:00.000000+00:00',
          user: 'acct:ramos@hypothes.is',
          user_info: { display_name: 'A. Ramos' },
          uri: 'https://ledger.example/world/boat-strikes',
          text: 'No evidence was offered.',
          tags: ['factcheck'],
          target: [
            {
              source: 'https://ledger.example/world/boat-strikes',
              selector: [
                {
                  type: 'RangeSelector',
                  startContainer: '/main[1]/p[1]',
                  startOffset: 83,
                  endContainer: '/main[1]/p[1]',
                  endOffset: 99,
                },
                { type: 'TextPositionSelector', start: 83, end: 99 },
                {
                  type: 'TextQuoteSelector',
                  exact: 'without evidence',
                  prefix: 'leader, ',
                  suffix: ', of',
                },
              ],
            },
          ],
        },
      ],
    };
    expect(parseW3cAnnotations(hypothesis)).toEqual([
      {
        id: 'h1',
        replyTo: [],
        documents: ['https://ledger.example/world/boat-strikes'],
        tags: ['factcheck'],
        target: 'https://ledger.example/world/boat-strikes',
        quote: { exact: 'without evidence', prefix: 'leader, ', suffix: ', of' },
        position: { start: 83, end: 99 },
        bodyText: 'No evidence was offered.',
        sources: [],
        creator: 'A. Ramos',
        created: '2025-10-22T10:00:00.000000+00:00',
        modified: '2025-10-22T11:00:00.000000+00:00',
      },
    ]);
    expect(parseW3cAnnotations(hypothesis.annotations)).toHaveLength(1);
  });

  it('reads collections with items at the top, single annotations and plain string bodies', () => {
    const annotation = {
      type: 'Annotation',
      body: [{ type: 'TextualBody', value: 'A comment' }, 'https://source.example/a'],
      target: { source: 'https://a.example', selector: { type: 'TextQuoteSelector', exact: 'x' } },
      creator: 'https://people.example/ramos',
    };
    const parsed = parseW3cAnnotations({ type: 'AnnotationCollection', items: [annotation] });
    expect(parsed).toEqual([
      {
        replyTo: [],
        documents: ['https://a.example'],
        tags: [],
        target: 'https://a.example',
        quote: { exact: 'x', prefix: '', suffix: '' },
        bodyText: 'A comment',
        sources: [{ url: 'https://source.example/a', title: '' }],
        creator: 'https://people.example/ramos',
      },
    ]);
    expect(parseW3cAnnotations(annotation)).toEqual(parsed);
  });

  it('says clearly what is wrong with the file, and with each malformed annotation', () => {
    expect(() => parseW3cAnnotations(42)).toThrow(
      'Expected an AnnotationCollection, an AnnotationPage or a JSON array of annotations; got a number.',
    );
    expect(() =>
      parseW3cAnnotations({ type: 'AnnotationCollection', first: 'https://x.example/page1' }),
    ).toThrow(/first page is only linked/);
    const [noTarget, reversed, badQuote, good] = parseW3cAnnotations([
      { body: 'x' },
      { target: { selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] } },
      { target: { selector: [{ type: 'TextQuoteSelector', exact: 3 }] } },
      { target: { selector: [{ type: 'TextQuoteSelector', exact: 'fine' }] } },
    ]);
    expect(noTarget?.invalid).toMatch(/Annotation 1 is not valid: .*\n.*→ at target/s);
    expect(reversed?.invalid).toMatch(
      /Annotation 2, selector 1 is not valid: .*end must not be before start/s,
    );
    expect(badQuote?.invalid).toMatch(/selector 1 is not valid: .*expected string.*→ at exact/s);
    expect(good).toMatchObject({ quote: { exact: 'fine' } });
    expect(good?.invalid).toBeUndefined();
  });

  it('refuses a file of more than MAX_ANNOTATIONS annotations, saying how many it holds', () => {
    const many = Array.from({ length: MAX_ANNOTATIONS + 1 }, () => ({ target: 'x' }));
    expect(() => parseW3cAnnotations(many)).toThrow(
      /holds 50,001 annotations; Factdesk imports at most 50,000/,
    );
    expect(parseW3cAnnotations(many.slice(1))).toHaveLength(MAX_ANNOTATIONS);
  });

  it('reads replies, page notes, documents and tags as Hypothesis and W3C tools write them', () => {
    const [reply, pageNote, w3cReply, tagged] = parseW3cAnnotations([
      {
        id: 'r1',
        uri: 'https://a.example/story',
        text: 'Agreed.',
        references: ['root', 'parent'],
        target: [{ source: 'https://a.example/story' }],
      },
      {
        id: 'p1',
        uri: 'https://a.example/story',
        text: 'Whole page.',
        target: [{ source: 'https://a.example/story' }],
      },
      { id: 'w1', motivation: 'replying', body: 'Me too', target: 'https://notes.example/anno/7' },
      {
        target: {
          source: 'https://b.example',
          selector: { type: 'TextQuoteSelector', exact: 'q' },
        },
        body: [{ type: 'TextualBody', purpose: 'tagging', value: 'budget' }],
      },
    ]);
    expect(reply).toMatchObject({ id: 'r1', replyTo: ['root', 'parent'], bodyText: 'Agreed.' });
    expect(pageNote).toMatchObject({ replyTo: [], documents: ['https://a.example/story'] });
    expect(pageNote?.quote).toBeUndefined();
    expect(pageNote?.position).toBeUndefined();
    expect(w3cReply).toMatchObject({ replyTo: ['https://notes.example/anno/7'], documents: [] });
    expect(tagged).toMatchObject({
      tags: ['budget'],
      bodyText: '',
      documents: ['https://b.example'],
    });
  });
});
