import { describe, expect, it } from 'vitest';

import { logSumExp, maxScoreIndex, relativeExponentials, softmax } from '../../src/story/softmax';

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Reference softmax without the max shift, valid only for small scores. */
function naiveSoftmax(scores: readonly number[]): number[] {
  const exponentials = scores.map((score) => Math.exp(score));
  const total = sum(exponentials);
  return exponentials.map((value) => value / total);
}

describe('softmax', () => {
  it('matches known two-score values', () => {
    const probabilities = softmax([2, 1]);

    expect(probabilities).toHaveLength(2);
    expect(probabilities[0]).toBeCloseTo(0.7311, 4);
    expect(probabilities[1]).toBeCloseTo(0.2689, 4);
  });

  it('matches known three-score values', () => {
    const probabilities = softmax([1, 3, 2]);

    expect(probabilities[0]).toBeCloseTo(0.09, 4);
    expect(probabilities[1]).toBeCloseTo(0.6652, 4);
    expect(probabilities[2]).toBeCloseTo(0.2447, 4);
  });

  it('matches values for [1, 3, 0]', () => {
    const probabilities = softmax([1, 3, 0]);

    expect(probabilities[0]).toBeCloseTo(0.1142, 4);
    expect(probabilities[1]).toBeCloseTo(0.8438, 4);
    expect(probabilities[2]).toBeCloseTo(0.042, 4);
  });

  it('matches naive formula on small scores', () => {
    const cases = [[0.5, -1.25, 2], [3, 3, -3, 0, 1.5, -0.75], [-2, -7]];

    for (const scores of cases) {
      const expected = naiveSoftmax(scores);
      const actual = softmax(scores);

      expect(actual).toHaveLength(expected.length);
      actual.forEach((value, index) => {
        expect(value).toBeCloseTo(expected[index] ?? Number.NaN, 12);
      });
    }
  });

  it('sums to one within 1e-12', () => {
    const cases = [
      [2, 1],
      [1, 3, 0],
      [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
      [-1000, 1000],
      [1000, 999, 998, -5, 0.25, 42],
      [1e6, 0],
      [-999.99, 1],
    ];

    for (const scores of cases) {
      expect(Math.abs(sum(softmax(scores)) - 1)).toBeLessThan(1e-12);
    }
  });

  it('stays finite for huge scores', () => {
    const close = softmax([1000, 999]);
    expect(close[0]).toBeCloseTo(0.7311, 4);
    expect(close[1]).toBeCloseTo(0.2689, 4);

    const opposite = softmax([-1000, 1000]);
    expect(opposite[0]).toBe(0);
    expect(opposite[1]).toBe(1);

    const dominant = softmax([1e6, 0]);
    expect(dominant[0]).toBe(1);
    expect(dominant[1]).toBe(0);

    const extreme = softmax([Number.MAX_VALUE, -Number.MAX_VALUE]);
    expect(extreme).toEqual([1, 0]);
  });

  it('handles all-negative huge scores', () => {
    const probabilities = softmax([-1000, -1001, -1002]);

    expect(probabilities.every(Number.isFinite)).toBe(true);
    expect(probabilities[0]).toBeCloseTo(0.6652, 4);
    expect(probabilities[1]).toBeCloseTo(0.2447, 4);
    expect(probabilities[2]).toBeCloseTo(0.09, 4);
  });

  it('gives equal scores equal shares', () => {
    for (const scores of [[4, 4], [-1000, -1000, -1000], [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]]) {
      const probabilities = softmax(scores);
      for (const probability of probabilities) {
        expect(probability).toBeCloseTo(1 / scores.length, 15);
      }
    }
  });

  it('gives one dominant score almost everything', () => {
    const probabilities = softmax([20, 0, 0, 0, 0, 0]);

    expect(probabilities[0]).toBeGreaterThan(0.9999);
    expect(probabilities[0]).toBeLessThan(1);
    for (const probability of probabilities.slice(1)) {
      expect(probability).toBeGreaterThan(0);
      expect(probability).toBeCloseTo(Math.exp(-20), 12);
    }
  });

  it('returns one for a single score', () => {
    expect(softmax([-42.5])).toEqual([1]);
  });

  it('does not depend on a shift', () => {
    const base = softmax([0.3, -1.7, 2.2]);

    // e^1000 overflows and e^−1000 underflows, so only a shifted computation passes.
    for (const shift of [1000, -1000]) {
      const shifted = softmax([0.3 + shift, -1.7 + shift, 2.2 + shift]);

      base.forEach((value, index) => {
        expect(shifted[index]).toBeCloseTo(value, 10);
      });
    }
  });

  it('does not mutate its input', () => {
    const scores = [3, 1, 2];
    softmax(scores);

    expect(scores).toEqual([3, 1, 2]);
  });

  it('rejects an empty array', () => {
    expect(() => softmax([])).toThrow(RangeError);
    expect(() => softmax([])).toThrow('softmax: scores is empty');
  });

  it('rejects non-finite scores by index', () => {
    expect(() => softmax([1, Infinity])).toThrow(RangeError);
    expect(() => softmax([1, Infinity])).toThrow(
      'softmax: scores[1] is Infinity; every score must be a finite number',
    );
    expect(() => softmax([Number.NaN, 1])).toThrow('scores[0] is NaN');
    expect(() => softmax([0, 1, -Infinity])).toThrow('scores[2] is -Infinity');
  });

  it('rejects non-number scores from untyped callers', () => {
    const scores = [1, '2'] as unknown as number[];

    expect(() => softmax(scores)).toThrow('scores[1] is "2" (string)');
  });
});

describe('logSumExp', () => {
  it('matches direct formula on small scores', () => {
    expect(logSumExp([2, 1])).toBeCloseTo(Math.log(Math.exp(2) + Math.exp(1)), 12);
    expect(logSumExp([0])).toBe(0);
    expect(logSumExp([0, 0])).toBeCloseTo(Math.LN2, 15);
  });

  it('stays finite for huge scores', () => {
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 10);
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.LN2, 10);
    expect(logSumExp([-1000, 1000])).toBe(1000);
    expect(Number.isFinite(logSumExp([Number.MAX_VALUE, Number.MAX_VALUE]))).toBe(true);
  });

  it('lies between max and max + ln n', () => {
    const cases = [[1, 3, 0], [-5, -5.5], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]];

    for (const scores of cases) {
      expect(logSumExp(scores)).toBeGreaterThanOrEqual(Math.max(...scores));
      expect(logSumExp(scores)).toBeLessThanOrEqual(Math.max(...scores) + Math.log(scores.length));
    }
  });

  it('rejects invalid scores', () => {
    expect(() => logSumExp([])).toThrow('logSumExp: scores is empty');
    expect(() => logSumExp([1, Number.NaN])).toThrow('logSumExp: scores[1] is NaN');
  });
});

describe('relativeExponentials', () => {
  it('scales the maximum to exactly one', () => {
    const relative = relativeExponentials([2, 1, -1]);

    expect(relative[0]).toBe(1);
    expect(relative[1]).toBeCloseTo(Math.exp(-1), 15);
    expect(relative[2]).toBeCloseTo(Math.exp(-3), 15);
  });

  it('handles huge and tied scores', () => {
    expect(relativeExponentials([-1000, 1000])).toEqual([0, 1]);
    expect(relativeExponentials([1000, 999])[1]).toBeCloseTo(Math.exp(-1), 15);
    expect(relativeExponentials([7, 7, 7])).toEqual([1, 1, 1]);
  });

  it('is proportional to softmax', () => {
    const scores = [0.5, 3, -2, 1.25, 3, 0];
    const relative = relativeExponentials(scores);
    const probabilities = softmax(scores);
    const total = sum(relative);

    relative.forEach((value, index) => {
      expect(value / total).toBeCloseTo(probabilities[index] ?? Number.NaN, 15);
    });
  });

  it('rejects invalid scores', () => {
    expect(() => relativeExponentials([])).toThrow(RangeError);
    expect(() => relativeExponentials([Infinity])).toThrow('relativeExponentials: scores[0] is Infinity');
  });
});

describe('maxScoreIndex', () => {
  it('returns first index of maximum', () => {
    expect(maxScoreIndex([1, 3, 0])).toBe(1);
    expect(maxScoreIndex([5, 2, 5])).toBe(0);
    expect(maxScoreIndex([-1000, -999.99, -999.99])).toBe(1);
  });

  it('rejects invalid scores', () => {
    expect(() => maxScoreIndex([])).toThrow('maxScoreIndex: scores is empty');
  });
});
