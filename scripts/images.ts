// RGBA images in memory, read from and written to PNG with pngjs: downscaling, cropping and
// comparing frames for the golden files, the contact sheet and the render tests.

import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

/** An RGBA image, 4 bytes per pixel, rows from the top. */
export type Image = { readonly width: number; readonly height: number; readonly data: Buffer };
export type Rect = { readonly left: number; readonly top: number; readonly width: number; readonly height: number };

export const readPng = (file: string): Image => {
  const png = PNG.sync.read(fs.readFileSync(file));
  return { width: png.width, height: png.height, data: png.data };
};

export const writePng = (file: string, image: Image): void => {
  const png = new PNG({ width: image.width, height: image.height });
  image.data.copy(png.data);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, PNG.sync.write(png));
};

export const blankImage = (width: number, height: number, rgb: readonly [number, number, number]): Image => {
  const data = Buffer.alloc(width * height * 4);
  for (let offset = 0; offset < data.length; offset += 4) {
    data[offset] = rgb[0];
    data[offset + 1] = rgb[1];
    data[offset + 2] = rgb[2];
    data[offset + 3] = 255;
  }
  return { width, height, data };
};

/** Shrink by a whole `factor`, each output pixel the mean of a factor × factor block. */
export const downscale = (image: Image, factor: number): Image => {
  if (!Number.isInteger(factor) || factor < 1 || image.width % factor !== 0 || image.height % factor !== 0) {
    throw new RangeError(
      `downscale: factor ${factor} must be a whole number that divides ${image.width} × ${image.height}`,
    );
  }
  const width = image.width / factor;
  const height = image.height / factor;
  const data = Buffer.alloc(width * height * 4);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let channel = 0; channel < 4; channel++) {
        let sum = 0;
        for (let dy = 0; dy < factor; dy++) {
          for (let dx = 0; dx < factor; dx++) {
            sum += image.data[((y * factor + dy) * image.width + x * factor + dx) * 4 + channel]!;
          }
        }
        data[(y * width + x) * 4 + channel] = Math.round(sum / area);
      }
    }
  }
  return { width, height, data };
};

/** Copy the pixels of `rect` (in whole pixels, clamped to the image) into a new image. */
export const crop = (image: Image, rect: Rect): Image => {
  const x0 = Math.max(0, Math.floor(rect.left));
  const y0 = Math.max(0, Math.floor(rect.top));
  const x1 = Math.min(image.width, Math.ceil(rect.left + rect.width));
  const y1 = Math.min(image.height, Math.ceil(rect.top + rect.height));
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const start = ((y0 + y) * image.width + x0) * 4;
    image.data.copy(data, y * width * 4, start, start + width * 4);
  }
  return { width, height, data };
};

/** Paste `source` into `target` with its top-left corner at (left, top), clipped to the target. */
export const paste = (target: Image, source: Image, left: number, top: number): void => {
  for (let y = 0; y < source.height; y++) {
    const targetY = top + y;
    if (targetY < 0 || targetY >= target.height) {
      continue;
    }
    for (let x = 0; x < source.width; x++) {
      const targetX = left + x;
      if (targetX < 0 || targetX >= target.width) {
        continue;
      }
      source.data.copy(target.data, (targetY * target.width + targetX) * 4, (y * source.width + x) * 4, (y * source.width + x) * 4 + 4);
    }
  }
};

/** How far two images of the same size are apart, over the R, G and B channels. */
export type ImageDifference = {
  /** Mean absolute difference of a channel, from 0 to 255. */
  readonly meanAbsolute: number;
  /** Largest absolute difference of any channel of any pixel. */
  readonly maxAbsolute: number;
  /** Share of pixels (0 to 1) with a channel that differs by more than `threshold`. */
  readonly changedShare: number;
  readonly threshold: number;
};

export const compareImages = (a: Image, b: Image, threshold: number): ImageDifference => {
  if (a.width !== b.width || a.height !== b.height) {
    throw new RangeError(`compareImages: sizes differ, ${a.width} × ${a.height} and ${b.width} × ${b.height}`);
  }
  let sum = 0;
  let max = 0;
  let changed = 0;
  for (let offset = 0; offset < a.data.length; offset += 4) {
    let pixelMax = 0;
    for (let channel = 0; channel < 3; channel++) {
      const difference = Math.abs(a.data[offset + channel]! - b.data[offset + channel]!);
      sum += difference;
      pixelMax = Math.max(pixelMax, difference);
    }
    max = Math.max(max, pixelMax);
    if (pixelMax > threshold) {
      changed++;
    }
  }
  const pixels = a.width * a.height;
  return { meanAbsolute: sum / (pixels * 3), maxAbsolute: max, changedShare: changed / pixels, threshold };
};

/**
 * Build an image for a person to inspect: `actual` dimmed to a quarter, with every pixel whose
 * channels differ from `expected` by more than `threshold` painted magenta.
 */
export const differenceImage = (expected: Image, actual: Image, threshold: number): Image => {
  const data = Buffer.alloc(actual.data.length);
  for (let offset = 0; offset < actual.data.length; offset += 4) {
    let pixelMax = 0;
    for (let channel = 0; channel < 3; channel++) {
      pixelMax = Math.max(pixelMax, Math.abs(expected.data[offset + channel]! - actual.data[offset + channel]!));
    }
    const changed = pixelMax > threshold;
    data[offset] = changed ? 255 : actual.data[offset]! >> 2;
    data[offset + 1] = changed ? 0 : actual.data[offset + 1]! >> 2;
    data[offset + 2] = changed ? 255 : actual.data[offset + 2]! >> 2;
    data[offset + 3] = 255;
  }
  return { width: actual.width, height: actual.height, data };
};
