// Settings for `npx remotion render`, `still` and `studio`. See
// https://www.remotion.dev/docs/config for every option.

import { CliInternals } from '@remotion/cli';
import { Config } from '@remotion/cli/config';
import { findBrowser } from './scripts/browser';
import { checkCommandLineProps } from './scripts/cli-props';
import { ENTRY_POINT, glRenderer, renderSpeedOptions, withX264Preset } from './scripts/render-defaults';

Config.setEntryPoint(ENTRY_POINT);
Config.setOverwriteOutput(true);

const browser = findBrowser();
if (browser.executable !== null) {
  Config.setBrowserExecutable(browser.executable);
}
Config.setChromeMode(browser.chromeMode);
const gl = glRenderer(process.env, browser);
if (gl !== null) {
  Config.setChromiumOpenGlRenderer(gl);
}

// Render speed: tabs per core, JPEG quality and x264 preset, measured in docs/benchmarks.md.
// Config.setX264Preset() would make every render with another codec (vp8, gif, ProRes)
// fail, so the preset goes into the ffmpeg commands that encode with libx264 instead.
const speed = renderSpeedOptions();
Config.setConcurrency(speed.concurrency);
Config.setJpegQuality(speed.jpegQuality);
Config.overrideFfmpegCommand(({ args }) => withX264Preset(args, speed.x264Preset));

// Stop a render with invalid --props now, before Remotion bundles the project.
const propsProblem = checkCommandLineProps(CliInternals.parsedCli, process.cwd());
if (propsProblem !== null) {
  process.stderr.write(`${propsProblem}\n`);
  process.exit(1);
}
