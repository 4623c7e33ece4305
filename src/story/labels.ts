/**
 * Text for the intro's axis ticks and for the step table's total of the probabilities,
 * kept beside the story's other formatting so tests can call it directly.
 */

import { MINUS_SIGN } from './format';
import type { VectorStory } from './story';

/** Text for an axis tick: as many decimals as the tick step needs, "−" for negatives. */
export const formatTick = (value: number, step: number): string => {
  const decimals = Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
  const text = Math.abs(value).toFixed(decimals);
  const isZero = Number(text) === 0;
  return value < 0 && !isZero ? `${MINUS_SIGN}${text}` : text;
};

/**
 * Formats Σ p_i with 3 decimals from the exact probabilities, so it reads 1.000 even where
 * the rounded values shown for tied scores add up to 0.999 or 1.002.
 */
export const formatTotal = (story: VectorStory): string => {
  const total = story.components.reduce((sum, component) => sum + component.probability, 0);
  return total.toFixed(3);
};
