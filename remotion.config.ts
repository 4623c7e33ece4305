// Settings for `npx remotion render`, `still` and `studio`. See
// https://www.remotion.dev/docs/config for every option.

import { Config } from '@remotion/cli/config';
import { findBrowser } from './scripts/browser';
import { ENTRY_POINT, glRenderer } from './scripts/render-defaults';

Config.setEntryPoint(ENTRY_POINT);
Config.setOverwriteOutput(true);

const browser = findBrowser();
if (browser.executable !== null) {
  Config.setBrowserExecutable(browser.executable);
}
Config.setChromeMode(browser.chromeMode);
Config.setChromiumOpenGlRenderer(glRenderer());
