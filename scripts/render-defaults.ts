// Render settings shared by remotion.config.ts (the CLI and Studio) and the scripts and
// tests that call Remotion's Node API, so both render the same way.

import os from 'node:os';
import type { X264Preset } from '@remotion/renderer';
import { findBrowser } from './browser';

/**
 * WebGL renderer for Chrome. 'swangle' is ANGLE on SwiftShader, a software renderer,
 * so the 3-D example draws on machines without a GPU. SOFTMAX_GL overrides it, e.g.
 * 'angle' to use a GPU.
 */
export const GL_RENDERER_ENV = 'SOFTMAX_GL';
const GL_RENDERERS = ['swangle', 'angle', 'egl', 'swiftshader', 'vulkan', 'angle-egl'] as const;
export type GlRenderer = (typeof GL_RENDERERS)[number];

export const glRenderer = (env: NodeJS.ProcessEnv = process.env): GlRenderer => {
  const value = env[GL_RENDERER_ENV];
  if (value === undefined || value === '') {
    return 'swangle';
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
    chromiumOptions: { gl: glRenderer(env) },
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

// TODO: provisional values until the benchmark has measured them.
export const renderSpeedOptions = (cpuCount: number = os.cpus().length): RenderSpeedOptions => ({
  concurrency: Math.max(1, cpuCount),
  jpegQuality: 80,
  x264Preset: 'medium',
});
