// Linear scales and "nice" tick values for axes.

/** A linear map from a value domain to a pixel range. */
export type LinearScale = {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  (value: number): number;
};

/** Make a linear scale; a domain of zero width maps every value to the middle of the range. */
export const linearScale = (domain: readonly [number, number], range: readonly [number, number]): LinearScale => {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const width = d1 - d0;
  const scale = (value: number): number =>
    width === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / width) * (r1 - r0);
  return Object.assign(scale, { domain, range });
};

/**
 * Tick values at a round step (1, 2 or 5 times a power of ten) that cover [min, max]
 * with at most `maxTicks` ticks. Returns the ticks and the step.
 */
export const niceTicks = (min: number, max: number, maxTicks = 8): { ticks: number[]; step: number } => {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new RangeError(`niceTicks: invalid domain [${min}, ${max}]; it needs finite min <= max`);
  }
  if (maxTicks < 2) {
    throw new RangeError(`niceTicks: maxTicks is ${maxTicks}; it must be at least 2`);
  }
  const span = max - min || Math.max(1, Math.abs(min));
  const rough = span / (maxTicks - 1);
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  let step = power * 10;
  for (const multiple of [1, 2, 5, 10]) {
    const candidate = multiple * power;
    const count = Math.floor(max / candidate) - Math.ceil(min / candidate) + 1;
    if (count <= maxTicks) {
      step = candidate;
      break;
    }
  }
  const ticks: number[] = [];
  for (let k = Math.ceil(min / step); k * step <= max + step * 1e-9; k++) {
    // Multiplying an integer by the step, then rounding, avoids 0.30000000000000004.
    ticks.push(Number((k * step).toPrecision(12)));
  }
  return { ticks, step };
};
