// Choose the browser that renders the video, without any one machine's paths written
// in: an explicit setting first, then a Chrome or Chromium found on the PATH, else
// null, which lets Remotion download and use its own browser.

import fs from 'node:fs';
import path from 'node:path';

/** Remotion's two ways of starting Chrome: the headless shell, or a full Chrome build with --headless=new. */
export type ChromeMode = 'headless-shell' | 'chrome-for-testing';

export type BrowserChoice = {
  /** Path to the executable, or null to let Remotion use its own download. */
  readonly executable: string | null;
  readonly chromeMode: ChromeMode;
  /** Origin of the choice (the variable, the PATH or the download), for logs and errors. */
  readonly source: string;
};

/** Environment variables that set the browser explicitly. */
export const BROWSER_ENV = 'SOFTMAX_BROWSER_EXECUTABLE';
export const CHROME_MODE_ENV = 'SOFTMAX_CHROME_MODE';

// Headless-shell builds first: they capture frames faster than a full Chrome build.
const HEADLESS_SHELL_NAMES = ['chromium-headless-shell', 'chrome-headless-shell'];
const FULL_BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

const isExecutable = (file: string): boolean => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** A full Chrome build needs --headless=new; a headless-shell build is started as the shell. */
export const chromeModeFor = (executable: string): ChromeMode =>
  /headless[-_]shell/i.test(path.basename(executable)) ? 'headless-shell' : 'chrome-for-testing';

const parseChromeMode = (value: string): ChromeMode => {
  if (value === 'headless-shell' || value === 'chrome-for-testing') {
    return value;
  }
  throw new Error(`${CHROME_MODE_ENV} is "${value}"; set it to headless-shell or chrome-for-testing, or unset it`);
};

/** Find the first of `names` that is an executable in a directory of the PATH, trying the names in order. */
const findOnPath = (names: readonly string[], env: NodeJS.ProcessEnv): string | null => {
  const directories = (env.PATH ?? '').split(path.delimiter).filter((directory) => directory !== '');
  for (const name of names) {
    for (const directory of directories) {
      const candidate = path.join(directory, name);
      if (isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return null;
};

/** The first full Chrome or Chromium build on the PATH (no headless shell), or null. */
export const findFullBrowserOnPath = (env: NodeJS.ProcessEnv = process.env): string | null =>
  findOnPath(FULL_BROWSER_NAMES, env);

/**
 * Find a browser: `SOFTMAX_BROWSER_EXECUTABLE` if set (it must exist), else the first
 * headless shell and then the first full Chrome or Chromium on the PATH, else none.
 * `SOFTMAX_CHROME_MODE` overrides the mode guessed from the executable's name.
 */
export const findBrowser = (env: NodeJS.ProcessEnv = process.env): BrowserChoice => {
  const modeOverride = env[CHROME_MODE_ENV] ? parseChromeMode(env[CHROME_MODE_ENV]) : null;
  const explicit = env[BROWSER_ENV];
  if (explicit) {
    if (!isExecutable(explicit)) {
      throw new Error(`${BROWSER_ENV} is "${explicit}", which is not an executable file; fix the path or unset it`);
    }
    return { executable: explicit, chromeMode: modeOverride ?? chromeModeFor(explicit), source: BROWSER_ENV };
  }
  const candidate = findOnPath([...HEADLESS_SHELL_NAMES, ...FULL_BROWSER_NAMES], env);
  if (candidate !== null) {
    return { executable: candidate, chromeMode: modeOverride ?? chromeModeFor(candidate), source: 'PATH' };
  }
  return { executable: null, chromeMode: modeOverride ?? 'headless-shell', source: "Remotion's own browser download" };
};
