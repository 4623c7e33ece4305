/**
 * Text for every number the video shows.
 *
 * Negative numbers use the minus sign U+2212 ("−"), not the hyphen-minus. No function
 * here returns "NaN", "Infinity" or "-0", and non-finite input throws a RangeError.
 */

import { describeValue } from './softmax';

/** Minus sign U+2212, used in all on-screen text. */
export const MINUS_SIGN = '\u2212';

/** Almost-equal sign U+2248 and a space, shown before 0 for probabilities too small to print. */
export const APPROXIMATELY_ZERO = '\u2248 0';

/** Number of decimals for on-screen probabilities (0.731). */
export const PROBABILITY_DECIMALS = 3;

/** Maximum decimals that scoreDecimals returns. Scores with more decimals are rounded. */
const MAX_SCORE_DECIMALS = 2;

/** Resolution of the remainders compared when rounding, so float noise cannot break a tie. */
const REMAINDER_GRID = 1e9;

/** Relative tolerance for deciding that a scaled float is an integer (0.1 + 0.2 counts as 0.3). */
const INTEGER_TOLERANCE = 1e-9;

/** Decimal exponents of e^z shown without scientific notation: values in [0.01, 100000). */
const PLAIN_MIN_EXPONENT = -2;
const PLAIN_MAX_EXPONENT = 4;

/** ln 1000: below it, e^z from 1 on is shown with 2 decimals. */
const LOG_OF_1000 = Math.log(1000);

/** Smallest magnitude for which Number.prototype.toFixed switches to exponential notation. */
const TO_FIXED_LIMIT = 1e21;

/** Text for e^z: either plain digits or a mantissa and a power of ten. */
export type ScientificLabel =
  | { kind: 'plain'; text: string }
  | { kind: 'scientific'; mantissa: string; exponent: string };

function assertFinite(value: number, functionName: string, name: string): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${functionName}: ${name} is ${describeValue(value)}; it must be a finite number`);
  }
}

function assertDecimals(decimals: number, functionName: string, max: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > max) {
    throw new RangeError(
      `${functionName}: decimals is ${describeValue(decimals)}; it must be an integer from 0 to ${max}`,
    );
  }
}

/** Returns true when `value` is an integer up to a relative tolerance for float noise. */
function isNearlyInteger(value: number): boolean {
  const tolerance = INTEGER_TOLERANCE * Math.max(1, Math.abs(value));
  return Math.abs(value - Math.round(value)) <= tolerance;
}

/** Formats a non-negative integer-valued number in plain digits, even at 1e21 and above. */
function formatWholeNumber(value: number): string {
  return value < TO_FIXED_LIMIT ? value.toFixed(0) : BigInt(value).toString();
}

/**
 * Returns the number of decimals (0 to 2) that shows every score exactly.
 * Scores with more than 2 decimals need 2 and are rounded when shown.
 * Returns 0 for an empty array.
 */
export function scoreDecimals(scores: readonly number[]): number {
  let decimals = 0;

  scores.forEach((score, index) => {
    assertFinite(score, 'scoreDecimals', `scores[${index}]`);

    while (decimals < MAX_SCORE_DECIMALS && !isNearlyInteger(score * 10 ** decimals)) {
      decimals += 1;
    }
  });

  return decimals;
}

/**
 * Formats a score with a fixed number of decimals (0 to 20), using "−" for negatives.
 * A value that rounds to zero has no sign, so formatScore(-0, 0) is "0" and
 * formatScore(-0.001, 2) is "0.00".
 */
export function formatScore(value: number, decimals: number): string {
  assertFinite(value, 'formatScore', 'value');
  assertDecimals(decimals, 'formatScore', 20);

  const magnitude = Math.abs(value);

  // Floats at or above 1e21 are whole numbers, and toFixed would print them as "1e+21".
  const digits =
    magnitude < TO_FIXED_LIMIT
      ? magnitude.toFixed(decimals)
      : `${BigInt(magnitude).toString()}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;

  const roundsToZero = /^[0.]*$/.test(digits);
  return value < 0 && !roundsToZero ? `${MINUS_SIGN}${digits}` : digits;
}

/**
 * Formats e^logValue, working in log10 so that e^1000 and e^−1000 need no Math.exp
 * (which would give Infinity and 0).
 *
 * Values from 1 to below 1000 show 2 decimals, as a hand calculation would: "7.39",
 * "10.11", "20.09", "148.41". Other values get 3 significant digits. Those that round to
 * [0.01, 1) are plain ("0.0183", "0.368"), and from 1000 to below 100000 the plain text is
 * the rounded integer without separators ("22026").
 * Other values are scientific: e^1000 gives mantissa "1.97" and exponent "434".
 * The range test uses the value after rounding to 3 significant digits, so 99990 becomes
 * 1.00 × 10^5 rather than a plain "99990".
 *
 * NOTE: above roughly |logValue| = 1e12 the float error of logValue · log10(e) reaches the third
 * digit of the mantissa, so only the exponent is reliable there.
 */
export function formatExponential(logValue: number): ScientificLabel {
  assertFinite(logValue, 'formatExponential', 'logValue');

  if (logValue >= 0 && logValue < LOG_OF_1000) {
    const text = Math.exp(logValue).toFixed(2);
    if (Number(text) < 1000) {
      return { kind: 'plain', text };
    }
  }

  const log10 = logValue * Math.LOG10E;
  let exponent = Math.floor(log10);

  // 10^(fraction + 2) lies in [100, 1000), so rounding gives the 3 mantissa digits as an integer.
  let mantissaDigits = Math.round(10 ** (log10 - exponent + 2));
  if (mantissaDigits >= 1000) {
    mantissaDigits = 100;
    exponent += 1;
  }

  const digits = String(mantissaDigits);

  if (exponent >= PLAIN_MIN_EXPONENT && exponent <= PLAIN_MAX_EXPONENT) {
    return { kind: 'plain', text: plainExponentialText(logValue, digits, exponent) };
  }

  return {
    kind: 'scientific',
    mantissa: `${digits.slice(0, 1)}.${digits.slice(1)}`,
    exponent: exponent < 0 ? `${MINUS_SIGN}${formatWholeNumber(-exponent)}` : formatWholeNumber(exponent),
  };
}

/** Places the decimal point in 3 significant `digits` for a decimal `exponent` from −2 to 4. */
function plainExponentialText(logValue: number, digits: string, exponent: number): string {
  if (exponent >= 3) {
    // At most e^11.52 here, so Math.exp is safe, and the integer keeps all its digits.
    return String(Math.round(Math.exp(logValue)));
  }

  if (exponent === 2) {
    return digits;
  }

  if (exponent >= 0) {
    return `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  }

  return `0.${'0'.repeat(-exponent - 1)}${digits}`;
}

/** Renders a label as plain text, for example "1.97 × 10^434". */
export function labelToText(label: ScientificLabel): string {
  if (label.kind === 'plain') {
    return label.text;
  }

  return `${label.mantissa} × 10^${label.exponent}`;
}

/** Renders a label as KaTeX source, for example "1.97 \\times 10^{434}". TeX draws its own minus sign. */
export function labelToTex(label: ScientificLabel): string {
  if (label.kind === 'plain') {
    return label.text.split(MINUS_SIGN).join('-');
  }

  const exponent = label.exponent.split(MINUS_SIGN).join('-');
  return `${label.mantissa} \\times 10^{${exponent}}`;
}

/**
 * Rounds each value to a multiple of 10^−decimals and returns the multiples as integers.
 * See roundPreservingSum for the rule.
 */
function roundToUnitsPreservingSum(
  values: readonly number[],
  decimals: number,
  functionName: string,
  arrayName: string,
): number[] {
  assertDecimals(decimals, functionName, 15);

  const unitsPerOne = 10 ** decimals;
  const scaled = values.map((value, index) => {
    assertFinite(value, functionName, `${arrayName}[${index}]`);

    const units = value * unitsPerOne;
    if (Math.abs(units) > Number.MAX_SAFE_INTEGER) {
      throw new RangeError(
        `${functionName}: ${arrayName}[${index}] is ${value}, ` +
          `which is too large to round to ${decimals} decimals exactly`,
      );
    }

    return units;
  });

  // Remainders are compared on a 1e-9 grid so that float noise cannot break a tie. A value
  // just below an integer, such as 0.29 * 100 = 28.999999999999996, counts as that integer.
  const parts = scaled.map((units) => {
    const floor = Math.floor(units);
    const remainder = Math.round((units - floor) * REMAINDER_GRID);
    return remainder === REMAINDER_GRID ? { floor: floor + 1, remainder: 0 } : { floor, remainder };
  });

  // Start from the nearest multiple (halves round up), then move whole groups of equal
  // values one unit towards the rounded total, least harm first.
  const rounded = parts.map(({ floor, remainder }) => (remainder >= REMAINDER_GRID / 2 ? floor + 1 : floor));
  const target = Math.round(scaled.reduce((total, units) => total + units, 0));
  let missingUnits = target - rounded.reduce((total, units) => total + units, 0);

  const groups = new Map<number, number[]>();
  scaled.forEach((units, index) => groups.set(units, [...(groups.get(units) ?? []), index]));

  const direction = Math.sign(missingUnits);
  // Rounding a value the other way costs more the further its remainder is from that way.
  const candidates = [...groups.values()]
    .filter((indices) => {
      const { floor, remainder } = parts[indices[0]!]!;
      const roundedUp = rounded[indices[0]!] === floor + 1;
      return remainder > 0 && (direction > 0 ? !roundedUp : roundedUp);
    })
    .map((indices) => ({ indices, remainder: parts[indices[0]!]!.remainder }))
    .sort((a, b) => direction * (b.remainder - a.remainder) || a.indices[0]! - b.indices[0]!);

  for (const { indices } of candidates) {
    if (missingUnits === 0) {
      break;
    }
    if (indices.length <= Math.abs(missingUnits)) {
      indices.forEach((index) => {
        rounded[index] = (rounded[index] ?? 0) + direction;
      });
      missingUnits -= direction * indices.length;
    }
  }

  return rounded;
}

/**
 * Rounds values to `decimals` decimals (0 to 15) so that equal values stay equal and,
 * where that allows, the rounded values add up to the rounded total of the inputs.
 * Probabilities that sum to 1 therefore still sum to 1, unless ties prevent it:
 * [1/3, 1/3, 1/3] gives 0.333 three times, which add up to 0.999.
 *
 * Every value is rounded to the nearest multiple of 10^−decimals (halves up). Units still
 * missing from the total, or in excess of it, are then moved one per value, to the values
 * whose remainders are nearest the other way. Equal values move together or not at all,
 * and among equal remainders the lower index moves first. Each value ends within one unit
 * of its exact value.
 */
export function roundPreservingSum(values: readonly number[], decimals: number): number[] {
  const unitsPerOne = 10 ** decimals;
  const units = roundToUnitsPreservingSum(values, decimals, 'roundPreservingSum', 'values');
  return units.map((count) => count / unitsPerOne);
}

/**
 * Formats probabilities with 3 decimals ("0.731"), rounded by roundPreservingSum: equal
 * probabilities get equal text, and the shown values sum to exactly 1 unless ties prevent
 * it ([1/3, 1/3, 1/3] gives "0.333" three times).
 *
 * An entry that rounds to 0 is shown as "≈ 0", because a softmax probability is positive even
 * when it underflows to 0 in floating point.
 * Throws a RangeError for a negative or non-finite entry.
 */
export function formatProbabilities(probabilities: readonly number[]): string[] {
  probabilities.forEach((probability, index) => {
    if (probability < 0) {
      throw new RangeError(
        `formatProbabilities: probabilities[${index}] is ${probability}; a probability cannot be negative`,
      );
    }
  });

  const unitsPerOne = 10 ** PROBABILITY_DECIMALS;
  const units = roundToUnitsPreservingSum(
    probabilities,
    PROBABILITY_DECIMALS,
    'formatProbabilities',
    'probabilities',
  );

  return units.map((count) => {
    if (count === 0) {
      return APPROXIMATELY_ZERO;
    }

    const whole = Math.floor(count / unitsPerOne);
    const fraction = String(count % unitsPerOne).padStart(PROBABILITY_DECIMALS, '0');
    return `${whole}.${fraction}`;
  });
}
