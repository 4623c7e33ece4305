// The 2-D example's bars, found in rendered frames by their colours: at the peak of the
// exponentiation their heights follow e^{z_i}, and after normalisation they follow p_i
// and add up to the marked height of 1. Checked for the default scores and two others.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeExponentials, softmax } from '../../src/story';
import { TWO_D_EXAMPLE, slotOf } from '../../src/timeline';
import {
  type ColumnRun,
  PLOT,
  findColumnRuns,
  measureBarHeight,
  measureBaseline,
  measureOneLine,
  measureStackTop,
} from './bar-measure';
import { type Image, readPng } from './pixels';
import { setUpRenderKit } from './render-kit-hooks';

const OUT = path.join(process.cwd(), 'out', 'test-bars');

// A bar's height may be off by 2 % of its expected height, or by 1.5 px where that is
// more: the anti-aliased top edge and the 3 px baseline over the bar's foot blur up to
// 1.5 px, which matters only for bars of a few pixels.
const RELATIVE_TOLERANCE = 0.02;
const PIXEL_TOLERANCE = 1.5;
const tolerance = (expected: number): number => Math.max(RELATIVE_TOLERANCE * expected, PIXEL_TOLERANCE);

const twoD = slotOf('2-D example');
/** After the bars reach e^{z_i} and before they start to shrink. */
const EXPONENTIAL_PEAK = twoD.from + TWO_D_EXAMPLE.beats.normalise.start - 8;
/** After the stacked column is complete and before the phase fades out. */
const NORMALISED = twoD.from + TWO_D_EXAMPLE.beats.total.end + 8;

const CASES = [
  { name: 'default scores', barScores: [2, 1], inputProps: {} },
  // A negative score's bar grows down first, then flips up when exponentiated.
  { name: 'a negative score', barScores: [0.5, 3, -1], inputProps: { barScores: [0.5, 3, -1] } },
  // Six bars, the narrowest layout; p_1 ≈ 0.009 draws a bar of about 5 px.
  {
    name: 'six bars',
    barScores: [-1, 0.5, 2.5, 1, 3, 1.5],
    inputProps: { barScores: [-1, 0.5, 2.5, 1, 3, 1.5] },
  },
] as const;

const getKit = setUpRenderKit(OUT);

const render = async (name: string, frame: number, inputProps: Record<string, unknown>): Promise<Image> => {
  const output = path.join(OUT, `${name}.png`);
  await getKit().still({ frame, output, inputProps });
  return readPng(output);
};

/** The colour order of the runs must be the component order: bar i has colour i. */
const expectComponentOrder = (runs: readonly ColumnRun[], count: number): void => {
  expect(runs.map((run) => run.index)).toEqual(Array.from({ length: count }, (_, index) => index));
};

describe.each(CASES)('bars with $name', ({ name, barScores, inputProps }) => {
  const slug = name.replace(/\s+/g, '-');
  const count = barScores.length;

  it('peak heights follow e^z', async () => {
    const image = await render(`${slug}-exponential`, EXPONENTIAL_PEAK, inputProps);
    const floor = measureBaseline(image);
    const runs = findColumnRuns(image, floor, count);
    expectComponentOrder(runs, count);

    const heights = runs.map((run) => measureBarHeight(image, run, floor));
    const exponentials = relativeExponentials(barScores);
    const tallest = Math.max(...heights);
    // The largest e^{z_i} reaches the top of the plot, the height of 1.
    expect(Math.abs(tallest - PLOT.height)).toBeLessThanOrEqual(tolerance(PLOT.height));
    exponentials.forEach((value, index) => {
      const expected = value * tallest;
      expect(Math.abs(heights[index]! - expected), `bar ${index + 1}: ${heights[index]} px, expected ${expected}`).toBeLessThanOrEqual(
        tolerance(expected),
      );
    });
  });

  it('final heights follow p', async () => {
    const image = await render(`${slug}-normalised`, NORMALISED, inputProps);
    const floor = measureBaseline(image);
    const oneLine = measureOneLine(image);
    expect(oneLine, 'the dashed line at 1 is drawn').not.toBeNull();
    const heightOfOne = floor - oneLine!;
    // The marked 1 is the plot's full height.
    expect(Math.abs(heightOfOne - PLOT.height)).toBeLessThanOrEqual(tolerance(PLOT.height));

    const runs = findColumnRuns(image, floor, count);
    // The bars, then the stacked column, whose lowest segment has colour 1.
    expect(runs).toHaveLength(count + 1);
    expectComponentOrder(runs.slice(0, count), count);

    const probabilities = softmax(barScores);
    const heights = runs.slice(0, count).map((run) => measureBarHeight(image, run, floor));
    probabilities.forEach((probability, index) => {
      const expected = probability * heightOfOne;
      expect(Math.abs(heights[index]! - expected), `bar ${index + 1}: ${heights[index]} px, expected ${expected}`).toBeLessThanOrEqual(
        tolerance(expected),
      );
    });

    // Together the bars are as tall as the marked 1. Each bar may be off by its own
    // tolerance, so the sum may be off by the sum of those.
    const total = heights.reduce((sum, height) => sum + height, 0);
    const totalTolerance = probabilities.reduce((sum, probability) => sum + tolerance(probability * heightOfOne), 0);
    expect(Math.abs(total - heightOfOne)).toBeLessThanOrEqual(totalTolerance);
  });

  it('stacked column reaches the one line', async () => {
    const image = await render(`${slug}-stack`, NORMALISED, inputProps);
    const floor = measureBaseline(image);
    const oneLine = measureOneLine(image)!;
    const runs = findColumnRuns(image, floor, count);
    const stack = runs[runs.length - 1]!;
    expect(stack.left).toBeGreaterThan(runs[count - 1]!.right);
    const top = measureStackTop(image, stack, floor, count);
    // The stack's top edge is within a pixel of the dashed line's centre (row precision).
    expect(Math.abs(top - oneLine)).toBeLessThanOrEqual(PIXEL_TOLERANCE);
  });
});
