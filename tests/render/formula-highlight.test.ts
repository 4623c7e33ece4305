// The formula's highlight during the definition, measured in rendered frames: the numerator
// and then the denominator take COLORS.highlight over their beats, ramping in and out over
// HIGHLIGHT_RAMP_FRAMES, and neither is highlighted outside its beat.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pulse } from '../../src/animation';
import { AREAS, COLORS } from '../../src/theme';
import { type Beat, DEFINITION, HIGHLIGHT_RAMP_FRAMES, slotOf } from '../../src/timeline';
import { type Image, type Rect, colorDistance, hexToRgb, pixelAt, readPng } from './pixels';
import { setUpRenderKit } from './render-kit-hooks';

const OUT = path.join(process.cwd(), 'out', 'test-formula');
const definition = slotOf('Definition');
const text = hexToRgb(COLORS.text);
const highlight = hexToRgb(COLORS.highlight);

/**
 * Allowed error of a measured highlight strength. The strength is read from glyph pixels
 * covered at least 95 %, whose last 5 % of background can move it by up to about 0.06.
 */
const STRENGTH_TOLERANCE = 0.06;

/** The fraction bar: the row of the bottom area with the longest run of text-coloured pixels. */
const findFractionBar = (image: Image): { y: number; left: number; right: number } => {
  let best = { y: -1, left: 0, right: 0 };
  for (let y = AREAS.bottom.top; y < AREAS.bottom.top + AREAS.bottom.height; y++) {
    let start = -1;
    for (let x = AREAS.bottom.left; x <= AREAS.bottom.left + AREAS.bottom.width; x++) {
      const inside = x < AREAS.bottom.left + AREAS.bottom.width && colorDistance(pixelAt(image, x, y), text) <= 40;
      if (inside && start === -1) {
        start = x;
      } else if (!inside && start !== -1) {
        if (x - start > best.right - best.left) {
          best = { y, left: start, right: x };
        }
        start = -1;
      }
    }
  }
  if (best.right - best.left < 60) {
    throw new Error('no fraction bar found in the bottom area');
  }
  return best;
};

/**
 * How far a term's glyphs are blended from the text colour (0) to the highlight colour (1).
 * Only pixels that a glyph covers almost fully are used (red channel ≥ 230: both colours
 * have red above 237 and the tinted background stays below 62). The blue channel then
 * falls linearly from 247 to 66 with the strength. Returns the median over those pixels,
 * or null when the rect has none.
 */
const highlightStrength = (image: Image, rect: Rect): number | null => {
  const strengths: number[] = [];
  for (let y = Math.floor(rect.top); y < rect.top + rect.height; y++) {
    for (let x = Math.floor(rect.left); x < rect.left + rect.width; x++) {
      const [red, , blue] = pixelAt(image, x, y);
      if (red >= 230) {
        strengths.push((text[2] - blue) / (text[2] - highlight[2]));
      }
    }
  }
  if (strengths.length < 20) {
    return null;
  }
  strengths.sort((a, b) => a - b);
  return strengths[Math.floor(strengths.length / 2)]!;
};

const getKit = setUpRenderKit(OUT);

/** Strengths of the numerator and the denominator at a frame of the definition. */
const measureTerms = async (localFrame: number): Promise<{ numerator: number | null; denominator: number | null }> => {
  const output = path.join(OUT, `definition-${localFrame}.png`);
  await getKit().still({ frame: definition.from + localFrame, output });
  const image = readPng(output);
  const bar = findFractionBar(image);
  const width = bar.right - bar.left;
  // The terms sit centred above and below the bar, within its width.
  const above: Rect = { left: bar.left, top: AREAS.bottom.top, width, height: bar.y - 3 - AREAS.bottom.top };
  const below: Rect = {
    left: bar.left,
    top: bar.y + 4,
    width,
    height: AREAS.bottom.top + AREAS.bottom.height - bar.y - 4,
  };
  return { numerator: highlightStrength(image, above), denominator: highlightStrength(image, below) };
};

/** Frames around a beat: before it, on its ramps, in its middle and after it. */
const framesAround = (beat: Beat): number[] => [
  beat.start - 1,
  beat.start,
  beat.start + Math.round(HIGHLIGHT_RAMP_FRAMES / 2),
  beat.start + HIGHLIGHT_RAMP_FRAMES,
  Math.round((beat.start + beat.end) / 2),
  beat.end - Math.round(HIGHLIGHT_RAMP_FRAMES / 2),
  beat.end,
];

describe('formula highlight', () => {
  const { numerator, denominator } = DEFINITION.beats;

  it('numerator follows its beat', async () => {
    for (const frame of framesAround(numerator)) {
      const strength = await measureTerms(frame);
      const expected = pulse(frame, numerator, HIGHLIGHT_RAMP_FRAMES);
      expect(strength.numerator, `numerator found at frame ${frame}`).not.toBeNull();
      expect(Math.abs(strength.numerator! - expected), `numerator at frame ${frame}: ${strength.numerator}, expected ${expected}`).toBeLessThanOrEqual(
        STRENGTH_TOLERANCE,
      );
      expect(Math.abs(strength.denominator!), `denominator at frame ${frame}`).toBeLessThanOrEqual(STRENGTH_TOLERANCE);
    }
  });

  it('denominator follows its beat', async () => {
    for (const frame of framesAround(denominator)) {
      const strength = await measureTerms(frame);
      const expected = pulse(frame, denominator, HIGHLIGHT_RAMP_FRAMES);
      expect(strength.denominator, `denominator found at frame ${frame}`).not.toBeNull();
      expect(Math.abs(strength.denominator! - expected), `denominator at frame ${frame}: ${strength.denominator}, expected ${expected}`).toBeLessThanOrEqual(
        STRENGTH_TOLERANCE,
      );
      expect(Math.abs(strength.numerator!), `numerator at frame ${frame}`).toBeLessThanOrEqual(STRENGTH_TOLERANCE);
    }
  });

  it('no highlight before the beats', async () => {
    // From the end of the formula's fade-in to the numerator's beat, and between the beats.
    for (const frame of [DEFINITION.beats.formula.end, numerator.start - 4, Math.round((numerator.end + denominator.start) / 2)]) {
      const strength = await measureTerms(frame);
      expect(strength.numerator, `numerator found at frame ${frame}`).not.toBeNull();
      expect(Math.abs(strength.numerator!), `numerator at frame ${frame}`).toBeLessThanOrEqual(STRENGTH_TOLERANCE);
      expect(Math.abs(strength.denominator!), `denominator at frame ${frame}`).toBeLessThanOrEqual(STRENGTH_TOLERANCE);
    }
  });
});
