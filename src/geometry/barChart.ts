// Data → rectangles for the 2-D example's bar chart in its three stages: the raw scores,
// the exponentials e^{z_i} (scaled to the largest), and the probabilities (where the
// plot's full height is 1).

import { linearScale } from './scale';

export type BarStage = 'scores' | 'exponentials' | 'probabilities';

/** A bar's vertical extent in pixels; `top` <= `bottom` because y grows downwards. */
export type BarExtent = { readonly top: number; readonly bottom: number };

export type BarChartLayout = {
  /** The plot rectangle that bars live in. */
  readonly plot: { left: number; top: number; width: number; height: number };
  /** Pixel x of each bar's left edge, in input order. */
  readonly barLefts: readonly number[];
  readonly barWidth: number;
  /** Pixel x of the stacked column that shows the probabilities adding up to 1. */
  readonly stackLeft: number;
  /** Pixel y of the value 0 in the scores stage. */
  readonly scoreBaseline: number;
  /** Pixel y of the value 0 in the exponential and probability stages. */
  readonly floor: number;
  /** Pixel y of probability 1 (also the height of the largest exponential). */
  readonly oneLine: number;
  /** Each bar's extent in each stage. */
  readonly stages: Readonly<Record<BarStage, readonly BarExtent[]>>;
};

export type BarChartInput = {
  readonly scores: readonly number[];
  /** e^{z_i − max}: 1 for the largest score. */
  readonly relativeExps: readonly number[];
  readonly probabilities: readonly number[];
};

const checkLengths = (input: BarChartInput): void => {
  const n = input.scores.length;
  if (n === 0) {
    throw new RangeError('layOutBarChart: scores is empty; the chart needs at least one bar');
  }
  if (input.relativeExps.length !== n || input.probabilities.length !== n) {
    throw new RangeError(
      `layOutBarChart: ${n} scores, ${input.relativeExps.length} exponentials and ` +
        `${input.probabilities.length} probabilities; all three must have the same length`,
    );
  }
};

export type BarChartOptions = {
  /**
   * Pixels kept free above the floor in the scores stage when a score is negative, so
   * the label under the lowest bar clears whatever is drawn under the plot. Default 0.
   */
  readonly scoreLabelRoom?: number;
};

/**
 * Lay out the bars inside `plot`. Each stage is proportional to its values: in the
 * exponentials stage the largest bar reaches `oneLine`, and in the probabilities stage
 * a bar's height is p_i times the height of 1, so the stacked column ends exactly at 1.
 */
export const layOutBarChart = (
  input: BarChartInput,
  plot: { left: number; top: number; width: number; height: number },
  options: BarChartOptions = {},
): BarChartLayout => {
  checkLengths(input);
  const n = input.scores.length;

  // n bars and the stacked column share the width; the column sits one slot apart.
  const slots = n + 1.6;
  const slot = plot.width / slots;
  const barWidth = Math.min(slot * 0.62, 150);
  const barLefts = input.scores.map((_, i) => plot.left + slot * (i + 0.5) - barWidth / 2);
  const stackLeft = plot.left + slot * (n + 1.1) - barWidth / 2;

  const floor = plot.top + plot.height;
  const oneLine = plot.top;

  // Scores may be negative: the domain always contains 0 so every bar starts at 0.
  const low = Math.min(0, ...input.scores);
  const high = Math.max(0, ...input.scores);
  const domain: [number, number] = low === high ? [0, 1] : [low, high];
  const lowestY = low < 0 ? floor - (options.scoreLabelRoom ?? 0) : floor;
  const scoreY = linearScale(domain, [lowestY, oneLine]);
  const scoreBaseline = scoreY(0);

  const extent = (from: number, to: number): BarExtent => ({ top: Math.min(from, to), bottom: Math.max(from, to) });
  const heightOfOne = floor - oneLine;

  return {
    plot,
    barLefts,
    barWidth,
    stackLeft,
    scoreBaseline,
    floor,
    oneLine,
    stages: {
      scores: input.scores.map((score) => extent(scoreBaseline, scoreY(score))),
      exponentials: input.relativeExps.map((value) => extent(floor, floor - value * heightOfOne)),
      probabilities: input.probabilities.map((value) => extent(floor, floor - value * heightOfOne)),
    },
  };
};

/** Blend two extents by t in [0, 1]. */
export const mixExtent = (from: BarExtent, to: BarExtent, t: number): BarExtent => ({
  top: from.top + (to.top - from.top) * t,
  bottom: from.bottom + (to.bottom - from.bottom) * t,
});

/**
 * Returns the stacked column's segments. Probability i sits on top of probabilities
 * 0..i−1, so the last segment ends at the height of 1, up to float rounding.
 */
export const stackSegments = (probabilities: readonly number[], floor: number, oneLine: number): BarExtent[] => {
  const heightOfOne = floor - oneLine;
  let bottom = floor;
  return probabilities.map((p) => {
    const top = bottom - p * heightOfOne;
    const segment = { top, bottom };
    bottom = top;
    return segment;
  });
};
