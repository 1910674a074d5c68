import { describe, expect, it } from 'vitest';
import type { TransparencyFinding } from '../../../src-main/contract/reportMethods';
import { transparencyCheck } from '../../../src-main/core/report/transparencyCheck';
import { groupFindings } from '../../../src-renderer/src/report/groupFindings';
import { claimOn, cite, makeArticle, makeSource, verdict } from '../core/report/reportFixture';

describe('the transparency check grouped by kind', () => {
  it('puts errors first, counts each kind, and keeps the text order within a kind', () => {
    const article = makeArticle({ methodology: '' });
    const unchecked = Array.from({ length: 3 }, (_, index) => ({
      ...claimOn(article.text, 'without evidence'),
      id: 20 + index,
      number: 1 + index,
    }));
    const unsourced = {
      ...claimOn(article.text, 'without evidence', { verdict: verdict('true', 'ok') }),
      id: 30,
      number: 4,
    };
    const archived = {
      ...claimOn(article.text, 'without evidence', {
        verdict: verdict('true', 'ok'),
        sources: [cite(makeSource({ archive: null }))],
      }),
      id: 31,
      number: 5,
    };
    const findings = transparencyCheck({ article, claims: [...unchecked, unsourced, archived] });
    const groups = groupFindings(findings);
    expect(groups.map((group) => [group.severity, group.title])).toEqual([
      ['error', 'No methodology'],
      ['error', '1 verdict without a source'],
      ['warning', '3 claims without a verdict'],
      ['warning', '1 source without an archived copy'],
    ]);
    expect(groups[2]?.findings.map((finding) => finding.claimId)).toEqual([20, 21, 22]);
    expect(groups.flatMap((group) => group.findings)).toHaveLength(findings.length);
  });

  it('names a kind it has no heading for by its severity, and counts thousands readably', () => {
    const many: TransparencyFinding[] = Array.from({ length: 2500 }, (_, index) => ({
      code: 'claim-unchecked',
      severity: 'warning',
      message: `Claim ${index + 1} has no verdict yet.`,
      claimId: index + 1,
    }));
    const odd: TransparencyFinding = { code: 'new-kind', severity: 'error', message: 'Odd.' };
    expect(groupFindings([...many, odd]).map((group) => group.title)).toEqual([
      '1 other error',
      '2,500 claims without a verdict',
    ]);
  });
});
