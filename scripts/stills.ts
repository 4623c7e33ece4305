// Render one frame per phase and lay them out in a grid with the phase names, for a
// person to look at: out/stills/contact-sheet.png (and each frame beside it).
//
//   npm run stills

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './browser';
import { PHASE_STILLS } from './phase-stills';
import { openRenderKit } from './render-kit';
import { COLORS } from '../src/theme';

const OUT_DIR = path.join('out', 'stills');
const SHEET = path.join(OUT_DIR, 'contact-sheet.png');
const COLUMNS = 3;
const THUMBNAIL_WIDTH = 640; // a third of the frame's width, so three fit in 1920 pixels

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An HTML page with the frames in a grid, each under its phase name and frame number. */
const sheetHtml = (cells: readonly { title: string; file: string }[]): string => `<!doctype html>
<html><head><style>
  body { margin: 0; padding: 16px; background: ${COLORS.background}; color: ${COLORS.text}; font: 600 22px sans-serif; }
  .grid { display: grid; grid-template-columns: repeat(${COLUMNS}, ${THUMBNAIL_WIDTH}px); gap: 16px; }
  figure { margin: 0; }
  figcaption { padding: 4px 0 8px; }
  img { display: block; width: ${THUMBNAIL_WIDTH}px; border: 1px solid ${COLORS.axis}; }
</style></head><body><div class="grid">
${cells
  .map(
    (cell) =>
      `<figure><figcaption>${escapeHtml(cell.title)}</figcaption><img src="data:image/png;base64,${fs
        .readFileSync(cell.file)
        .toString('base64')}"></figure>`,
  )
  .join('\n')}
</div></body></html>`;

const main = async (): Promise<void> => {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const kit = await openRenderKit();
  const cells: { title: string; file: string }[] = [];
  try {
    for (const still of PHASE_STILLS) {
      const file = path.join(OUT_DIR, `${String(cells.length + 1)}-${still.slug}.png`);
      await kit.still({ frame: still.frame, output: file });
      cells.push({ title: `${cells.length + 1}. ${still.phase} (frame ${still.frame})`, file });
      console.log(`rendered ${file}`);
    }
  } finally {
    await kit.close();
  }

  // The sheet is laid out by the same browser build that renders the video.
  const browser = findBrowser();
  const page = await chromium
    .launch({ executablePath: browser.executable ?? undefined })
    .then((launched) => launched.newPage().then((opened) => ({ launched, opened })));
  try {
    await page.opened.setViewportSize({ width: COLUMNS * (THUMBNAIL_WIDTH + 16) + 16, height: 400 });
    await page.opened.setContent(sheetHtml(cells), { waitUntil: 'load' });
    await page.opened.screenshot({ path: SHEET, fullPage: true });
  } finally {
    await page.launched.close();
  }
  console.log(`wrote ${SHEET}`);
};

await main();
