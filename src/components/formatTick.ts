import { MINUS_SIGN } from '../story';

/** Text for an axis tick: as many decimals as the tick step needs, "−" for negatives. */
export const formatTick = (value: number, step: number): string => {
  const decimals = Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
  const text = Math.abs(value).toFixed(decimals);
  const isZero = Number(text) === 0;
  return value < 0 && !isZero ? `${MINUS_SIGN}${text}` : text;
};
