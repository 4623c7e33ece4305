// Invalid props through Remotion's Node API, where remotion.config.ts does not run: the
// composition's calculateMetadata must reject them in the browser, with a one-line
// message (Remotion keeps only an error's first line), before any frame is rendered.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RenderKit, openRenderKit } from '../../scripts/render-kit';

let kit: RenderKit;
let folder: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rejected-props-browser-'));
  kit = await openRenderKit({ serveUrl: inject('serveUrl') });
});

afterAll(async () => {
  await kit?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const CASES: readonly { name: string; props: unknown; message: string }[] = [
  {
    name: 'string score',
    props: { barScores: [1, 'a'] },
    message: 'barScores[1] is "a" (a string): it must be a finite number from \u22121000 to 1000.',
  },
  {
    // JSON.stringify turns Infinity into null on its way to the browser.
    name: 'infinite score',
    props: { pointScores: [0, Infinity, 1] },
    message: 'pointScores[1] is null (a number too large for JSON, such as 1e309, also arrives as null)',
  },
  { name: 'unknown key', props: { barScore: [1, 2] }, message: 'Unknown key "barScore": the accepted keys are barScores and pointScores.' },
  { name: 'seven bars', props: { barScores: [1, 2, 3, 4, 5, 6, 7] }, message: 'it must have at most 6 scores.' },
  { name: 'props a number', props: 5, message: 'props is 5: it must be a JSON object.' },
];

describe('browser rejects invalid props', () => {
  for (const { name, props, message } of CASES) {
    it(`stops before a frame: ${name}`, async () => {
      const output = path.join(folder, `${name.replace(/\s+/g, '-')}.png`);
      const attempt = kit.still({ frame: 300, output, inputProps: props as Record<string, unknown> });

      await expect(attempt).rejects.toThrow(message);
      const firstLine = await attempt.then(
        () => '',
        (error: unknown) => String((error as Error).message).split('\n')[0],
      );
      // Remotion prints the first line only, so every problem must be on it.
      expect(firstLine).toContain('Invalid input props for SoftmaxExplainer.');
      expect(firstLine).toContain(message);
      expect(fs.existsSync(output)).toBe(false);
    });
  }
});
