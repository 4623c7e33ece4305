// The typeset formulas stay in the page from frame to frame. React sets
// `dangerouslySetInnerHTML` again whenever it gets a new object, even with the same text,
// and then Chrome parses, rebuilds and lays out the formula on every frame.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFINITION, slotOf } from '../../src/timeline';
import { setUpRenderKit } from './render-kit-hooks';

const OUT = path.join(process.cwd(), 'out', 'test-formula-markup');

/**
 * A page script that counts, from before the bundle loads, each KaTeX formula replaced in place:
 * a mutation that removes a `.katex` element from a parent and adds one to the same
 * parent. Mounting or unmounting a whole `Tex` adds or removes its host element instead.
 */
const COUNT_REBUILDS = String.raw`(() => {
  const isFormula = (node) =>
    node.nodeType === 1 && (node.classList.contains('katex') || node.classList.contains('katex-display'));
  window.softmaxFormulaRebuilds = 0;
  new MutationObserver((records) => {
    for (const record of records) {
      if ([...record.removedNodes].some(isFormula) && [...record.addedNodes].some(isFormula)) {
        window.softmaxFormulaRebuilds += 1;
      }
    }
  }).observe(document, { childList: true, subtree: true });
})()`;

const READ_REBUILDS = String.raw`({
  rebuilds: window.softmaxFormulaRebuilds,
  formulas: document.querySelectorAll('.katex').length,
})`;

type Probe = { rebuilds: number; formulas: number };

describe('formula markup', () => {
  const kit = setUpRenderKit(OUT);

  it('keeps formulas between frames', async () => {
    // The definition's highlight beats: the formula's style changes on every frame.
    const start = slotOf('Definition').from + DEFINITION.beats.numerator.start;
    const results = (await kit().probeFrames({
      frameRange: [start, start + 20],
      outputDir: path.join(OUT, 'frames'),
      probe: { setup: COUNT_REBUILDS, read: READ_REBUILDS },
    })) as Probe[];

    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.formulas).toBeGreaterThan(0);
      expect(result.rebuilds).toBe(0);
    }
  });
});
