/**
 * The story: every number and label the video shows, computed once from the input scores.
 * The functions are pure, so the same scores always give a deeply equal story.
 */

import {
  formatExponential,
  formatProbabilities,
  formatScore,
  PROBABILITY_DECIMALS,
  roundPreservingSum,
  scoreDecimals,
  type ScientificLabel,
} from './format';
import { logSumExp, maxScoreIndex, relativeExponentials, softmax, validateScores } from './softmax';

/** Numbers and labels for one score z_i of a vector. */
export type ComponentStory = {
  /** 0-based position in the score vector. */
  index: number;
  score: number;
  /** Score with the vector's shared number of decimals, using "−" for negatives. */
  scoreText: string;
  /** Exact softmax probability. */
  probability: number;
  /** Probability as shown, with 3 decimals or "≈ 0". */
  probabilityText: string;
  /**
   * Probability rounded to 3 decimals, as shown: equal probabilities stay equal, and the
   * vector's rounded values sum to 1 unless ties prevent it (see roundPreservingSum).
   */
  roundedProbability: number;
  /** e^(z_i − max z), which is 1 for the maximum score. */
  relativeExp: number;
  /** Label for e^(z_i). */
  expLabel: ScientificLabel;
};

/** Numbers and labels for one score vector. */
export type VectorStory = {
  scores: readonly number[];
  components: ComponentStory[];
  /** ln Σ_j e^(z_j). */
  logSumExp: number;
  /** Label for Σ_j e^(z_j). */
  sumLabel: ScientificLabel;
  /** Index of the first maximum score. */
  maxIndex: number;
  /** Decimals used for every scoreText of this vector (0 to 2). */
  scoreDecimals: number;
};

/** Stories for the two scenes: the bar chart and the point cloud. */
export type Story = {
  bars: VectorStory;
  points: VectorStory;
};

/**
 * Builds the story for one score vector.
 * Throws a RangeError when `scores` is empty or contains a non-finite entry.
 */
export function buildVectorStory(scores: readonly number[]): VectorStory {
  validateScores(scores, 'buildVectorStory');

  const decimals = scoreDecimals(scores);
  const probabilities = softmax(scores);
  const probabilityTexts = formatProbabilities(probabilities);
  const roundedProbabilities = roundPreservingSum(probabilities, PROBABILITY_DECIMALS);
  const relativeExps = relativeExponentials(scores);
  const logSum = logSumExp(scores);

  const components = scores.map(
    (score, index): ComponentStory => ({
      index,
      score,
      scoreText: formatScore(score, decimals),
      probability: probabilities[index] ?? 0,
      probabilityText: probabilityTexts[index] ?? '',
      roundedProbability: roundedProbabilities[index] ?? 0,
      relativeExp: relativeExps[index] ?? 0,
      expLabel: formatExponential(score),
    }),
  );

  return {
    scores: [...scores],
    components,
    logSumExp: logSum,
    sumLabel: formatExponential(logSum),
    maxIndex: maxScoreIndex(scores),
    scoreDecimals: decimals,
  };
}

/** Builds the stories for the bar scene and the point scene. */
export function buildStory(props: { barScores: readonly number[]; pointScores: readonly number[] }): Story {
  return {
    bars: buildVectorStory(props.barScores),
    points: buildVectorStory(props.pointScores),
  };
}
