// Reading rendered PNG frames: find the pixels of a colour inside a box and measure
// them, so tests check what a frame shows rather than that it is not empty.

import fs from 'node:fs';
import { PNG } from 'pngjs';

export type Image = { readonly width: number; readonly height: number; readonly data: Buffer };
export type Rect = { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
export type Rgb = readonly [number, number, number];

export const readPng = (file: string): Image => {
  const png = PNG.sync.read(fs.readFileSync(file));
  return { width: png.width, height: png.height, data: png.data };
};

export const hexToRgb = (hex: string): Rgb => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) {
    throw new Error(`hexToRgb: "${hex}" is not #rrggbb`);
  }
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
};

export const pixelAt = (image: Image, x: number, y: number): Rgb => {
  const offset = (y * image.width + x) * 4;
  return [image.data[offset]!, image.data[offset + 1]!, image.data[offset + 2]!];
};

/** Largest channel difference between two colours. */
export const colorDistance = (a: Rgb, b: Rgb): number =>
  Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));

const clampRect = (image: Image, rect: Rect) => ({
  x0: Math.max(0, Math.floor(rect.left)),
  y0: Math.max(0, Math.floor(rect.top)),
  x1: Math.min(image.width, Math.ceil(rect.left + rect.width)),
  y1: Math.min(image.height, Math.ceil(rect.top + rect.height)),
});

/** Count the pixels in `rect` within `tolerance` (per channel) of `color`. */
export const countColor = (image: Image, rect: Rect, color: Rgb, tolerance = 12): number => {
  const { x0, y0, x1, y1 } = clampRect(image, rect);
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (colorDistance(pixelAt(image, x, y), color) <= tolerance) {
        count++;
      }
    }
  }
  return count;
};

/** Count the pixels in `rect` that differ from `background` by more than `tolerance`. */
export const countInk = (image: Image, rect: Rect, background: Rgb, tolerance = 40): number => {
  const { x0, y0, x1, y1 } = clampRect(image, rect);
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (colorDistance(pixelAt(image, x, y), background) > tolerance) {
        count++;
      }
    }
  }
  return count;
};

/**
 * Finds the tallest vertical run of `color` over all columns of `rect`, as
 * {x, top, bottom, height}. Returns null when the colour is absent.
 */
export const tallestRun = (
  image: Image,
  rect: Rect,
  color: Rgb,
  tolerance = 12,
): { x: number; top: number; bottom: number; height: number } | null => {
  const { x0, y0, x1, y1 } = clampRect(image, rect);
  let best: { x: number; top: number; bottom: number; height: number } | null = null;
  for (let x = x0; x < x1; x++) {
    let runStart = -1;
    for (let y = y0; y <= y1; y++) {
      const inside = y < y1 && colorDistance(pixelAt(image, x, y), color) <= tolerance;
      if (inside && runStart === -1) {
        runStart = y;
      } else if (!inside && runStart !== -1) {
        const height = y - runStart;
        if (best === null || height > best.height) {
          best = { x, top: runStart, bottom: y, height };
        }
        runStart = -1;
      }
    }
  }
  return best;
};

/** Bounding box of the pixels of `color` in `rect`, or null when there are none. */
export const colorBounds = (image: Image, rect: Rect, color: Rgb, tolerance = 12): Rect | null => {
  const { x0, y0, x1, y1 } = clampRect(image, rect);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (colorDistance(pixelAt(image, x, y), color) <= tolerance) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
  }
  return minX === Infinity ? null : { left: minX, top: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
};

/**
 * Estimates how much of a pixel a shape of `color` covers over `background`. The pixel is taken as
 * background + coverage · (color − background). `residual` is the largest channel by which
 * the pixel misses that blend, so a pixel of another colour has a large residual.
 */
export const coverage = (pixel: Rgb, color: Rgb, background: Rgb): { coverage: number; residual: number } => {
  const direction = [color[0] - background[0], color[1] - background[1], color[2] - background[2]];
  const offset = [pixel[0] - background[0], pixel[1] - background[1], pixel[2] - background[2]];
  const length = direction[0]! ** 2 + direction[1]! ** 2 + direction[2]! ** 2;
  const amount = (offset[0]! * direction[0]! + offset[1]! * direction[1]! + offset[2]! * direction[2]!) / length;
  let residual = 0;
  for (let channel = 0; channel < 3; channel++) {
    residual = Math.max(residual, Math.abs(offset[channel]! - amount * direction[channel]!));
  }
  return { coverage: amount, residual };
};

/**
 * Returns the coverage of `color` in a pixel, or 0 when the pixel is not a blend of `color` and
 * `background` (its residual is above `maxResidual`).
 */
export const coverageAt = (image: Image, x: number, y: number, color: Rgb, background: Rgb, maxResidual = 12): number => {
  const fit = coverage(pixelAt(image, x, y), color, background);
  return fit.residual <= maxResidual ? Math.max(0, Math.min(1, fit.coverage)) : 0;
};

/**
 * Returns the y of the centre of a horizontal line of `color` in the columns of `rect`, from the
 * coverage of each row (so a 3-pixel line at y = 240 gives 240.0, not 239 or 241).
 * Returns null when no pixel of the colour is there.
 */
export const lineCentre = (image: Image, rect: Rect, color: Rgb, background: Rgb): number | null => {
  let weight = 0;
  let moment = 0;
  for (let y = Math.floor(rect.top); y < Math.ceil(rect.top + rect.height); y++) {
    for (let x = Math.floor(rect.left); x < Math.ceil(rect.left + rect.width); x++) {
      const amount = coverageAt(image, x, y, color, background);
      weight += amount;
      moment += amount * (y + 0.5);
    }
  }
  return weight === 0 ? null : moment / weight;
};
