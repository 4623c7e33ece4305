// The settings a benchmark run renders with: Remotion's stock settings, this project's
// defaults, or the project's defaults with some levers changed (`--variant`).

import type { ChromiumOptions, X264Preset } from '@remotion/renderer';
import { type ChromeMode, chromeModeFor, findFullBrowserOnPath } from './browser';
import { rendererOptions, renderSpeedOptions } from './render-defaults';

export type BenchSettings = {
  readonly browserExecutable: string | null;
  readonly chromeMode: ChromeMode;
  readonly chromiumOptions: ChromiumOptions;
  /** Tabs per render process; null leaves Remotion's default (half the cores, at least 1, at most 8). */
  readonly concurrency: number | null;
  /** null leaves Remotion's default of 80. */
  readonly jpegQuality: number | null;
  /** null leaves x264's default, medium. */
  readonly x264Preset: X264Preset | null;
  /** Render processes over consecutive frame ranges, joined without re-encoding. */
  readonly processes: number;
};

/**
 * Return what `npx remotion render` uses with no configuration, except the browser.
 * Remotion's own download needs internet, so a full Chrome or Chromium from the PATH
 * takes its place, started as Chrome for Testing (--headless=new). Remotion's default
 * OpenGL renderer is null (Chrome decides), its default concurrency is half the cores,
 * its JPEG quality 80, and x264 runs at its default preset.
 */
export const stockBenchSettings = (env: NodeJS.ProcessEnv = process.env): BenchSettings => {
  const executable = findFullBrowserOnPath(env);
  return {
    browserExecutable: executable,
    chromeMode: executable === null ? 'headless-shell' : 'chrome-for-testing',
    chromiumOptions: {},
    concurrency: null,
    jpegQuality: null,
    x264Preset: null,
    processes: 1,
  };
};

/** Return the settings of remotion.config.ts and scripts/render-defaults.ts. */
export const projectBenchSettings = (env: NodeJS.ProcessEnv = process.env): BenchSettings => {
  const renderer = rendererOptions(env);
  const speed = renderSpeedOptions();
  return {
    browserExecutable: renderer.browserExecutable,
    chromeMode: renderer.chromeMode,
    chromiumOptions: renderer.chromiumOptions,
    concurrency: speed.concurrency,
    jpegQuality: speed.jpegQuality,
    x264Preset: speed.x264Preset,
    processes: 1,
  };
};

const positiveInteger = (key: string, value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new Error(`--variant ${key}=${value}: the value must be a whole number of at least 1`);
  }
  return parsed;
};

/**
 * Apply levers from "key=value,key=value" to the project's settings. The keys are browser
 * (a path, or `shell` or `full` for the headless shell or the full browser on the PATH),
 * concurrency, jpegQuality, preset, processes and gl (an OpenGL renderer or `default`).
 * multiProcess=false turns off Chrome's multi-process mode on Linux, and `defaults`
 * alone changes nothing.
 */
export const parseVariant = (variant: string, base: BenchSettings, env: NodeJS.ProcessEnv = process.env): BenchSettings => {
  let settings: BenchSettings = base;
  for (const pair of variant.split(',')) {
    const [key = '', value = ''] = pair.split('=');
    switch (key) {
      case 'browser': {
        const executable =
          value === 'shell' ? rendererOptions({ ...env, SOFTMAX_BROWSER_EXECUTABLE: '' }).browserExecutable : value === 'full' ? findFullBrowserOnPath(env) : value;
        if (executable === null) {
          throw new Error(`--variant browser=${value}: no such browser on the PATH`);
        }
        settings = { ...settings, browserExecutable: executable, chromeMode: chromeModeFor(executable) };
        break;
      }
      case 'concurrency':
        settings = { ...settings, concurrency: positiveInteger(key, value) };
        break;
      case 'jpegQuality':
        settings = { ...settings, jpegQuality: positiveInteger(key, value) };
        break;
      case 'preset':
        settings = { ...settings, x264Preset: value as X264Preset };
        break;
      case 'processes':
        settings = { ...settings, processes: positiveInteger(key, value) };
        break;
      case 'gl':
        settings = {
          ...settings,
          chromiumOptions: { ...settings.chromiumOptions, gl: value === 'default' ? null : (value as ChromiumOptions['gl']) },
        };
        break;
      case 'defaults':
        // No change: the project's settings again, to see how much two identical runs differ.
        break;
      case 'multiProcess':
        settings = { ...settings, chromiumOptions: { ...settings.chromiumOptions, enableMultiProcessOnLinux: value !== 'false' } };
        break;
      default:
        throw new Error(`--variant: unknown key "${key}" in "${variant}"; use browser, concurrency, jpegQuality, preset, processes, gl, multiProcess or defaults`);
    }
  }
  return settings;
};

/** One line that names every setting of a run. */
export const describeSettings = (settings: BenchSettings): string =>
  [
    `browser ${settings.browserExecutable ?? "Remotion's download"} (${settings.chromeMode})`,
    `gl ${settings.chromiumOptions.gl ?? 'default'}`,
    settings.chromiumOptions.enableMultiProcessOnLinux === false ? 'single-process Chrome' : null,
    `concurrency ${settings.concurrency ?? 'default'}`,
    `JPEG quality ${settings.jpegQuality ?? 'default'}`,
    `x264 preset ${settings.x264Preset ?? 'default'}`,
    settings.processes > 1 ? `${settings.processes} processes` : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
