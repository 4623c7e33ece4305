// Smoothness of the whole video: rendered once to an MP4, then measured with ffmpeg's
// tblend (difference of consecutive frames) and signalstats (mean luma of that difference).
// No pair of consecutive frames may differ by more than a limit derived from the cost of
// one step of the phase cross-fades, so an element that pops in within one frame fails.

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consecutiveDifferences, differenceBetween, findFfmpeg, probeVideo } from '../../scripts/ffmpeg';
import { type RenderKit, openRenderKit } from '../../scripts/render-kit';
import { DURATION_IN_FRAMES, FPS, HEIGHT, PHASE_SLOTS, TRANSITION_FRAMES, WIDTH } from '../../src/timeline';

const OUT = path.join(process.cwd(), 'out', 'test-smoothness');
const VIDEO = path.join(OUT, 'video.mp4');

/**
 * The video is rendered at half size. A mean absolute difference is an average over the
 * frame's area, and downscaling averages 2 × 2 blocks. A change to any shape wider than a
 * few pixels therefore costs the same mean at either size, so a pop stays a pop, and only
 * 1–2 px details lose contrast. Half size takes about a quarter of the capture and
 * encoding time.
 */
const SCALE = 0.5;

/** Near-lossless H.264, so the encoder adds well under 0.1 of luma noise to a difference. */
const CRF = 1;

/**
 * The limit is this many steps of the heaviest phase cross-fade. One linear cross-fade
 * step costs D / TRANSITION_FRAMES, where D is the difference between the frames where the
 * fade starts and ends. Other animations ease in and out (cubic, whose steepest step is 1.5
 * times its mean step), and the formula's highlight ramps over 12 frames rather than 15:
 * 1.5 × 15 / 12 ≈ 1.9, rounded up to 2.
 */
const STEPS_ALLOWED = 2;

let kit: RenderKit;
let differences: number[];

beforeAll(async () => {
  findFfmpeg();
  fs.mkdirSync(OUT, { recursive: true });
  kit = await openRenderKit({ serveUrl: inject('serveUrl') });
  await kit.media({ output: VIDEO, scale: SCALE, concurrency: 2, crf: CRF });
  differences = consecutiveDifferences(VIDEO);
});

afterAll(async () => {
  await kit?.close();
});

describe('whole video', () => {
  it('has every frame', () => {
    const stream = probeVideo(VIDEO);
    expect(stream.width).toBe(WIDTH * SCALE);
    expect(stream.height).toBe(HEIGHT * SCALE);
    expect(stream.fps).toBe(FPS);
    expect(stream.frames).toBe(DURATION_IN_FRAMES);
    expect(differences).toHaveLength(DURATION_IN_FRAMES - 1);
  });

  it('cross-fades change every frame', () => {
    // Inside a cross-fade each frame differs from the one before: no frozen or repeated frame.
    for (const slot of PHASE_SLOTS.slice(1)) {
      for (let frame = slot.from; frame < slot.from + TRANSITION_FRAMES; frame++) {
        expect(differences[frame], `${slot.name} fade, frames ${frame} and ${frame + 1}`).toBeGreaterThan(0.01);
      }
    }
  });

  it('no step exceeds two fade steps', async () => {
    const fadeSteps = PHASE_SLOTS.slice(1).map((slot) => ({
      name: slot.name,
      step: differenceBetween(VIDEO, slot.from, slot.from + TRANSITION_FRAMES) / TRANSITION_FRAMES,
    }));
    const heaviest = fadeSteps.reduce((a, b) => (b.step > a.step ? b : a));
    const limit = STEPS_ALLOWED * heaviest.step;

    let worst = 0;
    differences.forEach((difference, index) => {
      if (difference > differences[worst]!) {
        worst = index;
      }
    });

    if (differences[worst]! > limit) {
      // Keep the two frames at full size for a person to compare.
      await kit.still({ frame: worst, output: path.join(OUT, `worst-${worst}.png`) });
      await kit.still({ frame: worst + 1, output: path.join(OUT, `worst-${worst + 1}.png`) });
    }
    expect(
      differences[worst],
      `frames ${worst} and ${worst + 1} differ by ${differences[worst]!.toFixed(3)} (mean luma); the limit is ` +
        `${limit.toFixed(3)}, twice one step of the fade into ${heaviest.name}. Frames kept in ${OUT}`,
    ).toBeLessThanOrEqual(limit);
  });
});
