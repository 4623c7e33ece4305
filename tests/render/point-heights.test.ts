// The 3-D example's points, found in rendered frames by their colours: their screen heights
// are ordered like the scores, and turned back into world heights through the camera's
// projection they follow e^{z_i} at the peak and p_i at the end.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CameraPose, SPACE, pointPosition, project } from '../../src/geometry';
import { threeDCamera } from '../../src/phases/ThreeDExample';
import { relativeExponentials, softmax } from '../../src/story';
import { AREAS, COMPONENT_COLORS } from '../../src/theme';
import { THREE_D_EXAMPLE, slotOf } from '../../src/timeline';
import { type Image, type Rgb, hexToRgb, pixelAt, readPng } from './pixels';
import { setUpRenderKit } from './render-kit-hooks';

const OUT = path.join(process.cwd(), 'out', 'test-points');

/** Radius of a point's sphere in world units, as Space3D draws it. */
const POINT_RADIUS = 0.15;

const threeD = slotOf('3-D example');
const EXPONENTIAL_PEAK = THREE_D_EXAMPLE.beats.normalise.start - 8;
const NORMALISED = THREE_D_EXAMPLE.beats.total.end + 8;

const VIEWPORT = { width: AREAS.left.width, height: AREAS.left.height };

const CASES = [
  { name: 'default scores', pointScores: [1, 3, 0], inputProps: {} },
  { name: 'a negative score', pointScores: [2, -1, 0.5], inputProps: { pointScores: [2, -1, 0.5] } },
] as const;

/** Screen position (composition pixels) of a world point seen by `camera`. */
const toScreen = (world: readonly [number, number, number], camera: CameraPose) => {
  const point = project(world, camera, VIEWPORT);
  return { x: point.x + AREAS.left.left, y: point.y + AREAS.left.top };
};

/** World height on point `index`'s vertical line that the camera draws at screen row `y`. */
const heightAtScreenY = (index: number, y: number, camera: CameraPose): number => {
  // Screen y falls as the height rises, so bisection finds the one height for y.
  let low = -1;
  let high = SPACE.heightOfOne * 2;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (toScreen(pointPosition(index, middle), camera).y > y) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return (low + high) / 2;
};

const chroma = (color: Rgb): [number, number, number] => {
  const mean = (color[0] + color[1] + color[2]) / 3;
  return [color[0] - mean, color[1] - mean, color[2] - mean];
};

/**
 * Whether a pixel has the hue of `color`. Lighting changes a material's brightness but keeps
 * its hue, so the pixel's colour less its grey part must point the same way as the
 * component's (cosine ≥ 0.95) and be at least a quarter as strong.
 */
const hasHue = (pixel: Rgb, color: Rgb): boolean => {
  const a = chroma(pixel);
  const b = chroma(color);
  const lengthA = Math.hypot(...a);
  const lengthB = Math.hypot(...b);
  if (lengthA < 0.25 * lengthB) {
    return false;
  }
  return (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (lengthA * lengthB) >= 0.95;
};

/**
 * Screen row of the top of point `index`'s sphere, searched in a strip around the point's
 * projected column. The sphere is the tallest band of consecutive rows whose run of the
 * point's hue is at least three quarters of its diameter. A label's glyphs and the stem are
 * narrower, and the level line of 1, whose hue is close to orange, is only a few rows tall.
 * The top is the highest row of that band and of the rows above it that still have the hue.
 */
const measureSphereTop = (image: Image, index: number, camera: CameraPose): number | null => {
  const color = hexToRgb(COMPONENT_COLORS[index]!);
  const base = toScreen(pointPosition(index, 0), camera);
  const radius = base.y - toScreen(pointPosition(index, POINT_RADIUS), camera).y;
  const left = Math.floor(base.x - radius - 6);
  const right = Math.ceil(base.x + radius + 6);

  const runOf = (y: number): number => {
    let longest = 0;
    let run = 0;
    for (let x = left; x <= right; x++) {
      run = hasHue(pixelAt(image, x, y), color) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  };

  let best: { top: number; rows: number } | null = null;
  let band: { top: number; rows: number } | null = null;
  const bottom = Math.min(base.y + radius * 2, AREAS.left.top + AREAS.left.height);
  for (let y = AREAS.left.top; y <= bottom; y++) {
    if (y < bottom && runOf(y) >= radius * 1.5) {
      band = band === null ? { top: y, rows: 1 } : { top: band.top, rows: band.rows + 1 };
    } else if (band !== null) {
      if (best === null || band.rows > best.rows) {
        best = band;
      }
      band = null;
    }
  }
  if (best === null || best.rows < radius) {
    return null;
  }
  let top = best.top;
  while (top > AREAS.left.top && runOf(top - 1) > 0) {
    top--;
  }
  return top;
};

const getKit = setUpRenderKit(OUT);

describe.each(CASES)('points with $name', ({ name, pointScores, inputProps }) => {
  const slug = name.replace(/\s+/g, '-');

  const measured = new Map<number, Promise<{ top: number; height: number }[]>>();
  const measure = (stage: string, localFrame: number) => {
    const cached = measured.get(localFrame);
    if (cached !== undefined) {
      return cached;
    }
    const result = measureFrame(stage, localFrame);
    measured.set(localFrame, result);
    return result;
  };

  const measureFrame = async (stage: string, localFrame: number) => {
    const output = path.join(OUT, `${slug}-${stage}.png`);
    await getKit().still({ frame: threeD.from + localFrame, output, inputProps });
    const image = readPng(output);
    const camera = threeDCamera(localFrame);
    return pointScores.map((_, index) => {
      const top = measureSphereTop(image, index, camera);
      expect(top, `sphere ${index + 1} found`).not.toBeNull();
      // The sphere's top is POINT_RADIUS above its centre, which is at the point's height.
      return { top: top!, height: heightAtScreenY(index, top! + 0.5, camera) - POINT_RADIUS };
    });
  };

  /** Allowed error of a world height: 2 % of it, or what 2 px on screen are at that point. */
  const tolerance = (expected: number, index: number, camera: CameraPose): number => {
    const pixel = SPACE.heightOfOne / (toScreen(pointPosition(index, 0), camera).y - toScreen(pointPosition(index, SPACE.heightOfOne), camera).y);
    return Math.max(0.02 * expected, 2 * pixel);
  };

  it('screen heights follow score order', async () => {
    for (const [stage, localFrame] of [
      ['exponential', EXPONENTIAL_PEAK],
      ['normalised', NORMALISED],
    ] as const) {
      const points = await measure(stage, localFrame);
      for (let a = 0; a < pointScores.length; a++) {
        for (let b = 0; b < pointScores.length; b++) {
          if (pointScores[a]! > pointScores[b]!) {
            // A larger score is drawn higher, at a smaller screen y.
            expect(points[a]!.top, `${stage}: point ${a + 1} above point ${b + 1}`).toBeLessThan(points[b]!.top);
          }
        }
      }
    }
  });

  it('peak heights follow e^z', async () => {
    const points = await measure('exponential', EXPONENTIAL_PEAK);
    const camera = threeDCamera(EXPONENTIAL_PEAK);
    relativeExponentials(pointScores).forEach((value, index) => {
      const expected = value * SPACE.heightOfOne;
      expect(Math.abs(points[index]!.height - expected), `point ${index + 1}`).toBeLessThanOrEqual(tolerance(expected, index, camera));
    });
  });

  it('final heights follow p', async () => {
    const points = await measure('normalised', NORMALISED);
    const camera = threeDCamera(NORMALISED);
    softmax(pointScores).forEach((probability, index) => {
      const expected = probability * SPACE.heightOfOne;
      expect(Math.abs(points[index]!.height - expected), `point ${index + 1}`).toBeLessThanOrEqual(tolerance(expected, index, camera));
    });
  });
});
