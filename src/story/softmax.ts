/**
 * Numerically stable softmax and the helpers the video draws from it.
 *
 * Every function subtracts the maximum score before calling Math.exp, so the
 * largest exponent is e^0 = 1 and no finite input can overflow to Infinity.
 * Very negative differences underflow to 0, which is the correct limit.
 */

/** Renders a rejected value for an error message, including non-numbers from untyped callers. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') {
    return String(value);
  }

  const json = JSON.stringify(value);
  return `${json ?? String(value)} (${typeof value})`;
}

/**
 * Throws a RangeError unless `scores` is a non-empty array of finite numbers.
 * The message starts with `functionName` and names the first invalid index and value.
 */
export function validateScores(scores: readonly number[], functionName: string): void {
  if (scores.length === 0) {
    throw new RangeError(`${functionName}: scores is empty; pass at least one score`);
  }

  scores.forEach((score, index) => {
    if (!Number.isFinite(score)) {
      throw new RangeError(
        `${functionName}: scores[${index}] is ${describeValue(score)}; every score must be a finite number`,
      );
    }
  });
}

/** Returns the index of the first maximum score. The caller validates `scores` first. */
function argMax(scores: readonly number[]): number {
  let maxIndex = 0;
  let maxScore = -Infinity;

  scores.forEach((score, index) => {
    if (score > maxScore) {
      maxScore = score;
      maxIndex = index;
    }
  });

  return maxIndex;
}

/** Returns the index of the first maximum score, after validating the scores. */
export function maxScoreIndex(scores: readonly number[]): number {
  validateScores(scores, 'maxScoreIndex');
  return argMax(scores);
}

/**
 * Computes e^(z_i − max z) for each score, so the largest entry is exactly 1.
 * The video scales the exponentiation stage to these values.
 */
export function relativeExponentials(scores: readonly number[]): number[] {
  validateScores(scores, 'relativeExponentials');

  const max = scores[argMax(scores)] ?? 0;
  return scores.map((score) => Math.exp(score - max));
}

/**
 * Computes softmax(z)_i = e^(z_i) / Σ_j e^(z_j) without overflow.
 * Throws a RangeError when `scores` is empty or contains a non-finite entry.
 */
export function softmax(scores: readonly number[]): number[] {
  validateScores(scores, 'softmax');

  const max = scores[argMax(scores)] ?? 0;
  const exponentials = scores.map((score) => Math.exp(score - max));

  // The sum is at least 1 because the maximum contributes e^0.
  const sum = exponentials.reduce((total, value) => total + value, 0);
  return exponentials.map((value) => value / sum);
}

/**
 * Computes ln Σ_j e^(z_j) as max + ln Σ_j e^(z_j − max).
 * The result is finite for any finite input, even when e^(z_j) itself overflows.
 */
export function logSumExp(scores: readonly number[]): number {
  validateScores(scores, 'logSumExp');

  const max = scores[argMax(scores)] ?? 0;
  const sum = scores.reduce((total, score) => total + Math.exp(score - max), 0);
  return max + Math.log(sum);
}
