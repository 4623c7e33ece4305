// One still per phase, rendered by Remotion in real Chromium, each checked for what the
// phase must show: measured in the picture, against the maths and the layout.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story';
import { AREAS, BAR_PLOT, COLORS, COMPONENT_COLORS } from '../../src/theme';
import { COMPARISON, DEFINITION, DURATION_IN_FRAMES, FPS, HEIGHT, WIDTH, slotOf } from '../../src/timeline';
import { type Image, colorBounds, countColor, countInk, hexToRgb, readPng, tallestRun } from './pixels';
import { setUpRenderKit } from './render-kit-hooks';

const OUT = path.join(process.cwd(), 'out', 'test-phases');
const background = hexToRgb(COLORS.background);
const colorOf = (index: number) => hexToRgb(COMPONENT_COLORS[index]!);

const getKit = setUpRenderKit(OUT);
const render = async (name: string, frame: number, inputProps: Record<string, unknown> = {}): Promise<Image> => {
  const output = path.join(OUT, `${name}.png`);
  await getKit().still({ frame, output, inputProps });
  return readPng(output);
};

describe('SoftmaxExplainer composition', () => {
  it('has the size, rate and length of the timeline', async () => {
    const composition = await getKit().composition();
    expect(composition.width).toBe(WIDTH);
    expect(composition.height).toBe(HEIGHT);
    expect(composition.fps).toBe(FPS);
    expect(composition.durationInFrames).toBe(DURATION_IN_FRAMES);
    expect(composition.durationInFrames / composition.fps).toBeLessThan(30);
  });
});

describe('phase stills', () => {
  const story = buildStory({ barScores: [2, 1], pointScores: [1, 3, 0] });

  it('intro shows the title and the scores in order on the line', async () => {
    const intro = slotOf('Intro');
    const image = await render('intro', intro.from + 72);
    expect(countInk(image, AREAS.top, background)).toBeGreaterThan(3000);
    const first = colorBounds(image, AREAS.middle, colorOf(0));
    const second = colorBounds(image, AREAS.middle, colorOf(1));
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    // z1 = 2 lies to the right of z2 = 1.
    expect(first!.left).toBeGreaterThan(second!.left + 100);
    // Nothing is drawn in the bottom area yet: the formula comes with the definition.
    expect(countInk(image, AREAS.bottom, background)).toBe(0);
  });

  it('definition highlights the numerator, then the denominator', async () => {
    const definition = slotOf('Definition');
    const highlight = hexToRgb(COLORS.highlight);
    const before = await render('definition-before', definition.from + DEFINITION.beats.numerator.start - 2);
    const numerator = await render('definition-numerator', definition.from + DEFINITION.beats.numerator.start + 25);
    const denominator = await render('definition-denominator', definition.from + DEFINITION.beats.denominator.start + 25);

    expect(countInk(before, AREAS.bottom, background)).toBeGreaterThan(2000);
    expect(countColor(before, AREAS.bottom, highlight, 20)).toBe(0);

    const middle = AREAS.bottom.top + AREAS.bottom.height / 2;
    const numeratorBox = colorBounds(numerator, AREAS.bottom, highlight, 20);
    const denominatorBox = colorBounds(denominator, AREAS.bottom, highlight, 20);
    expect(numeratorBox).not.toBeNull();
    expect(denominatorBox).not.toBeNull();
    // The numerator sits above the fraction bar and the denominator below it.
    expect(numeratorBox!.top + numeratorBox!.height).toBeLessThan(middle + 10);
    expect(denominatorBox!.top).toBeGreaterThan(middle - 10);
  });

  it('2-D example ends with bars in the ratio of the probabilities', async () => {
    const twoD = slotOf('2-D example');
    const image = await render('two-d', twoD.from + twoD.durationInFrames - 20);
    const plot = {
      left: AREAS.left.left + BAR_PLOT.left,
      top: AREAS.left.top + BAR_PLOT.top - 5,
      width: BAR_PLOT.width * 0.55,
      height: BAR_PLOT.height + 10,
    };
    const first = tallestRun(image, plot, colorOf(0));
    const second = tallestRun(image, plot, colorOf(1));
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    const [p1, p2] = story.bars.components.map((component) => component.probability);
    expect(first!.height / second!.height).toBeCloseTo(p1! / p2!, 1);
    // The first bar is p1 of the height of 1, which is the plot's full height.
    expect(first!.height / BAR_PLOT.height).toBeCloseTo(p1!, 2);
    // The step table on the right shows both components' numbers in their colours.
    expect(countColor(image, AREAS.right, colorOf(0))).toBeGreaterThan(500);
    expect(countColor(image, AREAS.right, colorOf(1))).toBeGreaterThan(500);
  });

  it('3-D example draws the three points and their numbers', async () => {
    const threeD = slotOf('3-D example');
    const image = await render('three-d', threeD.from + threeD.durationInFrames - 20);
    for (let index = 0; index < 3; index++) {
      // Lit spheres and stems are shades of the component colour, so the match is loose.
      expect(countColor(image, AREAS.left, colorOf(index), 60)).toBeGreaterThan(300);
      expect(countColor(image, AREAS.right, colorOf(index))).toBeGreaterThan(500);
    }
  });

  it('comparison shows scores and probabilities side by side', async () => {
    const comparison = slotOf('Comparison');
    // Every arrow has landed and the emphasis, which dims the other rows, has not begun.
    const image = await render('comparison', comparison.from + COMPARISON.beats.emphasis.start);
    const emphasised = await render('comparison-emphasis', comparison.from + COMPARISON.beats.emphasis.end + 5);
    const halfWidth = AREAS.middle.width / 2;
    const left = { ...AREAS.middle, width: halfWidth };
    const right = { ...AREAS.middle, left: AREAS.middle.left + halfWidth, width: halfWidth };
    for (let index = 0; index < 3; index++) {
      expect(countColor(image, left, colorOf(index), 40)).toBeGreaterThan(100);
      expect(countColor(image, right, colorOf(index), 40)).toBeGreaterThan(100);
    }
    // The largest score's row gains the highlight frame once the emphasis is on (the
    // dashed line at 1 has the same colour, so the test counts what the emphasis adds).
    const highlight = hexToRgb(COLORS.highlight);
    expect(countColor(emphasised, right, highlight, 20)).toBeGreaterThan(countColor(image, right, highlight, 20) + 500);
  });

  it('outro shows the caption with the title gone', async () => {
    const image = await render('outro', DURATION_IN_FRAMES - 1);
    expect(countInk(image, AREAS.top, background)).toBe(0);
    expect(countInk(image, AREAS.bottom, background)).toBeGreaterThan(5000);
    // The recap rows list both examples' scores and probabilities in component colours.
    for (let index = 0; index < 3; index++) {
      expect(countColor(image, AREAS.middle, colorOf(index))).toBeGreaterThan(300);
    }
  });
});
