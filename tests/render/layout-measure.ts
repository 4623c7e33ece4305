// Measuring where things are in a rendered frame, for the layout checks of the
// accepted-props tests: runs of one colour from a line, ink near the frame's edges,
// and the columns that one colour fills in a band.

import { type Image, type Rect, type Rgb, colorDistance, pixelAt } from './pixels';

/** Colour match for solid shapes: anti-aliased edges and blending stay outside. */
export const SOLID_TOLERANCE = 30;

/** A rectangle from its edges. */
export const rectFromEdges = (left: number, top: number, right: number, bottom: number): Rect => ({
  left,
  top,
  width: right - left,
  height: bottom - top,
});

/** The four strips of `width` pixels along the frame's edges. */
export const frameBorder = (image: Image, width: number): Rect[] => [
  rectFromEdges(0, 0, image.width, width),
  rectFromEdges(0, image.height - width, image.width, image.height),
  rectFromEdges(0, 0, width, image.height),
  rectFromEdges(image.width - width, 0, image.width, image.height),
];

const matches = (image: Image, x: number, y: number, color: Rgb, tolerance: number): boolean =>
  x >= 0 && y >= 0 && x < image.width && y < image.height && colorDistance(pixelAt(image, x, y), color) <= tolerance;

/**
 * Number of consecutive rows of `color` in column `x`, starting at row `y` and stepping
 * by `step` (−1 upwards, 1 downwards). Returns 0 when row `y` itself is another colour.
 */
export const verticalRun = (image: Image, x: number, y: number, step: 1 | -1, color: Rgb, tolerance = SOLID_TOLERANCE): number => {
  let count = 0;
  while (matches(image, x, y + step * count, color, tolerance)) {
    count++;
  }
  return count;
};

/** Number of consecutive columns of `color` in row `y`, from column `x` to the right. */
export const horizontalRun = (image: Image, x: number, y: number, color: Rgb, tolerance = SOLID_TOLERANCE): number => {
  let count = 0;
  while (matches(image, x + count, y, color, tolerance)) {
    count++;
  }
  return count;
};

/** For each column of `rect`, left to right, the number of its pixels within `tolerance` of `color`. */
export const columnCounts = (image: Image, rect: Rect, color: Rgb, tolerance = SOLID_TOLERANCE): number[] => {
  const counts: number[] = [];
  for (let x = Math.floor(rect.left); x < Math.ceil(rect.left + rect.width); x++) {
    let count = 0;
    for (let y = Math.max(0, Math.floor(rect.top)); y < Math.min(image.height, Math.ceil(rect.top + rect.height)); y++) {
      if (matches(image, x, y, color, tolerance)) {
        count++;
      }
    }
    counts.push(count);
  }
  return counts;
};
