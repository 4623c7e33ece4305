// The frames on either side of every phase boundary. Neighbouring phases overlap by
// TRANSITION_FRAMES and cross-fade there, so at the frame before the overlap only the
// outgoing phase is on screen, complete and fully opaque, and at the first frame after the
// overlap only the incoming one is.
//
// "Fully opaque" is measured with exact colours: a colour matched within 12 levels per
// channel is only found where its element is drawn at an opacity above about 0.94, because
// anything fainter is blended further towards the background.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story';
import { AREAS, COLORS, COMPONENT_COLORS } from '../../src/theme';
import { HEIGHT, PHASE_SLOTS, TRANSITION_FRAMES, type PhaseName } from '../../src/timeline';
import { type Image, type Rect, type Rgb, colorDistance, countColor, countInk, hexToRgb, pixelAt, readPng, tallestRun } from './pixels';
import { setUpRenderKit } from './render-kit-hooks';

const OUT = path.join(process.cwd(), 'out', 'test-boundaries');
const background = hexToRgb(COLORS.background);
const component = (index: number): Rgb => hexToRgb(COMPONENT_COLORS[index]!);
const story = buildStory({ barScores: [2, 1], pointScores: [1, 3, 0] });

const halfOf = (box: Rect, side: 'top' | 'left'): Rect =>
  side === 'top' ? { ...box, height: box.height / 2 } : { ...box, width: box.width / 2 };

/** The intro's number line: a band around its y (62 % down the middle band). */
const NUMBER_LINE_BAND: Rect = {
  ...AREAS.middle,
  top: AREAS.middle.top + AREAS.middle.height * 0.62 - 14,
  height: 28,
};

/** Rows in `rect` that hold a horizontal run of `color` at least `length` pixels long. */
const rowsWithRun = (image: Image, rect: Rect, color: Rgb, length: number): number => {
  let rows = 0;
  for (let y = Math.floor(rect.top); y < rect.top + rect.height && y < HEIGHT; y++) {
    let run = 0;
    let longest = 0;
    for (let x = Math.floor(rect.left); x < rect.left + rect.width; x++) {
      run = colorDistance(pixelAt(image, x, y), color) <= 12 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (longest >= length) {
      rows++;
    }
  }
  return rows;
};

// What each phase shows at full opacity, where its neighbours draw nothing like it.
const features = {
  numberLine: (image: Image) => countColor(image, NUMBER_LINE_BAND, hexToRgb(COLORS.axis)),
  formulaInk: (image: Image) => countInk(image, AREAS.bottom, background),
  /** The fraction bar: rows of the bottom area with a text-coloured run of 60 px or more. */
  fractionBar: (image: Image) => rowsWithRun(image, AREAS.bottom, hexToRgb(COLORS.text), 60),
  /** The definition's card headings, set in the highlight colour. */
  cards: (image: Image) => countColor(image, AREAS.right, hexToRgb(COLORS.highlight)),
  /** The tallest solid run of the first component's colour: a bar, not a glyph. */
  barHeight: (image: Image) => tallestRun(image, AREAS.left, component(0))?.height ?? 0,
  referenceInLeft: (image: Image) => countColor(image, AREAS.left, hexToRgb(COLORS.reference)),
  /** The 3-D axis labels ("y (height)") in the upper half of the left area. */
  axisLabels: (image: Image) => countColor(image, halfOf(AREAS.left, 'top'), hexToRgb(COLORS.muted)),
  tableColours: (image: Image) => [0, 1, 2].map((index) => countColor(image, AREAS.right, component(index))),
  /** The comparison's bars: rows with a 100 px run of the largest score's colour. */
  comparisonBars: (image: Image) =>
    rowsWithRun(image, halfOf(AREAS.middle, 'left'), component(story.points.maxIndex), 100),
  middleHighlight: (image: Image) => countColor(image, AREAS.middle, hexToRgb(COLORS.highlight)),
  middleComponents: (image: Image) => [0, 1, 2].map((index) => countColor(image, AREAS.middle, component(index))),
  title: (image: Image) => countColor(image, AREAS.top, hexToRgb(COLORS.text)),
};

type Boundary = {
  readonly from: PhaseName;
  readonly to: PhaseName;
  /** Checks of the last frame before the overlap. */
  readonly before: (image: Image) => void;
  /** Checks of the first frame after the overlap. */
  readonly after: (image: Image) => void;
};

const BOUNDARIES: readonly Boundary[] = [
  {
    from: 'Intro',
    to: 'Definition',
    before: (image) => {
      expect(features.numberLine(image), 'number line').toBeGreaterThan(1000);
      expect(features.middleComponents(image).slice(0, 2).every((count) => count > 200), 'both score points').toBe(true);
      expect(features.formulaInk(image), 'no formula yet').toBe(0);
    },
    after: (image) => {
      expect(features.numberLine(image), 'number line gone').toBe(0);
      // The formula is still fading in (its own beat), so it is drawn but not yet opaque.
      expect(features.formulaInk(image), 'formula').toBeGreaterThan(2000);
    },
  },
  {
    from: 'Definition',
    to: '2-D example',
    before: (image) => {
      expect(features.cards(image), 'definition cards').toBeGreaterThan(200);
      expect(features.barHeight(image), 'no bars yet').toBeLessThan(60);
    },
    after: (image) => {
      expect(features.cards(image), 'cards gone').toBe(0);
      expect(features.barHeight(image), 'bars growing').toBeGreaterThanOrEqual(60);
      expect(features.fractionBar(image), 'formula stays').toBeGreaterThan(0);
    },
  },
  {
    from: '2-D example',
    to: '3-D example',
    before: (image) => {
      const expected = story.bars.components[0]!.probability * AREAS.left.height;
      expect(features.barHeight(image), 'bar 1 at p').toBeGreaterThan(expected * 0.5);
      expect(features.referenceInLeft(image), 'dashed line at 1').toBeGreaterThan(200);
      expect(features.axisLabels(image), 'no 3-D axes yet').toBe(0);
    },
    after: (image) => {
      expect(features.barHeight(image), 'bars gone').toBeLessThan(60);
      expect(features.referenceInLeft(image), 'dashed line gone').toBe(0);
      expect(features.axisLabels(image), '3-D axis labels').toBeGreaterThan(50);
    },
  },
  {
    from: '3-D example',
    to: 'Comparison',
    before: (image) => {
      expect(features.axisLabels(image), '3-D axis labels').toBeGreaterThan(50);
      expect(features.tableColours(image).every((count) => count > 300), 'step table rows').toBe(true);
      expect(features.comparisonBars(image), 'no comparison bars yet').toBeLessThan(10);
    },
    after: (image) => {
      expect(features.tableColours(image), 'step table gone').toEqual([0, 0, 0]);
      expect(features.comparisonBars(image), 'comparison bars growing').toBeGreaterThanOrEqual(10);
    },
  },
  {
    from: 'Comparison',
    to: 'Outro',
    before: (image) => {
      expect(features.middleHighlight(image), 'largest score emphasised').toBeGreaterThan(500);
      expect(features.fractionBar(image), 'formula').toBeGreaterThan(0);
      expect(features.title(image), 'title').toBeGreaterThan(1000);
    },
    after: (image) => {
      expect(features.middleHighlight(image), 'comparison gone').toBe(0);
      expect(features.middleComponents(image), 'comparison colours gone').toEqual([0, 0, 0]);
      expect(features.fractionBar(image), 'formula gone').toBe(0);
      expect(features.title(image), 'title still shown').toBeGreaterThan(1000);
    },
  },
];

const getKit = setUpRenderKit(OUT);

const render = async (name: string, frame: number): Promise<Image> => {
  const output = path.join(OUT, `${name}-${frame}.png`);
  await getKit().still({ frame, output });
  return readPng(output);
};

describe('phase boundaries', () => {
  it('cover every pair of phases', () => {
    expect(BOUNDARIES.map((boundary) => [boundary.from, boundary.to])).toEqual(
      PHASE_SLOTS.slice(1).map((slot, index) => [PHASE_SLOTS[index]!.name, slot.name]),
    );
  });

  it.each(BOUNDARIES)('$from hands over to $to', async (boundary) => {
    const start = PHASE_SLOTS.find((slot) => slot.name === boundary.to)!.from;
    const slug = `${boundary.from}-${boundary.to}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    boundary.before(await render(`${slug}-before`, start - 1));
    boundary.after(await render(`${slug}-after`, start + TRANSITION_FRAMES));
  });
});
