import React from 'react';
import { mixColor, withAlpha } from '../animation';
import { COLORS, FONT_SIZES } from '../theme';
import { texToHtml } from './Tex';

/** The softmax definition; \htmlClass marks the two terms that get highlighted. */
const FORMULA_TEX = String.raw`\sigma(\mathbf{z})_i = \frac{\htmlClass{softmax-numerator}{e^{z_i}}}{\htmlClass{softmax-denominator}{\sum_{j} e^{z_j}}}`;

// The formula never changes, so it is typeset once when the module loads. The markup is
// one object for the same reason as in `Tex`: a new object would rebuild it every frame.
const FORMULA_MARKUP = { __html: texToHtml(FORMULA_TEX, true) };

/** CSS for one highlighted term at strength t in [0, 1]. */
const termStyle = (className: string, t: number): string => `
  .${className} {
    color: ${mixColor(COLORS.text, COLORS.highlight, t)};
    background-color: ${withAlpha(COLORS.highlight, 0.2 * t)};
    box-shadow: 0 0 0 ${Math.round(6 * t)}px ${withAlpha(COLORS.highlight, 0.2 * t)};
    border-radius: 10px;
  }`;

type FormulaProps = {
  /** Highlight strength of the numerator e^{z_i}, 0 (none) to 1 (full). */
  readonly numerator: number;
  /** Highlight strength of the denominator Σ_j e^{z_j}, 0 (none) to 1 (full). */
  readonly denominator: number;
  readonly style?: React.CSSProperties;
};

/** σ(z)_i = e^{z_i} / Σ_j e^{z_j}, typeset by KaTeX, with its two terms highlightable. */
export const Formula: React.FC<FormulaProps> = ({ numerator, denominator, style }) => (
  <div style={{ color: COLORS.text, fontSize: FONT_SIZES.formula, ...style }}>
    <style>{termStyle('softmax-numerator', numerator) + termStyle('softmax-denominator', denominator)}</style>
    <div dangerouslySetInnerHTML={FORMULA_MARKUP} />
  </div>
);
