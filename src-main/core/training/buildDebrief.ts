import type { RatingScale } from '../model';
import { compareTextOrder } from '../anchoring/compareTextOrder';
import { assignLanes, segmentText } from '../report/segmentText';
import { UNCHECKED_COLOUR, safeColour } from '../report/verdictColours';
import { anonymousName } from './anonymousName';
import type { Debrief, DebriefClaim, DebriefRating } from './Debrief';
import type { TrainingScores } from './scoreTraining';
import type { AnswerKey } from './trainingInput';

export interface DebriefInput {
  article: {
    title: string;
    outlet: string;
    author: string;
    publishedAt: string;
    url: string;
    language: string;
  };
  /** The text the key was made on. */
  text: string;
  key: AnswerKey;
  scale: RatingScale;
  /** `scoreTraining`'s result for these attempts, trainees in attempt order. */
  scores: TrainingScores;
  /** The exercise's time limit as each attempt recorded it, in attempt order. */
  timeLimits: readonly (number | null)[];
  anonymise: boolean;
  generatedAt: string;
  appVersion: string;
}

export function debriefRating(scale: RatingScale, key: string | null): DebriefRating {
  if (key === null) return { key: null, label: 'No verdict', colour: UNCHECKED_COLOUR };
  const rating = scale.ratings.find((candidate) => candidate.key === key);
  return rating
    ? { key, label: rating.label, colour: safeColour(rating.colour) }
    : { key, label: key, colour: UNCHECKED_COLOUR };
}

/** Joins the key, the text and the scores into the one model every debrief view renders. */
export function buildDebrief(input: DebriefInput): Debrief {
  const { key, scale, scores } = input;
  const inTextOrder = [...key].sort(compareTextOrder);
  const numberOf = new Map(inTextOrder.map((claim, index) => [claim.id, index + 1]));
  const spans = inTextOrder.map((claim, index) => ({
    number: index + 1,
    start: claim.start,
    end: claim.end,
  }));
  const lanes = assignLanes(spans);
  const difficulty = new Map(scores.claims.map((claim) => [claim.id, claim]));

  const claims = inTextOrder.map((claim, index): DebriefClaim => {
    const number = index + 1;
    const scored = difficulty.get(claim.id);
    const spread = (scored?.verdictSpread ?? []).map((entry) => ({
      rating: debriefRating(scale, entry.ratingKey),
      count: entry.count,
    }));
    const foundBy = spread.reduce((sum, entry) => sum + entry.count, 0);
    const agreeing = spread.find((entry) => entry.rating.key === claim.ratingKey)?.count ?? 0;
    return {
      number,
      id: claim.id,
      start: claim.start,
      end: claim.end,
      exact: claim.exact,
      rating: debriefRating(scale, claim.ratingKey),
      reasoning: claim.reasoning,
      sources: claim.sources.map((source) => ({ url: source.url, tier: source.tier })),
      detectionRate: scored?.detectionRate ?? null,
      foundBy,
      spread,
      agreement: foundBy === 0 || claim.ratingKey === null ? null : agreeing / foundBy,
      lane: lanes.get(number) ?? 0,
    };
  });

  return {
    ...input.article,
    text: input.text,
    scaleName: scale.name,
    anonymised: input.anonymise,
    generatedAt: input.generatedAt,
    appVersion: input.appVersion,
    claims,
    hardestFirst: scores.claims.map((claim) => numberOf.get(claim.id) ?? 0),
    segments: segmentText(input.text.length, spans),
    trainees: scores.trainees.map((trainee, index) => ({
      ...trainee,
      name: input.anonymise ? anonymousName(index) : trainee.name,
      timeLimitMinutes: input.timeLimits[index] ?? null,
    })),
    alpha: scores.alpha,
  };
}
