// Settings for `npx remotion render`, `still` and `studio`. See
// https://www.remotion.dev/docs/config for every option.

import { CliInternals } from '@remotion/cli';
import { Config } from '@remotion/cli/config';
import { findBrowser } from './scripts/browser';
import { checkCommandLineProps } from './scripts/cli-props';
import { ENTRY_POINT, glRenderer } from './scripts/render-defaults';

Config.setEntryPoint(ENTRY_POINT);
Config.setOverwriteOutput(true);

const browser = findBrowser();
if (browser.executable !== null) {
  Config.setBrowserExecutable(browser.executable);
}
Config.setChromeMode(browser.chromeMode);
const gl = glRenderer();
if (gl !== null) {
  Config.setChromiumOpenGlRenderer(gl);
}

// Stop a render with invalid --props now, before Remotion bundles the project.
const propsProblem = checkCommandLineProps(CliInternals.parsedCli, process.cwd());
if (propsProblem !== null) {
  process.stderr.write(`${propsProblem}\n`);
  process.exit(1);
}
