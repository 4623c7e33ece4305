// Finding the 2-D example's bars in a frame by their colours and measuring their heights,
// the baseline and the dashed line at 1, to sub-pixel precision where edges are smooth.

import { AREAS, BAR_PLOT, COLORS, COMPONENT_COLORS } from '../../src/theme';
import { type Image, type Rect, type Rgb, coverageAt, hexToRgb, lineCentre } from './pixels';

const background = hexToRgb(COLORS.background);
const componentRgb: Rgb[] = COMPONENT_COLORS.map(hexToRgb);

/** The plot rectangle in composition pixels. */
export const PLOT: Rect = {
  left: AREAS.left.left + BAR_PLOT.left,
  top: AREAS.left.top + BAR_PLOT.top,
  width: BAR_PLOT.width,
  height: BAR_PLOT.height,
};

/** Half the width of the baseline's stroke (3 px), which is drawn over the bottom of every bar. */
export const BASELINE_HALF_WIDTH = 1.5;

/** A run of columns filled by one component's colour just above the baseline. */
export type ColumnRun = { readonly index: number; readonly left: number; readonly right: number };

/** Both lines reach left of the first bar; these columns hold nothing else. */
const marginColumns = (top: number, height: number): Rect => ({ left: PLOT.left - 8, top, width: 7, height });

/** y of the baseline's centre, from the axis-coloured line left of the bars. */
export const measureBaseline = (image: Image): number => {
  const y = lineCentre(image, marginColumns(PLOT.top + PLOT.height - 30, 60), hexToRgb(COLORS.axis), background);
  if (y === null) {
    throw new Error('no baseline (axis colour) found left of the bars');
  }
  return y;
};

/** y of the dashed line at probability 1, or null when it is not drawn. */
export const measureOneLine = (image: Image): number | null =>
  lineCentre(image, marginColumns(PLOT.top - 30, 60), hexToRgb(COLORS.reference), background);

/**
 * The runs of columns, left to right, that a component's colour fills in the few rows just
 * above `floor` (under any value label, which sits at least 12 px above its bar). Runs
 * narrower than 8 px are glyph fragments or noise and are left out.
 */
export const findColumnRuns = (image: Image, floor: number, componentCount: number): ColumnRun[] => {
  const rows: number[] = [];
  for (let y = Math.ceil(floor - BASELINE_HALF_WIDTH - 5); y < Math.floor(floor - BASELINE_HALF_WIDTH); y++) {
    rows.push(y);
  }
  const owner = (x: number): number => {
    let best = -1;
    let bestCoverage = 0.3;
    for (let index = 0; index < componentCount; index++) {
      for (const y of rows) {
        const amount = coverageAt(image, x, y, componentRgb[index]!, background);
        if (amount > bestCoverage) {
          bestCoverage = amount;
          best = index;
        }
      }
    }
    return best;
  };

  const runs: ColumnRun[] = [];
  let current: { index: number; left: number } | null = null;
  for (let x = Math.floor(PLOT.left); x <= Math.ceil(PLOT.left + PLOT.width) + 1; x++) {
    const index = x <= PLOT.left + PLOT.width ? owner(x) : -1;
    if (current !== null && index !== current.index) {
      if (x - current.left >= 8) {
        runs.push({ index: current.index, left: current.left, right: x });
      }
      current = null;
    }
    if (current === null && index !== -1) {
      current = { index, left: x };
    }
  }
  return runs;
};

/**
 * Height in pixels of the bar over `run`, from `floor` to its top edge, averaged over its
 * five middle columns (away from the rounded corners). The top edge counts the partial
 * coverage of its anti-aliased pixel. The baseline's stroke hides the bottom 1.5 px, which
 * are counted as bar, so a bar shorter than about 2 px measures up to 1.5 px too tall.
 */
export const measureBarHeight = (image: Image, run: ColumnRun, floor: number): number => {
  const color = componentRgb[run.index]!;
  const middle = Math.floor((run.left + run.right) / 2);
  const firstClearRow = Math.floor(floor - BASELINE_HALF_WIDTH) - 1;
  const heights: number[] = [];
  for (let x = middle - 2; x <= middle + 2; x++) {
    let height = floor - (firstClearRow + 1);
    for (let y = firstClearRow; y >= 0; y--) {
      const amount = coverageAt(image, x, y, color, background);
      if (amount < 0.02) {
        break;
      }
      height += amount;
    }
    heights.push(height);
  }
  return heights.reduce((sum, height) => sum + height, 0) / heights.length;
};

/**
 * Top of the stacked column over `run`: the highest row, going up from `floor` through
 * rows that any component colour covers by at least half, with gaps of up to 2 rows
 * allowed where two segments meet. Precise to about 1 px.
 */
export const measureStackTop = (image: Image, run: ColumnRun, floor: number, componentCount: number): number => {
  const x = Math.floor((run.left + run.right) / 2);
  let top = floor;
  let gap = 0;
  for (let y = Math.floor(floor) - 1; y >= 0 && gap <= 2; y--) {
    let best = 0;
    for (let index = 0; index < componentCount; index++) {
      best = Math.max(best, coverageAt(image, x, y, componentRgb[index]!, background));
    }
    if (best >= 0.5) {
      top = y;
      gap = 0;
    } else {
      gap++;
    }
  }
  return top;
};
