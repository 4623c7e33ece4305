// One render of the benchmark, run as its own process by scripts/bench.ts so that the
// benchmark can measure the memory of this process and its browser and ffmpeg children.
//
// Usage: tsx scripts/bench-render.ts JOB.json
// The job file contains a BenchRenderJob. The process renders with Remotion's renderMedia()
// and writes a BenchRenderResult to job.resultFile.

import fs from 'node:fs';
import type { ChromiumOptions, X264Preset } from '@remotion/renderer';
import { RenderInternals, openBrowser, renderMedia, selectComposition } from '@remotion/renderer';
import type { ChromeMode } from './browser';

export type BenchRenderJob = {
  readonly serveUrl: string;
  readonly compositionId: string;
  readonly output: string;
  /** 'h264-ts' for a chunk that is joined to others without re-encoding. */
  readonly codec: 'h264' | 'h264-ts';
  /** Inclusive first and last frame, or null for the whole composition. */
  readonly frameRange: readonly [number, number] | null;
  /** Browser tabs; null leaves Remotion's default. */
  readonly concurrency: number | null;
  /** null leaves Remotion's default (80). */
  readonly jpegQuality: number | null;
  /** null leaves x264's default preset (medium). */
  readonly x264Preset: X264Preset | null;
  readonly browserExecutable: string | null;
  readonly chromeMode: ChromeMode;
  readonly chromiumOptions: ChromiumOptions;
  readonly resultFile: string;
};

export type BenchRenderResult = {
  /** Epoch milliseconds when the process started rendering (before selectComposition). */
  readonly startedAt: number;
  /** Epoch milliseconds at which the n-th frame (0-based, in completion order) was captured. */
  readonly frameDoneAt: number[];
  /** First frame of the range, so completion index i is close to frame firstFrame + i. */
  readonly firstFrame: number;
  /** Remotion's ten slowest frames: absolute frame number and milliseconds. */
  readonly slowestFrames: { frame: number; time: number }[];
  readonly finishedAt: number;
  /** Remotion's own averages of the screenshot call ("capture") and of piping a frame to ffmpeg. */
  readonly perf: string[];
};

const main = async (): Promise<void> => {
  const jobFile = process.argv[2];
  if (jobFile === undefined) {
    throw new Error('bench-render: missing argument; pass the path of a job JSON file');
  }
  const job = JSON.parse(fs.readFileSync(jobFile, 'utf8')) as BenchRenderJob;
  const startedAt = Date.now();
  const browser = {
    browserExecutable: job.browserExecutable,
    chromeMode: job.chromeMode,
    chromiumOptions: job.chromiumOptions,
  };

  // Like `npx remotion render`: one browser for selecting the composition and rendering.
  const puppeteerInstance = await openBrowser('chrome', { ...browser, logLevel: 'error' });
  const composition = await selectComposition({
    serveUrl: job.serveUrl,
    id: job.compositionId,
    logLevel: 'error',
    puppeteerInstance,
    ...browser,
  });
  const frameDoneAt: number[] = [];
  const { slowestFrames } = await renderMedia({
    serveUrl: job.serveUrl,
    composition,
    codec: job.codec,
    outputLocation: job.output,
    frameRange: job.frameRange === null ? null : [job.frameRange[0], job.frameRange[1]],
    overwrite: true,
    logLevel: 'error',
    puppeteerInstance,
    ...(job.concurrency === null ? {} : { concurrency: job.concurrency }),
    ...(job.jpegQuality === null ? {} : { jpegQuality: job.jpegQuality }),
    ...(job.x264Preset === null ? {} : { x264Preset: job.x264Preset }),
    ...browser,
    onProgress: ({ renderedFrames }) => {
      // Remotion reports progress once per captured frame, and also while encoding.
      while (frameDoneAt.length < renderedFrames) {
        frameDoneAt.push(Date.now());
      }
    },
  });
  await puppeteerInstance.close({ silent: true });

  const result: BenchRenderResult = {
    startedAt,
    frameDoneAt,
    firstFrame: job.frameRange?.[0] ?? 0,
    slowestFrames: slowestFrames.map(({ frame, time }) => ({ frame, time })),
    finishedAt: Date.now(),
    perf: RenderInternals.perf.getPerf().slice(1).map((line) => line.trim()),
  };
  fs.writeFileSync(job.resultFile, JSON.stringify(result));
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
