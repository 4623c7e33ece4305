// Fresh renders compared with the golden files under tests/golden/: one frame per phase at
// half size, and label crops at full size. `npm run golden:update` rewrites the files after
// a change to the picture that was meant. On a failure the fresh image and an image of the
// changed pixels are kept under out/test-golden/.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LABEL_CROPS,
  LABEL_MANIFEST,
  PHASE_STILLS,
  labelCropPath,
  phaseGoldenPath,
  readLabelManifest,
  renderLabelCrop,
  renderPhaseGolden,
} from '../../scripts/golden';
import { type Image, compareImages, differenceImage, readPng, writePng } from '../../scripts/images';
import { setUpRenderKit } from './render-kit-hooks';

const OUT = path.join(process.cwd(), 'out', 'test-golden');

/**
 * Tolerance of a phase frame. Renders on this machine are identical (see the determinism
 * test), so the tolerance only absorbs anti-aliasing differences of another Chromium or
 * SwiftShader build. At most 0.1 % of the pixels may differ by more than 16 levels in a
 * channel, and the mean difference must stay under 0.5 levels.
 */
const FRAME_THRESHOLD = 16;
const FRAME_CHANGED_SHARE = 0.001;
const FRAME_MEAN = 0.5;

/**
 * Tolerance of a label crop, a few thousand pixels around the text. A changed digit moves
 * hundreds of pixels by more than 32 levels, so at most 0.5 % may.
 */
const LABEL_THRESHOLD = 32;
const LABEL_CHANGED_SHARE = 0.005;

const UPDATE_HINT = 'if the change is meant, run `npm run golden:update` and commit the files';

const getKit = setUpRenderKit(OUT);

const readGolden = (file: string): Image => {
  if (!fs.existsSync(file)) {
    throw new Error(`golden file ${file} is missing; run \`npm run golden:update\` to create it`);
  }
  return readPng(file);
};

/** Keep the fresh image and the changed pixels for a person to open. */
const keepForInspection = (name: string, golden: Image, actual: Image, threshold: number): string => {
  writePng(path.join(OUT, `${name}-actual.png`), actual);
  writePng(path.join(OUT, `${name}-diff.png`), differenceImage(golden, actual, threshold));
  return path.join(OUT, `${name}-diff.png`);
};

describe('golden frames', () => {
  it.each(PHASE_STILLS)('$phase matches its golden frame', async (still) => {
    const golden = readGolden(phaseGoldenPath(still));
    const actual = await renderPhaseGolden(getKit(), still, path.join(OUT, `${still.slug}-full.png`));
    const difference = compareImages(golden, actual, FRAME_THRESHOLD);
    const fails = difference.changedShare > FRAME_CHANGED_SHARE || difference.meanAbsolute > FRAME_MEAN;
    const kept = fails ? keepForInspection(still.slug, golden, actual, FRAME_THRESHOLD) : '';
    const message = `${still.phase} (frame ${still.frame}) differs from ${phaseGoldenPath(still)}; see ${kept}; ${UPDATE_HINT}`;
    expect(difference.changedShare, message).toBeLessThanOrEqual(FRAME_CHANGED_SHARE);
    expect(difference.meanAbsolute, message).toBeLessThanOrEqual(FRAME_MEAN);
  });
});

describe('golden labels', () => {
  it('manifest lists every label crop', () => {
    const records = readLabelManifest();
    expect(records.map((record) => record.name)).toEqual(LABEL_CROPS.map((label) => label.name));
  });

  it.each(LABEL_CROPS)('$name matches its golden crop', async (label) => {
    const record = readLabelManifest().find((entry) => entry.name === label.name);
    expect(record, `${label.name} in ${LABEL_MANIFEST}; ${UPDATE_HINT}`).toBeDefined();
    const golden = readGolden(labelCropPath(label));
    const output = path.join(OUT, `${label.name}-frame.png`);
    const { image: actual, currentRect } = await renderLabelCrop(getKit(), label, output, record!.rect);

    // The label is still where it was, and its pixels are the same.
    expect(currentRect, `${label.name} moved; ${UPDATE_HINT}`).toEqual(record!.rect);
    const difference = compareImages(golden, actual, LABEL_THRESHOLD);
    const kept =
      difference.changedShare > LABEL_CHANGED_SHARE ? keepForInspection(label.name, golden, actual, LABEL_THRESHOLD) : '';
    expect(difference.changedShare, `${label.name} differs from ${labelCropPath(label)}; see ${kept}; ${UPDATE_HINT}`).toBeLessThanOrEqual(
      LABEL_CHANGED_SHARE,
    );
  });
});
