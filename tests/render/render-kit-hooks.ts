// The set-up every render test file shares: one render kit (a browser on the bundle made
// by the global set-up) for the whole file, and a folder under out/ for its frames.

import fs from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { type RenderKit, openRenderKit } from '../../scripts/render-kit';

/**
 * Opens a render kit before the file's tests and closes it after them, creating
 * `outDir` first. Returns a getter, because the kit exists only once the tests run.
 */
export const setUpRenderKit = (outDir: string): (() => RenderKit) => {
  let kit: RenderKit | undefined;
  beforeAll(async () => {
    fs.mkdirSync(outDir, { recursive: true });
    kit = await openRenderKit({ serveUrl: inject('serveUrl') });
  });
  afterAll(async () => {
    await kit?.close();
  });
  return () => {
    if (kit === undefined) {
      throw new Error('setUpRenderKit: the render kit is not open yet; use it inside a test or hook');
    }
    return kit;
  };
};
