// One bundle and one browser for many stills: the shared set-up of the stills script
// and the render tests, through Remotion's Node API.

import fs from 'node:fs';
import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { openBrowser, renderFrames, renderMedia, renderStill, selectComposition } from '@remotion/renderer';
import type { VideoConfig } from 'remotion';
import { ENTRY_POINT, rendererOptions, renderSpeedOptions } from './render-defaults';
import { VISIBLE_TEXT_SCRIPT, type VisibleText } from './visible-text';

export const COMPOSITION_ID = 'SoftmaxExplainer';

export type { VisibleText } from './visible-text';

type Props = Record<string, unknown>;

export type RenderKit = {
  readonly serveUrl: string;
  /** Render one frame with these props to a PNG file and return the composition used. */
  readonly still: (options: { frame: number; output: string; inputProps?: Props; scale?: number }) => Promise<VideoConfig>;
  /**
   * Render one frame to a PNG file like `still`, and return the text that the frame shows:
   * every text element drawn with an effective opacity of at least 0.01, read from the page that
   * was captured.
   */
  readonly stillWithText: (options: { frame: number; output: string; inputProps?: Props }) => Promise<VisibleText[]>;
  /**
   * Render the frames from `frameRange[0]` to `frameRange[1]` (inclusive) as PNG files
   * into `outputDir`, with `concurrency` browser tabs. Returns the files in frame order.
   */
  readonly frames: (options: {
    frameRange: readonly [number, number];
    outputDir: string;
    concurrency: number;
    inputProps?: Props;
    scale?: number;
  }) => Promise<string[]>;
  /**
   * Render the frames from `frameRange[0]` to `frameRange[1]` like `frames`, in one tab,
   * with `probe` run in each page that renders them. Returns each page's `probe.read` result.
   */
  readonly probeFrames: (options: {
    frameRange: readonly [number, number];
    outputDir: string;
    probe: PageProbe;
    inputProps?: Props;
  }) => Promise<unknown[]>;
  /**
   * Render a frame range (default: the whole composition) to an H.264 MP4 file with the
   * project's speed settings; `concurrency` defaults to theirs.
   */
  readonly media: (options: {
    output: string;
    frameRange?: readonly [number, number];
    inputProps?: Props;
    scale?: number;
    concurrency?: number;
    crf?: number;
  }) => Promise<VideoConfig>;
  /** Resolve the composition for these props, running calculateMetadata (and its props check). */
  readonly composition: (inputProps?: Props) => Promise<VideoConfig>;
  readonly close: () => Promise<void>;
};

type Browser = Awaited<ReturnType<typeof openBrowser>>;

/** Scripts that a render kit runs in the pages Remotion opens, as strings of plain JavaScript. */
export type PageProbe = {
  /** Run in each page before the bundle loads, e.g. to start a MutationObserver. */
  readonly setup?: string;
  /** Evaluated in each page just before it closes. Its result goes to the caller. */
  readonly read: string;
};

/**
 * Makes every page that `browser` opens from now on run `probe.setup` before it loads and
 * evaluate `probe.read` just before it closes, and passes each result to `receive`.
 * Returns `settled`, which waits for the reads of the pages closed so far, and `restore`,
 * which undoes the change.
 *
 * NOTE: this relies on renderStill and renderFrames of Remotion 4.0.527 opening their pages
 * on the browser they are given and closing them when done (renderFrames without waiting
 * for the close). If a later version changes that, no result arrives, and the callers below
 * throw.
 */
const probePages = (
  browser: Browser,
  probe: PageProbe,
  receive: (result: unknown) => void,
): { settled: () => Promise<void>; restore: () => void } => {
  const reads: Promise<void>[] = [];
  const originalNewPage = browser.newPage;
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const page = await originalNewPage.apply(browser, args);
    if (probe.setup !== undefined) {
      await page.evaluateOnNewDocument(probe.setup);
    }
    const originalClose = page.close;
    page.close = (...closeArgs: Parameters<typeof page.close>) => {
      const read = page.evaluate(probe.read).then(receive);
      reads.push(read);
      return read.then(() => originalClose.apply(page, closeArgs));
    };
    return page;
  };
  return {
    settled: async () => {
      // Let a close that the renderer started without waiting reach the patched close.
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.all(reads);
    },
    restore: () => {
      browser.newPage = originalNewPage;
    },
  };
};

/** Bundle the project once (or reuse `serveUrl`) and open one browser for every render. */
export const openRenderKit = async (options: { serveUrl?: string; projectRoot?: string } = {}): Promise<RenderKit> => {
  const projectRoot = options.projectRoot ?? process.cwd();
  const serveUrl =
    options.serveUrl ??
    (await bundle({ entryPoint: path.join(projectRoot, ENTRY_POINT), rootDir: projectRoot, enableCaching: true }));
  const settings = rendererOptions();
  const browser = await openBrowser('chrome', {
    browserExecutable: settings.browserExecutable,
    chromeMode: settings.chromeMode,
    chromiumOptions: settings.chromiumOptions,
  });
  const shared = {
    serveUrl,
    puppeteerInstance: browser,
    chromiumOptions: settings.chromiumOptions,
    chromeMode: settings.chromeMode,
    browserExecutable: settings.browserExecutable,
    logLevel: 'error',
  } as const;

  const compositions = new Map<string, VideoConfig>();
  const composition = async (inputProps: Props = {}): Promise<VideoConfig> => {
    const key = JSON.stringify(inputProps);
    const cached = compositions.get(key);
    if (cached !== undefined) {
      return cached;
    }
    const selected = await selectComposition({ ...shared, id: COMPOSITION_ID, inputProps });
    compositions.set(key, selected);
    return selected;
  };

  const still: RenderKit['still'] = async ({ frame, output, inputProps = {}, scale = 1 }) => {
    const selected = await composition(inputProps);
    await renderStill({
      ...shared,
      composition: selected,
      frame,
      output,
      inputProps,
      scale,
      imageFormat: 'png',
      overwrite: true,
    });
    return selected;
  };

  const stillWithText: RenderKit['stillWithText'] = async ({ frame, output, inputProps = {} }) => {
    // Resolve the composition first: selectComposition opens a page of its own.
    await composition(inputProps);
    let texts: VisibleText[] | null = null;
    const pages = probePages(browser, { read: VISIBLE_TEXT_SCRIPT }, (received) => {
      texts = received as VisibleText[];
    });
    try {
      await still({ frame, output, inputProps });
      await pages.settled();
    } finally {
      pages.restore();
    }
    if (texts === null) {
      throw new Error(
        `stillWithText: frame ${frame} rendered, but no text was read from its page; ` +
          'check that renderStill still closes its page on the browser passed to it',
      );
    }
    return texts;
  };

  const frames: RenderKit['frames'] = async ({ frameRange, outputDir, concurrency, inputProps = {}, scale = 1 }) => {
    const selected = await composition(inputProps);
    fs.rmSync(outputDir, { recursive: true, force: true });
    fs.mkdirSync(outputDir, { recursive: true });
    await renderFrames({
      ...shared,
      composition: selected,
      inputProps,
      outputDir,
      frameRange: [frameRange[0], frameRange[1]],
      concurrency,
      scale,
      imageFormat: 'png',
      onStart: () => undefined,
      onFrameUpdate: () => undefined,
    });
    // Remotion names the files element-<frame>.png with the frame number zero-padded.
    const files = fs
      .readdirSync(outputDir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .map((name) => path.join(outputDir, name));
    const expected = frameRange[1] - frameRange[0] + 1;
    if (files.length !== expected) {
      throw new Error(`frames: expected ${expected} PNG files in ${outputDir}, found ${files.length}`);
    }
    return files;
  };

  const probeFrames: RenderKit['probeFrames'] = async ({ frameRange, outputDir, probe, inputProps = {} }) => {
    // Resolve the composition first: selectComposition opens a page of its own.
    await composition(inputProps);
    const results: unknown[] = [];
    const pages = probePages(browser, probe, (result) => {
      results.push(result);
    });
    try {
      await frames({ frameRange, outputDir, concurrency: 1, inputProps });
      await pages.settled();
    } finally {
      pages.restore();
    }
    if (results.length === 0) {
      throw new Error(
        `probeFrames: frames ${frameRange[0]}-${frameRange[1]} rendered, but no page returned a result; ` +
          'check that renderFrames still closes its pages on the browser passed to it',
      );
    }
    return results;
  };

  const speed = renderSpeedOptions();
  const media: RenderKit['media'] = async ({ output, frameRange, inputProps = {}, scale = 1, concurrency = speed.concurrency, crf }) => {
    const selected = await composition(inputProps);
    fs.mkdirSync(path.dirname(output), { recursive: true });
    await renderMedia({
      ...shared,
      composition: selected,
      inputProps,
      codec: 'h264',
      crf,
      outputLocation: output,
      frameRange: frameRange === undefined ? null : [frameRange[0], frameRange[1]],
      scale,
      concurrency,
      jpegQuality: speed.jpegQuality,
      x264Preset: speed.x264Preset,
      overwrite: true,
    });
    return selected;
  };

  return {
    serveUrl,
    composition,
    still,
    stillWithText,
    frames,
    probeFrames,
    media,
    close: () => browser.close({ silent: true }),
  };
};
