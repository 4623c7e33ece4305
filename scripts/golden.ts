// The golden files under tests/golden/: one downscaled frame per phase and a few label
// crops at full size. `npm run golden:update` rewrites them, and the render tests compare
// fresh renders with them.

import fs from 'node:fs';
import path from 'node:path';
import { type Image, type Rect, crop, downscale, readPng } from './images';
import { PHASE_STILLS, type PhaseStill } from './phase-stills';
import type { RenderKit } from './render-kit';
import { type VisibleText } from './visible-text';
import { AREAS } from '../src/theme';
import { TWO_D_EXAMPLE, slotOf } from '../src/timeline';

export const GOLDEN_DIR = path.join('tests', 'golden');

/** Golden phase frames are stored at half the composition's size (960 × 540) to keep the repository small. */
export const GOLDEN_DOWNSCALE = 2;

export const phaseGoldenPath = (still: PhaseStill): string => path.join(GOLDEN_DIR, 'phases', `${still.slug}.png`);

/** A label whose pixels are kept: the frame, the props and the exact text that identifies it. */
export type LabelCrop = {
  readonly name: string;
  readonly frame: number;
  readonly inputProps: Record<string, unknown>;
  /** The whole text of the label as stillWithText reads it; labelRect throws unless it occurs once in `area`. */
  readonly text: string;
  /** The part of the frame to look for the text in. */
  readonly area: Rect;
};

const twoDEnd = slotOf('2-D example').from + TWO_D_EXAMPLE.beats.total.end + 8;
const twoDExponentialPeak = slotOf('2-D example').from + TWO_D_EXAMPLE.beats.normalise.start - 8;

export const LABEL_CROPS: readonly LabelCrop[] = [
  // The step table's total of the shown probabilities, with the default scores.
  { name: 'probability-total', frame: twoDEnd, inputProps: {}, text: '1.000', area: AREAS.right },
  // A bar's e^z label in scientific notation with a raised exponent.
  {
    name: 'scientific-exponential',
    frame: twoDExponentialPeak,
    inputProps: { barScores: [1000, -1000] },
    text: '1.97 × 10^434',
    area: AREAS.left,
  },
];

/** A label crop with its rect in the frame, stored beside the crop by `npm run golden:update`. */
export type LabelCropRecord = LabelCrop & { readonly rect: Rect };

export const labelCropPath = (label: LabelCrop): string => path.join(GOLDEN_DIR, 'labels', `${label.name}.png`);
export const LABEL_MANIFEST = path.join(GOLDEN_DIR, 'labels', 'labels.json');

/** Pixels of padding kept around a label's text box in its crop. */
const LABEL_PADDING = 6;

const centreInside = (box: Rect, area: Rect): boolean => {
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  return x >= area.left && x < area.left + area.width && y >= area.top && y < area.top + area.height;
};

/** Find the box of the one text in `label.area` equal to `label.text`, padded and rounded out to whole pixels. */
export const labelRect = (label: LabelCrop, texts: readonly VisibleText[]): Rect => {
  const matches = texts.filter((text) => text.text === label.text && centreInside(text.box, label.area));
  if (matches.length !== 1) {
    throw new Error(
      `label "${label.name}": expected exactly one text "${label.text}" in its area at frame ${label.frame}, ` +
        `found ${matches.length}`,
    );
  }
  const box = matches[0]!.box;
  const left = Math.floor(box.left - LABEL_PADDING);
  const top = Math.floor(box.top - LABEL_PADDING);
  return {
    left,
    top,
    width: Math.ceil(box.left + box.width + LABEL_PADDING) - left,
    height: Math.ceil(box.top + box.height + LABEL_PADDING) - top,
  };
};

/** Render one phase still and shrink it to the golden size. */
export const renderPhaseGolden = async (kit: RenderKit, still: PhaseStill, output: string): Promise<Image> => {
  await kit.still({ frame: still.frame, output });
  return downscale(readPng(output), GOLDEN_DOWNSCALE);
};

/**
 * Render a label's frame and return the crop of `rect`, or of the label's current rect when
 * `rect` is left out, with the label's current rect.
 */
export const renderLabelCrop = async (
  kit: RenderKit,
  label: LabelCrop,
  output: string,
  rect?: Rect,
): Promise<{ image: Image; rect: Rect; currentRect: Rect }> => {
  const texts = await kit.stillWithText({ frame: label.frame, output, inputProps: label.inputProps });
  const currentRect = labelRect(label, texts);
  const where = rect ?? currentRect;
  return { image: crop(readPng(output), where), rect: where, currentRect };
};

export const readLabelManifest = (): LabelCropRecord[] =>
  JSON.parse(fs.readFileSync(LABEL_MANIFEST, 'utf8')) as LabelCropRecord[];

export { PHASE_STILLS };
