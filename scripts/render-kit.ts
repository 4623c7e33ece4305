// One bundle and one browser for many stills: the shared set-up of the stills script,
// the benchmark and the render tests, through Remotion's Node API.

import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { openBrowser, renderStill, selectComposition } from '@remotion/renderer';
import type { VideoConfig } from 'remotion';
import { ENTRY_POINT, rendererOptions } from './render-defaults';

export const COMPOSITION_ID = 'SoftmaxExplainer';

export type RenderKit = {
  readonly serveUrl: string;
  /** Render one frame with these props to a PNG file and return the composition used. */
  readonly still: (options: { frame: number; output: string; inputProps?: Record<string, unknown> }) => Promise<VideoConfig>;
  /** Resolve the composition for these props, running calculateMetadata (and its props check). */
  readonly composition: (inputProps?: Record<string, unknown>) => Promise<VideoConfig>;
  readonly close: () => Promise<void>;
};

/** Bundle the project once (or reuse `serveUrl`) and open one browser for every still. */
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

  const compositions = new Map<string, VideoConfig>();
  const composition = async (inputProps: Record<string, unknown> = {}): Promise<VideoConfig> => {
    const key = JSON.stringify(inputProps);
    const cached = compositions.get(key);
    if (cached !== undefined) {
      return cached;
    }
    const selected = await selectComposition({
      serveUrl,
      id: COMPOSITION_ID,
      inputProps,
      puppeteerInstance: browser,
      chromiumOptions: settings.chromiumOptions,
      chromeMode: settings.chromeMode,
      browserExecutable: settings.browserExecutable,
      logLevel: 'error',
    });
    compositions.set(key, selected);
    return selected;
  };

  return {
    serveUrl,
    composition,
    still: async ({ frame, output, inputProps = {} }) => {
      const selected = await composition(inputProps);
      await renderStill({
        serveUrl,
        composition: selected,
        frame,
        output,
        inputProps,
        imageFormat: 'png',
        overwrite: true,
        puppeteerInstance: browser,
        chromiumOptions: settings.chromiumOptions,
        chromeMode: settings.chromeMode,
        browserExecutable: settings.browserExecutable,
        logLevel: 'error',
      });
      return selected;
    },
    close: () => browser.close({ silent: true }),
  };
};
