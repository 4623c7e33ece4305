// The props schema and parseProps: which props pass, and what the error message reads
// for those that do not. Each rejected case checks that the message names the field, the value
// and the rule, because that is what a user reads when a render stops.

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROPS,
  InvalidPropsError,
  MAX_BARS,
  MIN_BARS,
  POINT_COUNT,
  SCORE_LIMIT,
  assertPropsObject,
  describeValue,
  parseProps,
  softmaxExplainerSchema,
} from '../../src/props';

const MINUS = '\u2212';

/** Run parseProps and return its InvalidPropsError; fails the test when it does not throw one. */
const rejection = (input: unknown): InvalidPropsError => {
  try {
    parseProps(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidPropsError);
    return error as InvalidPropsError;
  }
  throw new Error(`parseProps accepted ${JSON.stringify(input)}`);
};

const ACCEPTED: readonly { name: string; props: { barScores: number[]; pointScores: number[] } }[] = [
  { name: 'defaults', props: DEFAULT_PROPS },
  { name: 'fewest bars', props: { barScores: [0, 0], pointScores: [0, 0, 0] } },
  { name: 'most bars', props: { barScores: [1, 2, 3, 4, 5, 6], pointScores: [1, 2, 3] } },
  { name: 'range limits', props: { barScores: [-SCORE_LIMIT, SCORE_LIMIT], pointScores: [-1000, 1000, 0] } },
  { name: 'far apart', props: { barScores: [-1000, 1000, 0, 0.01, -999.99, 999.99], pointScores: [-1000, 1000, 999.99] } },
  { name: 'decimals', props: { barScores: [3.14159, -2.71828], pointScores: [0.1, 0.2, 0.3] } },
  { name: 'negative zero', props: { barScores: [-0, 0], pointScores: [-0, 1, 2] } },
];

describe('parseProps accepts', () => {
  for (const { name, props } of ACCEPTED) {
    it(`returns ${name} unchanged`, () => {
      expect(parseProps(props)).toEqual(props);
    });
  }
});

type RejectedCase = {
  readonly name: string;
  readonly props: unknown;
  /** Every string must appear in the message. */
  readonly message: readonly string[];
};

const withBars = (barScores: unknown): unknown => ({ ...DEFAULT_PROPS, barScores });
const withPoints = (pointScores: unknown): unknown => ({ ...DEFAULT_PROPS, pointScores });
const scoreRule = `a finite number from ${MINUS}${SCORE_LIMIT} to ${SCORE_LIMIT}`;

const REJECTED: readonly RejectedCase[] = [
  { name: 'string score', props: withBars([1, 'a']), message: ['barScores[1] is "a" (a string)', scoreRule] },
  { name: 'numeric string score', props: withBars(['2', 1]), message: ['barScores[0] is "2" (a string)', scoreRule] },
  {
    name: 'null score',
    props: withBars([null, 1]),
    message: ['barScores[0] is null', '1e309', scoreRule],
  },
  { name: 'infinite score', props: withPoints([1, Infinity, 0]), message: ['pointScores[1] is Infinity', '1e309', scoreRule] },
  { name: 'NaN score', props: withPoints([Number.NaN, 1, 0]), message: ['pointScores[0] is NaN', scoreRule] },
  { name: 'boolean score', props: withBars([true, 1]), message: ['barScores[0] is true (a boolean)', scoreRule] },
  { name: 'score above range', props: withBars([1000.01, 1]), message: ['barScores[0] is 1000.01', `at most ${SCORE_LIMIT}`] },
  { name: 'score below range', props: withPoints([0, -1001, 0]), message: ['pointScores[1] is -1001', `at least ${MINUS}${SCORE_LIMIT}`] },
  { name: 'empty bars', props: withBars([]), message: ['barScores is [] (an array of 0)', `at least ${MIN_BARS} scores`] },
  { name: 'one bar', props: withBars([1]), message: ['barScores is [1] (an array of 1)', `at least ${MIN_BARS} scores`] },
  {
    name: 'seven bars',
    props: withBars([1, 2, 3, 4, 5, 6, 7]),
    message: ['barScores is [1,2,3,4,5,6,7] (an array of 7)', `at most ${MAX_BARS} scores`],
  },
  { name: 'two points', props: withPoints([1, 2]), message: ['pointScores is [1,2] (an array of 2)', `exactly ${POINT_COUNT} scores`] },
  { name: 'four points', props: withPoints([1, 2, 3, 4]), message: ['pointScores is [1,2,3,4] (an array of 4)', `exactly ${POINT_COUNT}`] },
  { name: 'bars as string', props: withBars('2,1'), message: ['barScores is "2,1" (a string)', `array of ${MIN_BARS} to ${MAX_BARS} numbers`] },
  { name: 'bars as null', props: withBars(null), message: ['barScores is null', 'array of'] },
  { name: 'bars as object', props: withBars({ 0: 1 }), message: ['barScores is {"0":1} (an object)', 'array of'] },
  { name: 'points as number', props: withPoints(3), message: ['pointScores is 3', `exactly ${POINT_COUNT} numbers`] },
  { name: 'missing key', props: { barScores: [1, 2] }, message: ['pointScores is missing', 'array of'] },
  {
    name: 'misspelt key',
    props: { ...DEFAULT_PROPS, barScore: [5, 1] },
    message: ['Unknown key "barScore"', 'accepted keys are barScores and pointScores'],
  },
  { name: 'two unknown keys', props: { ...DEFAULT_PROPS, a: 1, b: 2 }, message: ['Unknown keys "a", "b"'] },
  { name: 'props null', props: null, message: ['props is null:', 'must be a JSON object'] },
  { name: 'props array', props: [2, 1], message: ['props is [2,1] (an array of 2)', 'must be a JSON object'] },
  { name: 'props string', props: 'barScores', message: ['props is "barScores" (a string)', 'must be a JSON object'] },
];

describe('parseProps rejects', () => {
  for (const { name, props, message } of REJECTED) {
    it(`names the problem: ${name}`, () => {
      const error = rejection(props);
      expect(error.message).toMatch(/^Invalid input props for SoftmaxExplainer\./);
      for (const part of message) {
        expect(error.message).toContain(part);
      }
      // Remotion's CLI prints only an error's first line.
      expect(error.message).not.toContain('\n');
    });
  }

  it('lists every problem', () => {
    const error = rejection({ barScores: ['x', 2000], pointScores: [1], extra: true });
    expect(error.problems).toHaveLength(4);
    expect(error.message).toContain('barScores[0] is "x"');
    expect(error.message).toContain('barScores[1] is 2000');
    expect(error.message).toContain('pointScores is [1]');
    expect(error.message).toContain('Unknown key "extra"');
  });

  it('ends with valid example props', () => {
    const error = rejection(withBars([]));
    expect(error.message).toContain(`Example of valid props: ${JSON.stringify(DEFAULT_PROPS)}`);
    expect(parseProps(JSON.parse(JSON.stringify(DEFAULT_PROPS)))).toEqual(DEFAULT_PROPS);
  });

  it('prints infinite array items as numbers', () => {
    const error = rejection(withBars([Infinity, 2, 3, 4, 5, 6, 7]));
    expect(error.message).toContain('barScores is [Infinity,2,3,4,5,6,7] (an array of 7)');
  });

  it('hints at JSON overflow only for scores', () => {
    expect(rejection(null).message).not.toContain('1e309');
  });
});

describe('assertPropsObject', () => {
  it('accepts objects', () => {
    expect(() => assertPropsObject({})).not.toThrow();
    expect(() => assertPropsObject({ barScores: 'anything' })).not.toThrow();
  });

  for (const raw of [null, 5, true, 'x', [1, 2]]) {
    it(`rejects ${JSON.stringify(raw)}`, () => {
      expect(() => assertPropsObject(raw)).toThrow(InvalidPropsError);
      expect(() => assertPropsObject(raw)).toThrow(`props is ${raw === null ? 'null' : describeValue(raw)}`);
    });
  }
});

describe('schema for Studio', () => {
  const { barScores, pointScores } = softmaxExplainerSchema.shape;

  it('exposes the score bounds', () => {
    for (const field of [barScores, pointScores]) {
      expect(field.element.minValue).toBe(-SCORE_LIMIT);
      expect(field.element.maxValue).toBe(SCORE_LIMIT);
      expect(field.element.description).toContain(`${MINUS}${SCORE_LIMIT} to ${SCORE_LIMIT}`);
    }
  });

  it('describes each array with its bounds', () => {
    expect(barScores.description).toContain(`${MIN_BARS} to ${MAX_BARS} bars`);
    expect(barScores.description).toContain(`${MINUS}${SCORE_LIMIT} to ${SCORE_LIMIT}`);
    expect(pointScores.description).toContain(`exactly ${POINT_COUNT} points`);
  });

  it('names accepted keys for unknown ones', () => {
    const result = softmaxExplainerSchema.safeParse({ ...DEFAULT_PROPS, pointScore: [1, 2, 3] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Unknown key "pointScore": the accepted keys are barScores and pointScores',
    );
  });
});
