/**
 * Text for the intro's axis ticks and for the step table's total of the shown
 * probabilities, kept beside the story's other formatting so tests can call it directly.
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

/** The sum of the shown probabilities, which rounding that keeps the sum makes 1.000. */
export const formatTotal = (story: VectorStory): string => {
  const thousandths = story.components.reduce((sum, component) => sum + Math.round(component.roundedProbability * 1000), 0);
  return (thousandths / 1000).toFixed(3);
};
