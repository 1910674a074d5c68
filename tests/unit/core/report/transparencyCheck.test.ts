import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { transparencyCheck } from '../../../../src-main/core/report/transparencyCheck';
import { claimOn, cite, makeArticle, makeSource, sampleInput, verdict } from './reportFixture';

describe('transparencyCheck', () => {
  it('reports every gap in the sample, in claim order', () => {
    const findings = transparencyCheck(sampleInput());
    expect(findings.map((finding) => [finding.code, finding.claimId])).toEqual([
      ['source-without-archive', 11],
      ['source-without-access-date', 11],
      ['claim-unchecked', 15],
      ['verdict-without-source', 16],
      ['claim-unchecked', 17],
    ]);
    expect(findings[0]?.message).toMatch(/^Claim 1 \(“accused its leader/);
    expect(findings[0]?.message).toContain('“Interview transcript” has no archived copy');
  });

  it('asks for a methodology note when there is none', () => {
    const findings = transparencyCheck({
      article: makeArticle({ methodology: '  \n' }),
      claims: [],
    });
    expect(findings).toEqual([
      {
        code: 'missing-methodology',
        severity: 'error',
        message: expect.stringContaining('methodology'),
      },
    ]);
  });

  it('takes the newsroom’s methodology page in place of a note', () => {
    const article = makeArticle({ methodology: '' });
    const organisation = { methodologyUrl: 'https://desk.example/how-we-check' };
    expect(transparencyCheck({ article, claims: [], organisation })).toEqual([]);
  });

  it('treats a verdict without a rating as unchecked, whatever its status', () => {
    const article = makeArticle();
    const claim = claimOn(article.text, 'without evidence', {
      status: 'done',
      verdict: verdict(null, 'Draft'),
    });
    expect(transparencyCheck({ article, claims: [claim] })).toEqual([
      {
        code: 'claim-unchecked',
        severity: 'warning',
        message: 'Claim 1 (“without evidence”) has no verdict yet (status: done).',
        claimId: 1,
      },
    ]);
  });

  it('flags a verdict whose claim’s words changed or moved since it was given', () => {
    const article = makeArticle({ version: 3 });
    const sourced = { verdict: verdict('true', 'ok'), sources: [cite(makeSource())] };
    const changed = claimOn(article.text, 'without evidence', {
      ...sourced,
      textChangedSinceVerdict: true,
    });
    const moved = { ...changed, textChangedSinceVerdict: false, movedSinceVerdict: true };
    for (const claim of [changed, moved]) {
      expect(transparencyCheck({ article, claims: [claim] }).map((f) => f.code)).toEqual([
        'verdict-on-other-text',
      ]);
    }
  });

  it('does not flag a verdict on words a later version carried over unchanged', () => {
    const article = makeArticle({ version: 3 });
    const claim = claimOn(article.text, 'without evidence', {
      verdict: { ...verdict('true', 'ok'), articleVersion: 1 },
      sources: [cite(makeSource())],
    });
    expect(transparencyCheck({ article, claims: [claim] })).toEqual([]);
  });

  it('flags a claim whose offsets select other words than its own', () => {
    const article = makeArticle();
    const claim = {
      ...claimOn(article.text, 'without evidence', { sources: [cite(makeSource())] }),
      exact: 'crime fell by half',
    };
    const findings = transparencyCheck({ article, claims: [claim] });
    expect(findings.find((finding) => finding.code === 'claim-off-its-words')).toMatchObject({
      severity: 'error',
      claimId: claim.id,
      message: expect.stringMatching(/^Claim 1 \(“crime fell by half”\) is marked on words/),
    });
    const past = { ...claim, exact: 'without evidence', end: article.text.length + 4 };
    expect(transparencyCheck({ article, claims: [past] }).map((f) => f.code)).toContain(
      'claim-off-its-words',
    );
    const orphaned = { ...claim, anchorState: 'orphaned' as const };
    expect(transparencyCheck({ article, claims: [orphaned] }).map((f) => f.code)).not.toContain(
      'claim-off-its-words',
    );
  });

  it('flags a claim stored on part of a character, and the report does not highlight it there', () => {
    // Stored before claims were kept to whole characters: "Zoe" of "Zoë" (an e and its accent),
    // half of a family emoji.
    const text = 'Zoe\u0308 Lambert said the 👨‍👩‍👧 poster was hers.';
    const article = makeArticle({ text });
    const sourced = { sources: [cite(makeSource())], verdict: verdict('true', 'ok') };
    const cutAccent = { ...claimOn(text, 'Zoe', sourced), id: 1, number: 1 };
    const cutFamily = { ...claimOn(text, '👨\u200d👩', sourced), id: 2, number: 2 };
    const whole = { ...claimOn(text, 'Zoe\u0308 Lambert', sourced), id: 3, number: 3 };
    const findings = transparencyCheck({ article, claims: [cutAccent, cutFamily, whole] });
    expect(findings.filter((f) => f.code === 'claim-off-its-words').map((f) => f.claimId)).toEqual([
      1, 2,
    ]);
    const report = buildReport({
      ...sampleInput(),
      article,
      claims: [cutAccent, cutFamily, whole],
    });
    expect(new Set(report.segments.flatMap((segment) => segment.claimNumbers))).toEqual(
      new Set([3]),
    );
  });

  it('finds nothing when every verdict is sourced, archived and dated', () => {
    const article = makeArticle();
    const claim = claimOn(article.text, 'without evidence', {
      verdict: verdict('true', 'ok'),
      sources: [cite(makeSource())],
    });
    expect(transparencyCheck({ article, claims: [claim] })).toEqual([]);
  });
});
