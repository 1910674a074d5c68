import { describe, expect, it } from 'vitest';
import { standardScale } from '../../../../src-main/core/scales/builtinScales';
import { anonymousName } from '../../../../src-main/core/training/anonymousName';
import { buildDebrief } from '../../../../src-main/core/training/buildDebrief';
import { renderDebriefCsv } from '../../../../src-main/core/training/renderDebriefCsv';
import { renderDebriefHtml } from '../../../../src-main/core/training/renderDebriefHtml';
import { scoreTraining } from '../../../../src-main/core/training/scoreTraining';
import type { AnswerKey, TraineeAttempt } from '../../../../src-main/core/training/trainingInput';

const text = 'Crime fell by 40% last year, the mayor said.';
const key: AnswerKey = [
  {
    id: 9,
    start: 0,
    end: 18,
    exact: 'Crime fell by 40% ',
    ratingKey: 'false',
    reasoning: 'See <script>alert(1)</script> and [this](javascript:alert(2)).',
    sources: [
      { url: 'javascript:alert(3)', tier: 0 },
      { url: 'https://stats.example/crime', tier: 3 },
    ],
  },
];
const attempts: TraineeAttempt[] = [
  {
    trainee: '=HYPERLINK("http://evil.example")',
    claims: [{ start: 0, end: 17, exact: 'Crime fell by 40%', ratingKey: 'false', sources: [] }],
    secondsTaken: 600,
  },
];
const scale = standardScale.ratings.map((rating) => ({ key: rating.key, value: rating.value }));

function debrief(anonymise: boolean) {
  return buildDebrief({
    article: { title: 'Crime', outlet: '', author: '', publishedAt: '', url: '', language: 'en' },
    text,
    key,
    scale: standardScale,
    scores: scoreTraining(key, attempts, text, scale),
    timeLimits: [15],
    anonymise,
    generatedAt: '2026-03-04T10:00:00.000Z',
    appVersion: 'test',
  });
}

describe('anonymousName', () => {
  it('counts A to Z, then AA', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(anonymousName)).toEqual([
      'Trainee A',
      'Trainee B',
      'Trainee Z',
      'Trainee AA',
      'Trainee AB',
      'Trainee AZ',
      'Trainee BA',
    ]);
  });
});

describe('the debrief files', () => {
  it('keep hostile reasoning, sources and names inert in HTML', () => {
    const html = renderDebriefHtml(debrief(false));
    expect(html).not.toMatch(/<script|javascript:alert\(2\)"|href="javascript/i);
    expect(html).toContain('javascript:alert(3)');
    expect(html).toContain('<a href="https://stats.example/crime" rel="noopener noreferrer">');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;)');
  });

  it('guard spreadsheet formulas and quote fields in CSV', () => {
    const csv = renderDebriefCsv(debrief(false));
    expect(csv).toContain('\r\n"\'=HYPERLINK(""http://evil.example"")",1.0000,1.0000,1.0000,');
    expect(csv).toContain(',,too few claims,0.0000,0,600,15\r\n');
  });

  it('leave no trace of the names when anonymised', () => {
    const model = debrief(true);
    expect(JSON.stringify(model)).not.toContain('HYPERLINK');
    expect(renderDebriefHtml(model)).toContain('<h3>Trainee A</h3>');
  });
});
