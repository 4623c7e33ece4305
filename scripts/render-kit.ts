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

/**
 * Make every page that `browser` opens from now on read its visible text just before it
 * closes, and pass the text to `receive`. Returns a function that undoes the change.
 *
 * NOTE: this relies on renderStill of Remotion 4.0.527 opening one page on the browser it
 * is given and closing that page right after the screenshot. If a later version changes
 * that, stillWithText throws because no text arrives.
 */
const readTextBeforeClose = (browser: Browser, receive: (texts: VisibleText[]) => void): (() => void) => {
  const originalNewPage = browser.newPage;
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const page = await originalNewPage.apply(browser, args);
    const originalClose = page.close;
    page.close = async (...closeArgs: Parameters<typeof page.close>) => {
      receive((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as VisibleText[]);
      return originalClose.apply(page, closeArgs);
    };
    return page;
  };
  return () => {
    browser.newPage = originalNewPage;
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
    const restore = readTextBeforeClose(browser, (received) => {
      texts = received;
    });
    try {
      await still({ frame, output, inputProps });
    } finally {
      restore();
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
    media,
    close: () => browser.close({ silent: true }),
  };
};
