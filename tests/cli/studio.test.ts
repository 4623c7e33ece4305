// Remotion Studio, started with the real CLI and driven in real Chromium through
// playwright-core. The composition must load and the props panel must show both fields
// with their bounds. Editing a field must change the preview, and an invalid edit must
// show the schema's message while the preview keeps the last valid props. Only loopback
// traffic is let through, and the Studio's process group is killed at the end, also
// after a failure.

import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_COLORS } from '../../src/theme';
import { PROJECT_ROOT, REMOTION_BIN } from './run-cli';
import { type Image, countColor, hexToRgb } from '../render/pixels';

/** Full Chrome or Chromium builds that playwright-core can drive (a headless shell has no Studio UI to test). */
const FULL_BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Find the first full Chromium or Chrome on the PATH; returns null when there is none. */
const findFullBrowser = (): string | null => {
  for (const name of FULL_BROWSER_NAMES) {
    for (const directory of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
      const candidate = path.join(directory, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // Not here; try the next directory.
      }
    }
  }
  return null;
};

const BROWSER_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A TCP port that is free on the loopback interface right now. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

let studio: ChildProcess | null = null;
let studioOutput = '';
let studioUrl = '';
let userDataDir = '';
let context: BrowserContext | null = null;
let page: Page;
const blockedRequests: string[] = [];

/** Kill the Studio and everything it started (it runs in its own process group). */
const stopStudio = (): void => {
  if (studio?.pid !== undefined && studio.exitCode === null) {
    try {
      process.kill(-studio.pid, 'SIGKILL');
    } catch {
      // The group has already exited.
    }
  }
  studio = null;
};

/** Start `remotion studio` and resolve with its URL once it has built the bundle. */
const startStudio = async (): Promise<string> => {
  const port = await freePort();
  studio = spawn(REMOTION_BIN, ['studio', '--port', String(port), '--no-open'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  process.once('exit', stopStudio);
  studio.stdout?.on('data', (chunk: Buffer) => (studioOutput += chunk.toString()));
  studio.stderr?.on('data', (chunk: Buffer) => (studioOutput += chunk.toString()));

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (studio.exitCode !== null) {
      throw new Error(`the Studio exited with status ${studio.exitCode}:\n${studioOutput}`);
    }
    // The Studio moves to another port when the requested one is taken, and prints which.
    const ready = /Local: http:\/\/localhost:(\d+)/.exec(studioOutput);
    if (ready !== null && /Built in/.test(studioOutput)) {
      return `http://127.0.0.1:${ready[1]}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the Studio was not ready after 120 s:\n${studioOutput}`);
};

/** Capture the preview's composition (the element its background colour fills) as a decoded screenshot. */
const capturePreview = async (): Promise<Image> => {
  const box = await page.evaluate(() => {
    const candidates = Array.from(document.querySelectorAll('div'))
      .filter((element) => getComputedStyle(element).backgroundColor === 'rgb(15, 20, 32)')
      .map((element) => element.getBoundingClientRect())
      .filter((rect) => rect.width > 100 && rect.height > 100)
      .sort((a, b) => b.width * b.height - a.width * a.height);
    const rect = candidates[0];
    return rect === undefined ? null : { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  expect(box, 'the preview shows the composition').not.toBeNull();
  const png = PNG.sync.read(await page.screenshot({ clip: box! }));
  return { width: png.width, height: png.height, data: png.data };
};

const pixelsOf = (image: Image, index: number): number =>
  countColor(image, { left: 0, top: 0, width: image.width, height: image.height }, hexToRgb(COMPONENT_COLORS[index]!), 16);

/** Capture the preview until `accept` passes on it, or fail after `timeoutMs`. */
const waitForPreview = async (accept: (image: Image) => boolean, what: string, timeoutMs = 30_000): Promise<Image> => {
  const deadline = Date.now() + timeoutMs;
  let image = await capturePreview();
  while (!accept(image)) {
    if (Date.now() > deadline) {
      throw new Error(`the preview did not show ${what} within ${timeoutMs} ms`);
    }
    await page.waitForTimeout(300);
    image = await capturePreview();
  }
  return image;
};

/** Replace the JSON props editor's text, as if typed. */
const setJsonProps = async (json: string): Promise<void> => {
  const textarea = page.locator('textarea').first();
  await textarea.fill(json);
};

beforeAll(async () => {
  const executablePath = findFullBrowser();
  if (executablePath === null) {
    throw new Error(`no full Chromium on the PATH (looked for ${FULL_BROWSER_NAMES.join(', ')}); install Debian's chromium`);
  }
  studioUrl = await startStudio();

  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-test-profile-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: BROWSER_FLAGS,
    viewport: { width: 1600, height: 1000 },
  });
  // Loopback only: the Studio also sends requests to a Remotion server for updates and bug reports.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOOPBACK_HOSTS.has(url.hostname)) {
      return route.continue();
    }
    blockedRequests.push(url.origin);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${studioUrl}/SoftmaxExplainer`, { waitUntil: 'load' });
});

afterAll(async () => {
  try {
    await context?.close();
  } finally {
    stopStudio();
    if (userDataDir !== '') {
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  }
});

describe('Studio', () => {
  it('loads the composition', async () => {
    await page.getByText('SoftmaxExplainer').first().waitFor({ state: 'visible' });
    // Open the props panel, which starts collapsed in a new profile.
    await page.getByRole('button', { name: 'Expand right sidebar' }).click();
    await page.locator('[data-json-path="barScores"]').waitFor({ state: 'visible' });
    // Move to the 2-D example's last stage: one second per key press, 14 s in.
    for (let second = 0; second < 14; second++) {
      await page.keyboard.press('Shift+ArrowRight');
    }
    const image = await waitForPreview((frame) => pixelsOf(frame, 0) > 500 && pixelsOf(frame, 1) > 500, 'the two default bars');
    // The defaults have two bars: no third component colour.
    expect(pixelsOf(image, 2)).toBe(0);
  });

  it('shows both fields with bounds', async () => {
    for (const jsonPath of ['barScores.0', 'barScores.1', 'pointScores.0', 'pointScores.1', 'pointScores.2']) {
      expect(await page.locator(`[data-json-path="${jsonPath}"]`).isVisible(), jsonPath).toBe(true);
    }
    // A score's input takes its limits from the schema.
    await page.locator('[data-json-path="barScores.0"] + div button').click();
    const input = page.locator('input[placeholder="barScores.0"]');
    await input.waitFor({ state: 'visible' });
    expect(await input.getAttribute('min')).toBe('-1000');
    expect(await input.getAttribute('max')).toBe('1000');
    await input.press('Escape');
    // The field's description gives the rule.
    await page.locator('[data-json-path="barScores"] button[title="Field description"]').click();
    await page
      .getByText('Scores of the 2-D example: 2 to 6 bars, each a finite number from \u22121000 to 1000')
      .waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Escape');
  });

  it('updates the preview on edit', async () => {
    const before = await capturePreview();
    // z2 = 4 > z1 = 2, so the second bar takes most of the probability.
    await page.locator('[data-json-path="barScores.1"] + div button').click();
    const input = page.locator('input[placeholder="barScores.1"]');
    await input.fill('4');
    await input.press('Enter');
    const after = await waitForPreview((frame) => pixelsOf(frame, 1) > 2 * pixelsOf(before, 1), 'a taller second bar');
    expect(pixelsOf(after, 0)).toBeLessThan(pixelsOf(before, 0));
  });

  it('shows schema errors for invalid edits', async () => {
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    await setJsonProps('{"barScores":[2,1,0.5],"pointScores":[1,3,0]}');
    const valid = await waitForPreview((frame) => pixelsOf(frame, 2) > 500, 'a third bar');

    const error = page.locator('[data-testid="json-props-error"]');
    await setJsonProps('{"barScores":[2,1,0.5],"pointScores":[1,3,0],"barScore":[9,9]}');
    await expect.poll(() => error.textContent()).toContain('Unknown key "barScore": the accepted keys are barScores and pointScores');
    await setJsonProps('{"barScores":[2],"pointScores":[1,3,0]}');
    await expect.poll(() => error.textContent()).toContain('must have at least 2 scores');
    await setJsonProps('{"barScores":[2,1,0.5],"pointScores":[1,3,5000]}');
    await expect.poll(() => error.textContent()).toContain('must be at most 1000');

    // The preview keeps the last valid props, and no error overlay covers it.
    await page.waitForTimeout(1000);
    const unchanged = await capturePreview();
    for (let index = 0; index < 3; index++) {
      expect(Math.abs(pixelsOf(unchanged, index) - pixelsOf(valid, index))).toBeLessThan(0.05 * pixelsOf(valid, index) + 50);
    }
    expect(await page.getByText('Invalid input props for SoftmaxExplainer').count()).toBe(0);
    // Every request that left loopback was blocked; none was needed for the checks above.
    expect(blockedRequests.every((origin) => !LOOPBACK_HOSTS.has(new URL(origin).hostname))).toBe(true);
  });
});
