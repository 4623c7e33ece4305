// Text sizing estimates for labels whose width must fit a gap.

/** Advance of one character as a share of the font size: about a digit's width in Inter at weight 600. */
export const CHARACTER_ADVANCE = 0.6;

/**
 * Returns the largest font size, at most `maxSize`, at which `characters` characters fit
 * in `width` pixels, or `minSize` if even that does not fit.
 */
export const fitFontSize = (width: number, characters: number, maxSize: number, minSize: number): number => {
  if (characters <= 0) {
    return maxSize;
  }
  return Math.max(minSize, Math.min(maxSize, Math.floor(width / (characters * CHARACTER_ADVANCE))));
};
