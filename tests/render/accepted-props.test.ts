// Scores at the edges of what the props accept, rendered in every phase and measured in
// the picture. Bars must be as tall as the maths gives (zero for probabilities that
// underflow), every component's label must be drawn inside its bar's slot and clear of
// other labels, and nothing may run out of its area or out of the frame.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { barSlotWidth, scoreLabelRoom } from '../../src/components/BarChart';
import { layOutBarChart } from '../../src/geometry';
import { PANEL_MARGIN, PANEL_WIDTH, scoreLabelWidth } from '../../src/phases/Comparison';
import { buildVectorStory, relativeExponentials, softmax } from '../../src/story';
import { AREAS, BAR_PLOT, COLORS, COMPONENT_COLORS } from '../../src/theme';
import { COMPARISON, DEFINITION, INTRO, THREE_D_EXAMPLE, TWO_D_EXAMPLE, slotOf } from '../../src/timeline';
import { PLOT } from './bar-measure';
import { SOLID_TOLERANCE, columnCounts, frameBorder, horizontalRun, rectFromEdges, verticalRun } from './layout-measure';
import { type Image, type Rect, colorBounds, countColor, countInk, hexToRgb, lineCentre, readPng } from './pixels';
import { setUpRenderKit } from './render-kit-hooks';

const OUT = path.join(process.cwd(), 'out', 'test-accepted-props');
const background = hexToRgb(COLORS.background);
const axis = hexToRgb(COLORS.axis);
const muted = hexToRgb(COLORS.muted);
const reference = hexToRgb(COLORS.reference);
const colorOf = (index: number) => hexToRgb(COMPONENT_COLORS[index]!);

const intro = slotOf('Intro');
const definition = slotOf('Definition');
const twoD = slotOf('2-D example');
const threeD = slotOf('3-D example');
const comparison = slotOf('Comparison');

/** Frames checked, each inside its phase and outside any cross-fade. */
const FRAMES = {
  /** Every point and label of the number line is in. */
  intro: intro.from + INTRO.beats.points.end + 3,
  /** All three rows of values are in. */
  definition: definition.from + DEFINITION.beats.denominator.start + 20,
  /** The bars show the scores. */
  scores: twoD.from + TWO_D_EXAMPLE.beats.bars.end + 8,
  /** The bars show e^{z_i}, before they start to shrink. */
  exponentials: twoD.from + TWO_D_EXAMPLE.beats.normalise.start - 8,
  /** The bars show p_i and the stacked column is complete. */
  probabilities: twoD.from + TWO_D_EXAMPLE.beats.total.end + 8,
  /** The 3-D example's step table is complete. */
  threeD: threeD.from + THREE_D_EXAMPLE.beats.total.end + 8,
  /** Every arrow has landed and the emphasis has not dimmed any row yet. */
  comparison: comparison.from + COMPARISON.beats.emphasis.start,
} as const;

type AcceptedCase = { readonly name: string; readonly barScores: number[]; readonly pointScores: number[] };

const CASES: readonly AcceptedCase[] = [
  // Six long labels, values 2000 apart, and e^{z_i} from 10^−435 to 10^434.
  { name: 'far apart', barScores: [-1000, 1000, 0, 0.01, -999.99, 999.99], pointScores: [-1000, 1000, 999.99] },
  { name: 'six near limit', barScores: [-999.99, -999.98, -999.97, -999.96, -999.95, -999.94], pointScores: [-999.99, 999.99, -0.01] },
  { name: 'ties', barScores: [1, 1, 1, 1], pointScores: [0, 0, 0] },
  { name: 'negatives', barScores: [-3, -1, -2.5], pointScores: [-5, -5.5, -7] },
  { name: 'near equal', barScores: [0.01, 0, 0.02, 0.01, 0, 0.02], pointScores: [1000, 999.99, 999.98] },
  { name: 'one dominant', barScores: [10, 0, 0, 0, 0, 0], pointScores: [50, 0, 1] },
  { name: 'all zero', barScores: [0, 0], pointScores: [0, 0, 0] },
  { name: 'long decimals', barScores: [3.14159, -2.71828, 0.5], pointScores: [0.1, -0.25, 1000] },
];

const getKit = setUpRenderKit(OUT);

/** A bar may be off by 2 % of its expected height or by 2 px, whichever is more. */
const heightTolerance = (expected: number): number => Math.max(0.02 * expected, 2);

/** No ink within 3 px of the frame's edges: a label pushed out of the frame would be cut there. */
const expectNothingAtFrameEdge = (image: Image, context: string): void => {
  for (const strip of frameBorder(image, 3)) {
    expect(countInk(image, strip, background), `${context}: ink at the frame edge ${JSON.stringify(strip)}`).toBe(0);
  }
};

/** The gutter between the left and right areas stays empty: neither side runs into the other. */
const GUTTER = rectFromEdges(AREAS.left.left + AREAS.left.width, AREAS.left.top, AREAS.right.left, AREAS.left.top + AREAS.left.height);
/** The margin right of the right area, where a long row of the step table would run. */
const RIGHT_MARGIN = rectFromEdges(AREAS.right.left + AREAS.right.width, AREAS.right.top, 1920, AREAS.right.top + AREAS.right.height);

const expectAreasApart = (image: Image, context: string): void => {
  expect(countInk(image, GUTTER, background), `${context}: ink in the gutter between the areas`).toBe(0);
  expect(countInk(image, RIGHT_MARGIN, background), `${context}: ink right of the right area`).toBe(0);
};

/** Compute the bar chart's slot width, bar centres and stacked column for these scores, in composition pixels. */
const barGeometry = (barScores: readonly number[]) => {
  const story = buildVectorStory(barScores);
  const slot = barSlotWidth(BAR_PLOT.width, barScores.length);
  const layout = layOutBarChart(
    { scores: barScores, relativeExps: relativeExponentials(barScores), probabilities: softmax(barScores) },
    BAR_PLOT,
    { scoreLabelRoom: scoreLabelRoom(story, slot) },
  );
  const centres = layout.barLefts.map((left) => AREAS.left.left + left + layout.barWidth / 2);
  return { slot, centres, stackLeft: AREAS.left.left + layout.stackLeft };
};

/** Everything of component `index`'s colour left of the stacked column lies in the bar's slot. */
const expectInSlot = (image: Image, barScores: readonly number[], index: number, context: string): Rect => {
  const { slot, centres, stackLeft } = barGeometry(barScores);
  const region = rectFromEdges(0, 0, stackLeft - 4, image.height);
  const bounds = colorBounds(image, region, colorOf(index));
  expect(bounds, `${context}: bar ${index + 1} draws nothing`).not.toBeNull();
  const centre = centres[index]!;
  expect(bounds!.left, `${context}: bar ${index + 1} reaches into the slot on its left`).toBeGreaterThanOrEqual(centre - slot / 2);
  expect(bounds!.left + bounds!.width, `${context}: bar ${index + 1} reaches into the slot on its right`).toBeLessThanOrEqual(centre + slot / 2);
  expect(bounds!.top, `${context}: bar ${index + 1}'s label reaches into the title`).toBeGreaterThanOrEqual(AREAS.left.top);
  return bounds!;
};

/** y of the centre of the bars' baseline (axis colour), from the columns left of the first bar. */
const baselineAt = (image: Image): number => {
  const y = lineCentre(image, { left: PLOT.left - 8, top: PLOT.top - 10, width: 7, height: PLOT.height + 20 }, axis, background);
  expect(y, 'the bars have a baseline').not.toBeNull();
  return y!;
};

/**
 * Height of bar `index` from the baseline at y `baseline`, measured in its middle column:
 * upwards, or downwards for a negative score in the scores stage. The baseline's 3 px
 * stroke and its anti-aliased edges cover the bar's foot, so the count starts 3 px from
 * the baseline's centre. Returns 0 when no bar is there.
 */
const barHeight = (image: Image, barScores: readonly number[], index: number, baseline: number, downwards = false): number => {
  const x = Math.round(barGeometry(barScores).centres[index]!);
  if (downwards) {
    const start = Math.ceil(baseline + 2.5);
    const run = verticalRun(image, x, start, 1, colorOf(index));
    return run === 0 ? 0 : start + run - baseline;
  }
  const start = Math.floor(baseline - 2.5);
  const run = verticalRun(image, x, start, -1, colorOf(index));
  // The run's top row is start − run + 1, and a row's top edge is its index.
  return run === 0 ? 0 : baseline - (start - run + 1);
};

describe.each(CASES)('accepted props: $name', ({ name, barScores, pointScores }) => {
  const slug = name.replace(/\s+/g, '-');
  const inputProps = { barScores, pointScores };
  const render = async (phase: keyof typeof FRAMES): Promise<Image> => {
    const output = path.join(OUT, `${slug}-${phase}.png`);
    await getKit().still({ frame: FRAMES[phase], output, inputProps });
    return readPng(output);
  };

  it('intro shows every score', async () => {
    const image = await render('intro');
    expectNothingAtFrameEdge(image, 'intro');
    // The heading is the only muted text in the band's top third.
    const heading = colorBounds(image, { ...AREAS.middle, height: AREAS.middle.height / 3 }, muted);
    expect(heading, 'the intro heading').not.toBeNull();
    barScores.forEach((_, index) => {
      // A label alone is 250 px or more; equal scores draw their points on top of each other.
      expect(countColor(image, AREAS.middle, colorOf(index)), `score ${index + 1}`).toBeGreaterThan(200);
      // Labels stack in rows above the line, up to six, all below the heading.
      const label = colorBounds(image, AREAS.middle, colorOf(index));
      expect(label!.top, `score ${index + 1}'s label reaches the heading`).toBeGreaterThan(heading!.top + heading!.height + 4);
    });
  });

  it('definition stays in its area', async () => {
    const image = await render('definition');
    expectNothingAtFrameEdge(image, 'definition');
    expectAreasApart(image, 'definition');
    barScores.forEach((_, index) => {
      expect(countColor(image, AREAS.left, colorOf(index)), `values of component ${index + 1}`).toBeGreaterThan(200);
      expect(countColor(image, AREAS.right, colorOf(index)), `component ${index + 1} in the cards`).toBe(0);
    });
  });

  it('score bars follow the scores', async () => {
    const image = await render('scores');
    expectNothingAtFrameEdge(image, 'scores stage');
    expectAreasApart(image, 'scores stage');
    const baseline = baselineAt(image);
    const largest = Math.max(...barScores.map(Math.abs));
    const heights = barScores.map((score, index) => barHeight(image, barScores, index, baseline, score < 0));
    const tallest = Math.max(...heights);
    if (largest === 0) {
      expect(tallest).toBe(0);
    } else {
      expect(tallest).toBeGreaterThan(100);
    }
    barScores.forEach((score, index) => {
      const expected = largest === 0 ? 0 : (Math.abs(score) / largest) * tallest;
      expect(Math.abs(heights[index]! - expected), `bar ${index + 1}: ${heights[index]} px, expected ${expected}`).toBeLessThanOrEqual(
        heightTolerance(expected),
      );
      const bounds = expectInSlot(image, barScores, index, 'scores stage');
      // A label under a negative bar stays above the z_i labels, which start 18 px under the plot.
      expect(bounds.top + bounds.height, `bar ${index + 1}'s label reaches the z_i labels`).toBeLessThanOrEqual(PLOT.top + PLOT.height + 16);
    });
  });

  it('exponential bars follow e^z', async () => {
    const image = await render('exponentials');
    expectNothingAtFrameEdge(image, 'exponentials stage');
    expectAreasApart(image, 'exponentials stage');
    const baseline = baselineAt(image);
    relativeExponentials(barScores).forEach((value, index) => {
      const expected = value * PLOT.height;
      const height = barHeight(image, barScores, index, baseline);
      expect(Math.abs(height - expected), `bar ${index + 1}: ${height} px, expected ${expected}`).toBeLessThanOrEqual(heightTolerance(expected));
      expectInSlot(image, barScores, index, 'exponentials stage');
    });
  });

  it('probability bars follow p', async () => {
    const image = await render('probabilities');
    expectNothingAtFrameEdge(image, 'probabilities stage');
    expectAreasApart(image, 'probabilities stage');
    const baseline = baselineAt(image);
    softmax(barScores).forEach((probability, index) => {
      const expected = probability * PLOT.height;
      const height = barHeight(image, barScores, index, baseline);
      expect(Math.abs(height - expected), `bar ${index + 1}: ${height} px, expected ${expected}`).toBeLessThanOrEqual(heightTolerance(expected));
      // A bar of height zero still has its label ("≈ 0") in its slot.
      const bounds = expectInSlot(image, barScores, index, 'probabilities stage');
      expect(countColor(image, rectFromEdges(bounds.left, bounds.top, bounds.left + bounds.width, baseline - height - 4), colorOf(index))).toBeGreaterThan(40);
      // The step table shows the component's row.
      expect(countColor(image, AREAS.right, colorOf(index)), `step table row ${index + 1}`).toBeGreaterThan(300);
    });
  });

  it('3-D step table stays in its area', async () => {
    const image = await render('threeD');
    expectNothingAtFrameEdge(image, '3-D example');
    expectAreasApart(image, '3-D example');
    pointScores.forEach((_, index) => {
      expect(countColor(image, AREAS.right, colorOf(index)), `step table row ${index + 1}`).toBeGreaterThan(300);
    });
  });

  it('comparison labels clear the bars', async () => {
    const image = await render('comparison');
    expectNothingAtFrameEdge(image, 'comparison');
    const band = AREAS.middle;
    const half = band.width / 2;
    const rightHalf = { ...band, left: band.left + half, width: half };

    // The probability bars start at the zero line and end at p_i of the way to the dashed line at 1.
    const zeroX = strongestColumn(image, rightHalf, axis);
    const oneX = strongestColumn(image, rightHalf, reference);
    const probabilities = softmax(pointScores);
    // The score bars share the panel's width left of the labels, from the lowest score (or 0) to the highest (or 0).
    const scoreBarsWidth = PANEL_WIDTH - scoreLabelWidth(buildVectorStory(pointScores));
    const scoreSpan = Math.max(0, ...pointScores) - Math.min(0, ...pointScores);

    pointScores.forEach((score, index) => {
      const color = colorOf(index);
      const right = colorBounds(image, rightHalf, color);
      expect(right, `probability row ${index + 1} draws nothing`).not.toBeNull();
      const rowCentre = Math.round(right!.top + right!.height / 2);
      const expected = probabilities[index]! * (oneX - zeroX);
      const width = horizontalRun(image, zeroX + 2, rowCentre, color);
      const measured = width === 0 ? 0 : width + 2;
      expect(Math.abs(measured - expected), `probability bar ${index + 1}: ${measured} px, expected ${expected}`).toBeLessThanOrEqual(
        heightTolerance(expected),
      );

      // In the scores panel, bar columns are filled over the bar's 44 px height and label
      // columns by glyphs only. The label must end before the bar begins. The arrows,
      // right of the panel, are left out.
      const panel = rectFromEdges(band.left, band.top, band.left + PANEL_MARGIN + PANEL_WIDTH + 1, band.top + band.height);
      const left = colorBounds(image, panel, color);
      expect(left, `score row ${index + 1} draws nothing`).not.toBeNull();
      const counts = columnCounts(image, left!, color, SOLID_TOLERANCE);
      const barColumns = counts.map((count, column) => (count >= 36 ? column : -1)).filter((column) => column >= 0);
      const labelColumns = counts.map((count, column) => (count > 0 && count < 36 ? column : -1)).filter((column) => column >= 0);
      expect(labelColumns.length, `score label ${index + 1} is drawn`).toBeGreaterThan(40);

      const expectedBar = scoreSpan === 0 ? 0 : (Math.abs(score) / scoreSpan) * scoreBarsWidth;
      expect(Math.abs(barColumns.length - expectedBar), `score bar ${index + 1}: ${barColumns.length} px, expected ${expectedBar}`).toBeLessThanOrEqual(
        heightTolerance(expectedBar),
      );
      if (barColumns.length > 0) {
        const barStart = Math.min(...barColumns);
        const labelEnd = Math.max(...labelColumns.filter((column) => column < barStart));
        expect(barStart - labelEnd, `score label ${index + 1} touches its bar`).toBeGreaterThan(4);
      }
    });
  });
});

/** x of the column of `rect` with the most pixels of `color`: a vertical line's position. */
const strongestColumn = (image: Image, rect: Rect, color: ReturnType<typeof hexToRgb>): number => {
  const counts = columnCounts(image, rect, color, 20);
  const best = counts.indexOf(Math.max(...counts));
  expect(counts[best], 'a vertical line of the colour').toBeGreaterThan(100);
  return Math.floor(rect.left) + best;
};
