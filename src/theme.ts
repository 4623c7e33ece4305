// Colours, type and layout numbers, each defined once. All sizes are in pixels of the
// 1920×1080 canvas.

import { HEIGHT, WIDTH } from './timeline';

export const COLORS = {
  /** Page background. */
  background: '#0f1420',
  /** Main text. */
  text: '#eef1f7',
  /** Secondary text: axis labels, step captions. */
  muted: '#9aa3b5',
  /** Axes, ticks, the number line. */
  axis: '#5b6578',
  /** Faint grid lines and guides. */
  grid: '#263043',
  /** Highlight behind the formula term being explained. */
  highlight: '#f4c542',
  /** The reference line at probability 1. */
  reference: '#f4c542',
} as const;

/**
 * One colour per softmax component, in index order (an Okabe–Ito based palette that
 * stays apart for the common kinds of colour blindness). Every phase, the formula
 * highlights included, takes component i's colour from here.
 */
export const COMPONENT_COLORS = [
  '#56b4e9', // sky blue
  '#e69f00', // orange
  '#2fbf8f', // bluish green
  '#f0e442', // yellow
  '#d55e9f', // reddish purple
  '#ff7a45', // vermilion
] as const;

/** Returns the colour of component `index`, and throws for an index outside the palette. */
export const componentColor = (index: number): string => {
  const color = COMPONENT_COLORS[index];
  if (color === undefined) {
    throw new RangeError(
      `componentColor: index ${index} has no colour; the palette has ${COMPONENT_COLORS.length}`,
    );
  }
  return color;
};

/**
 * Text font. Inter's bundled subsets lack a few symbols (≈, →), so the browser takes
 * those from KaTeX_Main. That font is bundled too, so no glyph comes from a system font.
 */
export const FONT_FAMILY = 'Inter, KaTeX_Main, sans-serif';

export const FONT_SIZES = {
  /** The title in the top area. */
  title: 76,
  /** Headings of the right area's steps. */
  heading: 40,
  /** Body text of the right area. */
  body: 34,
  /** Value labels on bars, points and axes. */
  label: 30,
  /** Small axis tick labels. */
  tick: 24,
  /** The formula in the bottom area (KaTeX scales from this font size). */
  formula: 54,
  /** The outro caption. */
  caption: 46,
} as const;

/** A rectangle on the canvas. */
export type Box = { readonly left: number; readonly top: number; readonly width: number; readonly height: number };

const MARGIN = 64; // outer margin on every side
const TOP_HEIGHT = 150; // height of the title band
const BOTTOM_HEIGHT = 200; // height of the formula and caption band
const GUTTER = 48; // gap between the left and right areas
const LEFT_SHARE = 0.56; // the main visual's share of the middle band's width

const middleTop = TOP_HEIGHT;
const middleHeight = HEIGHT - TOP_HEIGHT - BOTTOM_HEIGHT;
const middleWidth = WIDTH - 2 * MARGIN - GUTTER;
const leftWidth = Math.round(middleWidth * LEFT_SHARE);

/** The four layout areas of the scene, and the middle band that spans left and right. */
export const AREAS: {
  readonly top: Box;
  readonly left: Box;
  readonly right: Box;
  readonly bottom: Box;
  readonly middle: Box;
} = {
  top: { left: MARGIN, top: 0, width: WIDTH - 2 * MARGIN, height: TOP_HEIGHT },
  left: { left: MARGIN, top: middleTop, width: leftWidth, height: middleHeight },
  right: {
    left: MARGIN + leftWidth + GUTTER,
    top: middleTop,
    width: middleWidth - leftWidth,
    height: middleHeight,
  },
  bottom: { left: MARGIN, top: HEIGHT - BOTTOM_HEIGHT, width: WIDTH - 2 * MARGIN, height: BOTTOM_HEIGHT },
  middle: { left: MARGIN, top: middleTop, width: middleWidth + GUTTER, height: middleHeight },
};

/** Space around the 2-D example's plot inside the left area: room for labels above and below the bars. */
const PLOT_PADDING = { left: 30, right: 70, top: 90, bottom: 80 } as const;

/** The 2-D example's plot, in pixels relative to the left area. */
export const BAR_PLOT: Box = {
  left: PLOT_PADDING.left,
  top: PLOT_PADDING.top,
  width: AREAS.left.width - PLOT_PADDING.left - PLOT_PADDING.right,
  height: AREAS.left.height - PLOT_PADDING.top - PLOT_PADDING.bottom,
};
