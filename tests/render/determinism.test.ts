// Every frame is a pure function of the frame number and the props: rendering a frame again,
// after other frames, or in another tab of a parallel render gives the same pixels.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareImages, differenceImage, readPng, writePng } from '../../scripts/images';
import { TWO_D_EXAMPLE, slotOf } from '../../src/timeline';
import { setUpRenderKit } from './render-kit-hooks';

const OUT = path.join(process.cwd(), 'out', 'test-determinism');

const threeD = slotOf('3-D example');
const twoD = slotOf('2-D example');

/**
 * Ten frames across the start of the cross-fade from the 2-D to the 3-D example: HTML,
 * SVG and the WebGL canvas, in two overlapping phases.
 */
const RANGE = [threeD.from - 4, threeD.from + 5] as const;

const getKit = setUpRenderKit(OUT);

/** Expect identical pixels; on a difference keep an image of the changed pixels under out/. */
const expectSamePixels = (first: string, second: string, label: string): void => {
  const a = readPng(first);
  const b = readPng(second);
  const difference = compareImages(a, b, 0);
  if (difference.maxAbsolute > 0) {
    writePng(path.join(OUT, `diff-${path.basename(second)}`), differenceImage(a, b, 0));
  }
  expect(difference.maxAbsolute, `${label}: ${(difference.changedShare * 100).toFixed(3)} % of pixels differ`).toBe(0);
};

describe('rendering', () => {
  it('same frame renders identically', async () => {
    // A frame of the 3-D scene mid-turn, rendered again after a frame of another phase.
    const frame = threeD.from + 100;
    const first = path.join(OUT, `still-${frame}-first.png`);
    const second = path.join(OUT, `still-${frame}-second.png`);
    await getKit().still({ frame, output: first });
    await getKit().still({ frame: twoD.from + TWO_D_EXAMPLE.beats.exponentiate.start + 10, output: path.join(OUT, 'between.png') });
    await getKit().still({ frame, output: second });
    expectSamePixels(first, second, `frame ${frame}`);
  });

  it('concurrency does not change frames', async () => {
    // Remotion's frame PNGs are compared before any encoder touches them, so they must match exactly.
    const serial = await getKit().frames({ frameRange: RANGE, outputDir: path.join(OUT, 'concurrency-1'), concurrency: 1 });
    const parallel = await getKit().frames({ frameRange: RANGE, outputDir: path.join(OUT, 'concurrency-2'), concurrency: 2 });
    expect(parallel).toHaveLength(serial.length);
    serial.forEach((file, index) => {
      expectSamePixels(file, parallel[index]!, `frame ${RANGE[0] + index}`);
    });
  });
});
