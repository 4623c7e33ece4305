// Local font loading. The text font (Inter) and KaTeX's fonts are bundled from the
// project's own npm packages, so a render never fetches a font from the network, and
// every frame waits until they have loaded.

import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import 'katex/dist/katex.min.css';
import { cancelRender, continueRender, delayRender } from 'remotion';

/**
 * The faces the video uses, as CSS font shorthands. Loading them by name makes the
 * browser fetch each matching @font-face (every unicode-range subset of Inter) now,
 * instead of when a glyph first needs it, which could be after a frame was captured.
 */
const FACES_TO_LOAD = [
  '400 32px Inter',
  '600 32px Inter',
  '700 32px Inter',
  '400 32px KaTeX_Main',
  '700 32px KaTeX_Main',
  'italic 400 32px KaTeX_Main',
  'italic 400 32px KaTeX_Math',
  '400 32px KaTeX_Size1',
  '400 32px KaTeX_Size2',
  '400 32px KaTeX_Size3',
  '400 32px KaTeX_Size4',
  '400 32px KaTeX_AMS',
] as const;

/** Text that covers every script subset the video draws: Latin, Greek and the maths symbols. */
const SAMPLE_TEXT = 'Softmax σΣ 0123456789 −×≈→∑';

let loading: Promise<void> | null = null;

/**
 * Start loading the fonts once and hold rendering until they are ready. A font that
 * fails to load stops the render with an error instead of drawing a fallback font.
 */
export const ensureFontsLoaded = (): void => {
  if (loading !== null || typeof document === 'undefined') {
    return;
  }
  const handle = delayRender('Loading the bundled fonts');
  loading = Promise.all(
    FACES_TO_LOAD.map(async (face) => {
      const loaded = await document.fonts.load(face, SAMPLE_TEXT);
      if (loaded.length === 0) {
        throw new Error(`fonts: no @font-face matches "${face}"; check the font imports in src/fonts.ts`);
      }
    }),
  ).then(
    () => continueRender(handle),
    // cancelRender stops the render with this error instead of waiting for the timeout.
    (error: unknown) => cancelRender(error),
  );
};
