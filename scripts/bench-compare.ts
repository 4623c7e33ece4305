// Check that a speed lever leaves the pictures as they were: render PNG stills of
// SoftmaxExplainer with the project's settings and with each variant, and print how far
// each variant's pixels are from the project's.
//
// Usage: tsx scripts/bench-compare.ts --frames 100,300,540 --variant gl=default [--variant ...]
// Variants take the keys of `npm run bench -- --variant` (see scripts/bench-settings.ts);
// only the browser, chrome mode and OpenGL settings matter for a still. The stills are
// written to out/bench/compare/ for a look with an image viewer.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundle } from '@remotion/bundler';
import { openBrowser, renderStill, selectComposition } from '@remotion/renderer';
import { PNG } from 'pngjs';
import { type BenchSettings, describeSettings, parseVariant, projectBenchSettings } from './bench-settings';
import { ENTRY_POINT } from './render-defaults';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'out', 'bench', 'compare');

const { values: options } = parseArgs({
  options: { frames: { type: 'string' }, variant: { type: 'string', multiple: true } },
});

const renderStills = async (serveUrl: string, settings: BenchSettings, frames: number[], prefix: string): Promise<string[]> => {
  const browserOptions = {
    browserExecutable: settings.browserExecutable,
    chromeMode: settings.chromeMode,
    chromiumOptions: settings.chromiumOptions,
  };
  const puppeteerInstance = await openBrowser('chrome', { ...browserOptions, logLevel: 'error' });
  try {
    const composition = await selectComposition({ serveUrl, id: 'SoftmaxExplainer', puppeteerInstance, logLevel: 'error', ...browserOptions });
    const files: string[] = [];
    for (const frame of frames) {
      const output = path.join(OUT, `${prefix}-${frame}.png`);
      await renderStill({ serveUrl, composition, frame, output, imageFormat: 'png', overwrite: true, puppeteerInstance, logLevel: 'error', ...browserOptions });
      files.push(output);
    }
    return files;
  } finally {
    await puppeteerInstance.close({ silent: true });
  }
};

type Difference = { maxChannel: number; meanChannel: number; pixelsOver8: number; pixelsOver32: number };

/** Per-channel differences between two PNGs of the same size. */
const compare = (fileA: string, fileB: string): Difference => {
  const a = PNG.sync.read(fs.readFileSync(fileA));
  const b = PNG.sync.read(fs.readFileSync(fileB));
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`${fileA} is ${a.width}×${a.height} but ${fileB} is ${b.width}×${b.height}`);
  }
  let maxChannel = 0;
  let sum = 0;
  let pixelsOver8 = 0;
  let pixelsOver32 = 0;
  for (let offset = 0; offset < a.data.length; offset += 4) {
    let pixelMax = 0;
    for (let channel = 0; channel < 3; channel++) {
      const difference = Math.abs(a.data[offset + channel]! - b.data[offset + channel]!);
      pixelMax = Math.max(pixelMax, difference);
      sum += difference;
    }
    maxChannel = Math.max(maxChannel, pixelMax);
    pixelsOver8 += pixelMax > 8 ? 1 : 0;
    pixelsOver32 += pixelMax > 32 ? 1 : 0;
  }
  return { maxChannel, meanChannel: sum / ((a.data.length / 4) * 3), pixelsOver8, pixelsOver32 };
};

const main = async (): Promise<void> => {
  const frames = (options.frames ?? '100,300,540,700').split(',').map(Number);
  if (frames.some((frame) => !Number.isInteger(frame) || frame < 0)) {
    throw new Error(`--frames is "${options.frames}"; give frame numbers separated by commas`);
  }
  fs.mkdirSync(OUT, { recursive: true });
  const serveUrl = await bundle({ entryPoint: path.join(ROOT, ENTRY_POINT), rootDir: ROOT, enableCaching: true });

  const project = projectBenchSettings();
  console.log(`Baseline: ${describeSettings(project)}`);
  const baseline = await renderStills(serveUrl, project, frames, 'project');
  for (const [index, variant] of (options.variant ?? []).entries()) {
    const settings = parseVariant(variant, project);
    console.log(`\nVariant ${variant}: ${describeSettings(settings)}`);
    const stills = await renderStills(serveUrl, settings, frames, `variant${index + 1}`);
    console.log('| frame | max channel difference | mean | pixels off by more than 8 | more than 32 |');
    console.log('| ---: | ---: | ---: | ---: | ---: |');
    frames.forEach((frame, frameIndex) => {
      const difference = compare(baseline[frameIndex]!, stills[frameIndex]!);
      console.log(
        `| ${frame} | ${difference.maxChannel} | ${difference.meanChannel.toFixed(3)} | ${difference.pixelsOver8} | ${difference.pixelsOver32} |`,
      );
    });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
