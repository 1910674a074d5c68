import { describe, expect, it } from 'vitest';
import {
  AnswerKey,
  TraineeAttempt,
  TrainingScale,
} from '../../../../src-main/core/training/trainingInput';

const keyClaim = {
  id: 1,
  start: 0,
  end: 5,
  exact: 'crime',
  ratingKey: 'false',
  reasoning: '',
  sources: [{ url: 'https://police.gov', tier: 3 }],
};

describe('training input schemas', () => {
  it('accept a well-formed key, attempt and scale', () => {
    expect(AnswerKey.safeParse([keyClaim]).success).toBe(true);
    expect(
      TraineeAttempt.safeParse({
        trainee: 'Ana',
        secondsTaken: 90.5,
        claims: [
          { start: 0, end: 5, exact: 'crime', ratingKey: null, sources: [{ url: 'x.org' }] },
        ],
      }).success,
    ).toBe(true);
    expect(
      TrainingScale.safeParse([
        { key: 'false', value: 1 },
        { key: 'unproven', value: null },
      ]).success,
    ).toBe(true);
  });

  it('reject a span that ends before it starts', () => {
    const result = AnswerKey.safeParse([{ ...keyClaim, start: 6 }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([0, 'end']);
  });

  it('reject repeated claim ids and rating keys', () => {
    expect(AnswerKey.safeParse([keyClaim, { ...keyClaim }]).success).toBe(false);
    expect(
      TrainingScale.safeParse([
        { key: 'false', value: 1 },
        { key: 'false', value: 2 },
      ]).success,
    ).toBe(false);
  });

  it('reject tiers outside 0–3, negative times and an empty scale', () => {
    expect(
      AnswerKey.safeParse([{ ...keyClaim, sources: [{ url: 'a.org', tier: 4 }] }]).success,
    ).toBe(false);
    expect(TraineeAttempt.safeParse({ trainee: 'Ana', secondsTaken: -1, claims: [] }).success).toBe(
      false,
    );
    expect(TrainingScale.safeParse([]).success).toBe(false);
  });
});
