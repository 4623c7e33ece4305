// Data → positions for the intro's number line: tick positions and one labelled point
// per score, with labels moved to further rows where they would overlap.

import { linearScale, niceTicks } from './scale';

export type NumberLineLayout = {
  /** Pixel x of the line's two ends, and its pixel y. */
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly ticks: readonly { value: number; x: number }[];
  readonly tickStep: number;
  /** One entry per score, in input order. */
  readonly points: readonly { x: number; labelRow: number }[];
};

/**
 * Lay out a number line of `width` pixels centred in a box, covering every score with
 * some margin. `labelWidths` are the estimated widths of the point labels in pixels. A
 * label that would overlap one already placed in its row moves to the next row.
 */
export const layOutNumberLine = (
  scores: readonly number[],
  labelWidths: readonly number[],
  box: { left: number; width: number; y: number },
): NumberLineLayout => {
  if (scores.length === 0) {
    throw new RangeError('layOutNumberLine: scores is empty; it needs at least one score');
  }
  if (labelWidths.length !== scores.length) {
    throw new RangeError(
      `layOutNumberLine: ${labelWidths.length} label widths for ${scores.length} scores; they must match`,
    );
  }
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  const pad = Math.max((max - min) * 0.15, 0.5);
  const { ticks, step } = niceTicks(min - pad, max + pad, 9);
  const first = ticks[0] ?? min - pad;
  const last = ticks[ticks.length - 1] ?? max + pad;
  const domain: [number, number] = [Math.min(first, min - pad), Math.max(last, max + pad)];
  const x0 = box.left;
  const x1 = box.left + box.width;
  const scale = linearScale(domain, [x0, x1]);

  // Place labels left to right; each row remembers where its last label ended.
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => a.score - b.score);
  const rowEnds: number[] = [];
  const points: { x: number; labelRow: number }[] = scores.map(() => ({ x: 0, labelRow: 0 }));
  const gap = 16; // pixels kept free between two labels in one row
  for (const { score, index } of order) {
    const x = scale(score);
    const halfWidth = (labelWidths[index] ?? 0) / 2;
    let row = rowEnds.findIndex((end) => end + gap <= x - halfWidth);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(x + halfWidth);
    } else {
      rowEnds[row] = x + halfWidth;
    }
    points[index] = { x, labelRow: row };
  }

  return {
    x0,
    x1,
    y: box.y,
    ticks: ticks.filter((value) => value >= domain[0] && value <= domain[1]).map((value) => ({ value, x: scale(value) })),
    tickStep: step,
    points,
  };
};
