import { describe, expect, it } from 'vitest';

import {
  formatExponential,
  formatProbabilities,
  formatScore,
  labelToTex,
  labelToText,
  PROBABILITY_DECIMALS,
  roundPreservingSum,
  scoreDecimals,
  type ScientificLabel,
} from '../../src/story/format';
import { softmax } from '../../src/story/softmax';

const MINUS = '\u2212';

/** Converts rounded values to integer units of 10^−decimals so sums compare exactly. */
function toUnits(values: readonly number[], decimals: number): number[] {
  return values.map((value) => Math.round(value * 10 ** decimals));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Parses a probability text back to thousandths. "≈ 0" counts as 0. */
function textToThousandths(text: string): number {
  if (text === '\u2248 0') {
    return 0;
  }

  expect(text).toMatch(/^\d\.\d{3}$/);
  return Number(text.replace('.', ''));
}

function expectPlain(label: ScientificLabel, text: string): void {
  expect(label).toEqual({ kind: 'plain', text });
}

function expectScientific(label: ScientificLabel, mantissa: string, exponent: string): void {
  expect(label).toEqual({ kind: 'scientific', mantissa, exponent });
}

const PROBABILITY_CASES: readonly (readonly number[])[] = [
  [2, 1],
  [1, 3, 0],
  [1, 3, 2],
  [1, 1, 1],
  [0, 0, 0, 0, 0, 0],
  [2, 2, 1, 1, 0, 0],
  [1000, 999],
  [-1000, 1000],
  [-1000, -1000, -1000],
  [1000, 0, 0, 0, 0, 0],
  [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
  [-999.99, 1, 2.5],
  [3.14, 2.71, 1.41, -1.73, 0.01, -0.5],
  [5, 4, 3, 2, 1, 0],
  [1e6, 0],
  [7],
];

describe('scoreDecimals', () => {
  it('counts decimals up to two', () => {
    expect(scoreDecimals([2, 1])).toBe(0);
    expect(scoreDecimals([0.5, 3])).toBe(1);
    expect(scoreDecimals([-999.99, 1])).toBe(2);
    expect(scoreDecimals([1.25, -3.5])).toBe(2);
    expect(scoreDecimals([-1000, 1000])).toBe(0);
  });

  it('caps longer decimals at two', () => {
    expect(scoreDecimals([1.234])).toBe(2);
    expect(scoreDecimals([Math.PI, 1])).toBe(2);
  });

  it('ignores floating-point noise', () => {
    expect(scoreDecimals([0.1 + 0.2])).toBe(1);
    expect(scoreDecimals([1.1 * 3])).toBe(1);
    expect(scoreDecimals([0.07 * 3])).toBe(2);
  });

  it('returns zero for empty array', () => {
    expect(scoreDecimals([])).toBe(0);
  });

  it('rejects non-finite scores', () => {
    expect(() => scoreDecimals([1, Number.NaN])).toThrow(RangeError);
    expect(() => scoreDecimals([1, Number.NaN])).toThrow('scoreDecimals: scores[1] is NaN');
  });
});

describe('formatScore', () => {
  it('uses fixed decimals', () => {
    expect(formatScore(2, 0)).toBe('2');
    expect(formatScore(2, 2)).toBe('2.00');
    expect(formatScore(0.5, 1)).toBe('0.5');
    expect(formatScore(1.234, 2)).toBe('1.23');
    expect(formatScore(1000, 0)).toBe('1000');
  });

  it('uses the Unicode minus sign', () => {
    expect(formatScore(-1, 0)).toBe(`${MINUS}1`);
    expect(formatScore(-999.99, 2)).toBe(`${MINUS}999.99`);
    expect(formatScore(-1000, 0)).toBe(`${MINUS}1000`);
    expect(formatScore(-0.5, 1)).not.toContain('-');
  });

  it('never prints negative zero', () => {
    expect(formatScore(-0, 0)).toBe('0');
    expect(formatScore(-0, 2)).toBe('0.00');
    expect(formatScore(-0.001, 2)).toBe('0.00');
    expect(formatScore(-0.4, 0)).toBe('0');
  });

  it('avoids exponential notation when huge', () => {
    expect(formatScore(1e21, 0)).toBe('1000000000000000000000');
    expect(formatScore(-1e21, 1)).toBe(`${MINUS}1000000000000000000000.0`);
    expect(formatScore(1e20, 0)).toBe('100000000000000000000');
  });

  it('rejects invalid arguments', () => {
    expect(() => formatScore(Number.NaN, 0)).toThrow('formatScore: value is NaN');
    expect(() => formatScore(Infinity, 0)).toThrow(RangeError);
    expect(() => formatScore(1, -1)).toThrow('formatScore: decimals is -1');
    expect(() => formatScore(1, 1.5)).toThrow(RangeError);
  });
});

describe('formatExponential', () => {
  it('formats small powers plainly', () => {
    expectPlain(formatExponential(2), '7.39');
    expectPlain(formatExponential(1), '2.72');
    expectPlain(formatExponential(0), '1.00');
    expectPlain(formatExponential(3), '20.09');
    expectPlain(formatExponential(-1), '0.368');
    expectPlain(formatExponential(5), '148.41');
    expectPlain(formatExponential(-4), '0.0183');
  });

  it('formats thousands as rounded integers', () => {
    expectPlain(formatExponential(7), '1097');
    expectPlain(formatExponential(10), '22026');
    expectPlain(formatExponential(11.5), '98716');
  });

  it('formats e^±1000 scientifically', () => {
    expectScientific(formatExponential(1000), '1.97', '434');
    expectScientific(formatExponential(-1000), '5.08', `${MINUS}435`);
  });

  it('switches at the range boundaries', () => {
    expectPlain(formatExponential(Math.log(0.01)), '0.0100');
    expectScientific(formatExponential(Math.log(0.0099)), '9.90', `${MINUS}3`);
    expectPlain(formatExponential(Math.log(99900)), '99900');
    expectScientific(formatExponential(Math.log(100000)), '1.00', '5');
    expectScientific(formatExponential(Math.log(123456)), '1.23', '5');
  });

  it('bumps exponent when mantissa rounds up', () => {
    expectScientific(formatExponential(Math.log(99960)), '1.00', '5');
    expectScientific(formatExponential(Math.log(9.996e9)), '1.00', '10');
    expectScientific(formatExponential(Math.log(0.0009996)), '1.00', `${MINUS}3`);
    expectPlain(formatExponential(Math.log(0.009996)), '0.0100');
    expectPlain(formatExponential(Math.log(9.996)), '10.00');
    expectPlain(formatExponential(Math.log(99.96)), '99.96');
    expectPlain(formatExponential(Math.log(999.6)), '999.60');
    expectPlain(formatExponential(Math.log(999.996)), '1000');
  });

  it('matches Math.exp across the plain range', () => {
    for (let z = -4.6; z < 11.5; z += 0.13) {
      const label = formatExponential(z);
      expect(label.kind).toBe('plain');

      const displayedValue = Number(labelToText(label));
      const exact = Math.exp(z);
      // 3 significant digits give at most 0.5 % relative error.
      expect(Math.abs(displayedValue - exact) / exact).toBeLessThanOrEqual(0.005);
    }
  });

  it('never prints NaN or Infinity', () => {
    const steps = Math.round(2000 / 0.37);
    for (let step = 0; step <= steps; step += 1) {
      const z = -1000 + step * 0.37;
      const text = labelToText(formatExponential(z));

      expect(text).not.toMatch(/NaN|Infinity|undefined|e\+|e-/);
      expect(text).not.toContain('-');
    }
  });

  it('keeps a three-digit mantissa', () => {
    for (const z of [-1000, -123.4, -20, -5, 12, 50.5, 700, 1000, 1e6]) {
      const label = formatExponential(z);
      expect(label.kind).toBe('scientific');
      if (label.kind === 'scientific') {
        expect(label.mantissa).toMatch(/^[1-9]\.\d\d$/);
        expect(label.exponent).toMatch(/^\u2212?[1-9]\d*$/);
      }
    }
  });

  it('rejects non-finite exponents', () => {
    expect(() => formatExponential(Infinity)).toThrow(RangeError);
    expect(() => formatExponential(Number.NaN)).toThrow('formatExponential: logValue is NaN');
  });
});

describe('labelToText and labelToTex', () => {
  it('renders scientific labels', () => {
    expect(labelToText(formatExponential(1000))).toBe('1.97 × 10^434');
    expect(labelToText(formatExponential(-1000))).toBe(`5.08 × 10^${MINUS}435`);
    expect(labelToTex(formatExponential(1000))).toBe('1.97 \\times 10^{434}');
    expect(labelToTex(formatExponential(-1000))).toBe('5.08 \\times 10^{-435}');
  });

  it('renders plain labels unchanged', () => {
    expect(labelToText(formatExponential(2))).toBe('7.39');
    expect(labelToTex(formatExponential(2))).toBe('7.39');
  });

  it('writes ASCII minus inside TeX', () => {
    expect(labelToTex({ kind: 'plain', text: `${MINUS}1.50` })).toBe('-1.50');
    expect(labelToTex({ kind: 'scientific', mantissa: '2.00', exponent: `${MINUS}12` })).toBe(
      '2.00 \\times 10^{-12}',
    );
  });
});

describe('roundPreservingSum', () => {
  it('keeps the rounded total', () => {
    const cases: readonly { values: readonly number[]; decimals: number }[] = [
      { values: [1.6, 2.6, 3.6], decimals: 0 },
      { values: [0.4, 0.4, 0.2], decimals: 0 },
      { values: [0.1, 0.2, 0.7], decimals: 1 },
      { values: [-1.25, 2.5, -0.35], decimals: 1 },
      { values: softmax([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]), decimals: 3 },
    ];

    for (const { values, decimals } of cases) {
      const rounded = roundPreservingSum(values, decimals);
      const expectedTotal = Math.round(sum(values) * 10 ** decimals);

      expect(sum(toUnits(rounded, decimals))).toBe(expectedTotal);
    }
  });

  it('moves each value at most one unit', () => {
    const values = softmax([3.14, 2.71, 1.41, -1.73, 0.01, -0.5]);
    const rounded = roundPreservingSum(values, 3);

    rounded.forEach((value, index) => {
      const original = (values[index] ?? Number.NaN) * 1000;
      expect(Math.abs(value * 1000 - original)).toBeLessThan(1);
    });
  });

  it('keeps equal values equal', () => {
    // No tie can move as a whole here, so the total is off by one or two units.
    expect(toUnits(roundPreservingSum([1 / 3, 1 / 3, 1 / 3], 3), 3)).toEqual([333, 333, 333]);
    expect(toUnits(roundPreservingSum([0.125, 0.125, 0.75], 2), 2)).toEqual([13, 13, 75]);
    expect(toUnits(roundPreservingSum([0.5, 0.5, 1], 0), 0)).toEqual([1, 1, 1]);
    expect(toUnits(roundPreservingSum([0.25, 0.25, 0.25, 0.25], 1), 1)).toEqual([3, 3, 3, 3]);
  });

  it('moves whole ties when they fit', () => {
    // 0.297 × 3 + 0.109 = 1.000: the three equal values move up together.
    expect(toUnits(roundPreservingSum(softmax([1, 1, 1, 0]), 3), 3)).toEqual([297, 297, 297, 109]);
    // The tie cannot move as a whole, so the unit goes to the next remainder.
    expect(toUnits(roundPreservingSum(softmax([1, 1, 0]), 3), 3)).toEqual([422, 422, 156]);
  });

  it('gives ties to the lower index', () => {
    // Equal remainders of different values: the lower index moves first.
    expect(toUnits(roundPreservingSum([1.6, 2.6, 3.6], 0), 0)).toEqual([1, 3, 4]);
  });

  it('gives units to largest remainders', () => {
    expect(toUnits(roundPreservingSum([0.7311, 0.2689], 3), 3)).toEqual([731, 269]);
    expect(toUnits(roundPreservingSum([0.12, 0.18, 0.7], 1), 1)).toEqual([1, 2, 7]);
  });

  it('leaves exact values unchanged', () => {
    expect(roundPreservingSum([0.1, 0.2, 0.7], 1)).toEqual([0.1, 0.2, 0.7]);
    expect(roundPreservingSum([0.731, 0.269], 3)).toEqual([0.731, 0.269]);
    // 0.29 * 100 is 28.999999999999996 in binary floating point.
    expect(roundPreservingSum([0.29, 0.005, 0.005], 2)).toEqual([0.29, 0.01, 0.01]);
    expect(roundPreservingSum([0.29, 0.71], 2)).toEqual([0.29, 0.71]);
  });

  it('rejects invalid arguments', () => {
    expect(() => roundPreservingSum([0.5, Number.NaN], 3)).toThrow('roundPreservingSum: values[1] is NaN');
    expect(() => roundPreservingSum([0.5], -1)).toThrow(RangeError);
    expect(() => roundPreservingSum([1e300], 3)).toThrow('values[0] is 1e+300');
  });
});

describe('formatProbabilities', () => {
  it('formats two scores exactly', () => {
    expect(formatProbabilities(softmax([2, 1]))).toEqual(['0.731', '0.269']);
  });

  it('formats three scores exactly', () => {
    expect(formatProbabilities(softmax([1, 3, 2]))).toEqual(['0.090', '0.665', '0.245']);
    expect(formatProbabilities(softmax([1, 3, 0]))).toEqual(['0.114', '0.844', '0.042']);
  });

  it('gives ties equal text', () => {
    expect(formatProbabilities(softmax([1, 1, 1]))).toEqual(['0.333', '0.333', '0.333']);
    expect(formatProbabilities(softmax([0, 0, 0, 0, 0, 0]))).toEqual(Array(6).fill('0.167'));
    expect(formatProbabilities(softmax([2, 2, 1, 1, 0, 0]))).toEqual(['0.333', '0.333', '0.122', '0.122', '0.045', '0.045']);
  });

  it('shows negligible values as approximately zero', () => {
    expect(formatProbabilities(softmax([1000, 0]))).toEqual(['1.000', '\u2248 0']);
    expect(formatProbabilities(softmax([-1000, 1000]))).toEqual(['\u2248 0', '1.000']);
    expect(formatProbabilities([0.9999, 0.0001])).toEqual(['1.000', '\u2248 0']);
  });

  it('sums to 1000 thousandths', () => {
    // Three or six equal probabilities cannot move as a whole, so they keep their nearest
    // rounding: 3 × 0.333 and 6 × 0.167.
    const tieTotals = new Map<string, number>([
      [JSON.stringify([1, 1, 1]), 999],
      [JSON.stringify([-1000, -1000, -1000]), 999],
      [JSON.stringify([0, 0, 0, 0, 0, 0]), 1002],
    ]);
    for (const scores of PROBABILITY_CASES) {
      const texts = formatProbabilities(softmax(scores));

      expect(texts).toHaveLength(scores.length);
      expect(sum(texts.map(textToThousandths)), JSON.stringify(scores)).toBe(
        tieTotals.get(JSON.stringify(scores)) ?? 10 ** PROBABILITY_DECIMALS,
      );
    }
  });

  it('never prints invalid text', () => {
    for (const scores of PROBABILITY_CASES) {
      for (const text of formatProbabilities(softmax(scores))) {
        expect(text).not.toMatch(/NaN|Infinity|-|\u2212/);
        expect(text).not.toBe('0.000');
      }
    }
  });

  it('rejects negative probabilities', () => {
    expect(() => formatProbabilities([1.5, -0.5])).toThrow(
      'formatProbabilities: probabilities[1] is -0.5; a probability cannot be negative',
    );
    expect(() => formatProbabilities([Number.NaN])).toThrow('formatProbabilities: probabilities[0] is NaN');
  });
});
