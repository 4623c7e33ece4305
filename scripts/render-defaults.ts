// Render settings shared by remotion.config.ts (the CLI and Studio) and the scripts and
// tests that call Remotion's Node API, so both render the same way.

import os from 'node:os';
import type { X264Preset } from '@remotion/renderer';
import { type BrowserChoice, findBrowser } from './browser';

/**
 * OpenGL renderer for Chrome, or null to leave the choice to Chrome (Remotion's default).
 *
 * SOFTMAX_GL sets a renderer explicitly, e.g. 'swangle' if a Chrome build offers no WebGL
 * without it, or 'angle' for a GPU. Unset, the choice depends on the browser:
 * - A Chrome or Chromium found on the machine: null. Headless Chrome without a GPU then
 *   composites the page in software and runs WebGL on SwiftShader, so the 3-D example
 *   still draws, and with a GPU Chrome may use it. 'swangle' (ANGLE on SwiftShader) also
 *   composites the whole page with SwiftShader: on a 2-core machine without a GPU the
 *   video took 1.8 times as long with it (docs/benchmarks.md), for the same pictures.
 * - Remotion's own browser download: 'swangle', which Remotion recommends for machines
 *   without a GPU, because WebGL without it was checked only with Debian's Chromium 156.
 */
export const GL_RENDERER_ENV = 'SOFTMAX_GL';
const GL_RENDERERS = ['swangle', 'angle', 'egl', 'swiftshader', 'vulkan', 'angle-egl'] as const;
export type GlRenderer = (typeof GL_RENDERERS)[number];

export const glRenderer = (
  env: NodeJS.ProcessEnv = process.env,
  browser: BrowserChoice = findBrowser(env),
): GlRenderer | null => {
  const value = env[GL_RENDERER_ENV];
  if (value === undefined || value === '') {
    return browser.executable === null ? 'swangle' : null;
  }
  if (!(GL_RENDERERS as readonly string[]).includes(value)) {
    throw new Error(`${GL_RENDERER_ENV} is "${value}"; use one of ${GL_RENDERERS.join(', ')}, or unset it`);
  }
  return value as GlRenderer;
};

export const ENTRY_POINT = 'src/index.ts';

/** Browser and GL settings in the shape of Remotion's Node API options. */
export const rendererOptions = (env: NodeJS.ProcessEnv = process.env) => {
  const browser = findBrowser(env);
  return {
    browserExecutable: browser.executable,
    chromeMode: browser.chromeMode,
    chromiumOptions: { gl: glRenderer(env, browser) },
  };
};

/** Render-speed settings; docs/benchmarks.md has the measurements behind them. */
export type RenderSpeedOptions = {
  /** Browser tabs that capture frames at the same time. */
  readonly concurrency: number;
  /** Quality of the JPEG frames that Chrome hands to ffmpeg, 0 to 100. */
  readonly jpegQuality: number;
  readonly x264Preset: X264Preset;
};

/** Remotion's limit for its default concurrency. Each tab adds about 400 MB of memory. */
const MAX_CONCURRENCY = 8;

/**
 * Speed settings for a machine with `cpuCount` cores.
 *
 * - concurrency: one tab per core, at most 8 (Remotion's default is half the cores). A
 *   frame waits for the page as well as computing, so a second tab fills the gaps.
 *   NOTE: measured on 2 cores only.
 * - jpegQuality: Remotion's default of 80. Quality 95 cost about 7 % more CPU time, and
 *   lower qualities saved no measurable time but put halos around coloured text.
 * - x264Preset: veryfast. Against x264's default, medium, ffmpeg used about a third less
 *   CPU time and 200 MB less memory, and at CRF 18 the file was smaller, with the same
 *   distance from lossless stills.
 */
export const renderSpeedOptions = (cpuCount: number = os.cpus().length): RenderSpeedOptions => ({
  concurrency: Math.max(1, Math.min(MAX_CONCURRENCY, cpuCount)),
  jpegQuality: 80,
  x264Preset: 'veryfast',
});

/**
 * Add `-preset PRESET` to an ffmpeg command that encodes with libx264 and sets no preset
 * yet, and return other commands unchanged. A preset given with --x264-preset is kept.
 */
export const withX264Preset = (args: string[], preset: X264Preset): string[] => {
  const encoder = args.findIndex((arg, index) => arg === 'libx264' && args[index - 1] === '-c:v');
  if (encoder === -1 || args.includes('-preset')) {
    return args;
  }
  return [...args.slice(0, encoder + 1), '-preset', preset, ...args.slice(encoder + 1)];
};
