// The input props: their zod schema (which Studio's props panel edits), their defaults,
// and the check that turns a failed parse into one readable error.

import { z } from 'zod';

/** Scores are accepted from −SCORE_LIMIT to SCORE_LIMIT inclusive. */
export const SCORE_LIMIT = 1000;

/** The 2-D example shows this many bars at least and at most. */
export const MIN_BARS = 2;
export const MAX_BARS = 6;

/** The 3-D example always has exactly this many points. */
export const POINT_COUNT = 3;

const SCORE_RULE = `a finite number from −${SCORE_LIMIT} to ${SCORE_LIMIT}`;

const score = z
  .number({ error: `must be ${SCORE_RULE}` })
  .min(-SCORE_LIMIT, { error: `must be at least −${SCORE_LIMIT}` })
  .max(SCORE_LIMIT, { error: `must be at most ${SCORE_LIMIT}` })
  .describe(`A score: ${SCORE_RULE}`);

const propsShape = {
  barScores: z
    .array(score, { error: `must be an array of ${MIN_BARS} to ${MAX_BARS} numbers` })
    .min(MIN_BARS, { error: `must have at least ${MIN_BARS} scores` })
    .max(MAX_BARS, { error: `must have at most ${MAX_BARS} scores` })
    .describe(`Scores of the 2-D example: ${MIN_BARS} to ${MAX_BARS} bars, each ${SCORE_RULE}`),
  pointScores: z
    .array(score, { error: `must be an array of exactly ${POINT_COUNT} numbers` })
    .length(POINT_COUNT, { error: `must have exactly ${POINT_COUNT} scores` })
    .describe(`Scores of the 3-D example: exactly ${POINT_COUNT} points, each ${SCORE_RULE}`),
};

const KNOWN_KEYS = Object.keys(propsShape);

const unknownKeysProblem = (keys: readonly string[]): string =>
  `Unknown key${keys.length > 1 ? 's' : ''} ${keys.map((key) => `"${key}"`).join(', ')}: ` +
  `the accepted keys are ${KNOWN_KEYS.join(' and ')}`;

// A strict object, so that a misspelt key is an error instead of silently leaving the
// real key at its default. Studio's JSON props editor shows these messages too.
export const softmaxExplainerSchema = z.strictObject(propsShape, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysProblem(issue.keys) : 'must be a JSON object'),
});

export type SoftmaxExplainerProps = z.infer<typeof softmaxExplainerSchema>;

export const DEFAULT_PROPS: SoftmaxExplainerProps = {
  barScores: [2, 1],
  pointScores: [1, 3, 0],
};

/**
 * An input-props error that names each bad field, its value and the rule it breaks.
 * The message is one line because Remotion's CLI prints only the first line of an
 * error thrown in calculateMetadata.
 */
export class InvalidPropsError extends Error {
  override readonly name = 'InvalidPropsError';
  constructor(readonly problems: readonly string[]) {
    super(
      [
        'Invalid input props for SoftmaxExplainer.',
        ...problems.map((problem) => `${problem}.`),
        `Example of valid props: ${JSON.stringify(DEFAULT_PROPS)}`,
      ].join(' '),
    );
  }
}

const formatPath = (path: readonly PropertyKey[]): string => {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${key}]`;
    } else if (text === '') {
      text = String(key);
    } else {
      text += `.${String(key)}`;
    }
  }
  return text === '' ? 'props' : text;
};

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
};

const articleFor = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** Describe a received value for an error message, e.g. `"abc" (a string)` or `null`. */
export const describeValue = (value: unknown): string => {
  if (value === undefined) {
    return 'missing';
  }
  if (value === null) {
    // JSON has no Infinity or NaN: a number such as 1e309 overflows to Infinity when
    // parsed, and JSON.stringify turns Infinity into null on its way to the browser.
    return 'null (a number too large for JSON, such as 1e309, also arrives as null)';
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) {
      return 'NaN';
    }
    return Number.isFinite(value) ? String(value) : `${value} (a number too large for a double, such as 1e309)`;
  }
  if (typeof value === 'string') {
    return `${JSON.stringify(value)} (a string)`;
  }
  if (Array.isArray(value)) {
    // JSON.stringify would print Infinity and NaN as null, so numbers are printed as they are.
    const items = value.map((item) => (typeof item === 'number' ? String(item) : (JSON.stringify(item) ?? String(item))));
    const text = `[${items.join(',')}]`;
    return `${text.length > 80 ? `${text.slice(0, 77)}...` : text} (an array of ${value.length})`;
  }
  const text = JSON.stringify(value) ?? String(value);
  return `${text.length > 80 ? `${text.slice(0, 77)}...` : text} (${articleFor(typeof value)})`;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const notAnObjectProblem = (value: unknown): string =>
  `props is ${value === null ? 'null' : describeValue(value)}: it must be a JSON object`;

/**
 * Reject raw input props that are not a JSON object. Remotion spreads the input props
 * over the default props before calculateMetadata receives them, so `--props 5` or
 * `--props null` would otherwise render the defaults without a word, and `--props [1]`
 * would report an unknown key "0". Throws an InvalidPropsError.
 */
export const assertPropsObject = (raw: unknown): void => {
  if (!isPlainObject(raw)) {
    throw new InvalidPropsError([notAnObjectProblem(raw)]);
  }
};

/**
 * Check input props against the schema and return them typed. Throws an
 * InvalidPropsError that lists every problem, so a render stops before its first frame.
 */
export const parseProps = (input: unknown): SoftmaxExplainerProps => {
  const result = softmaxExplainerSchema.safeParse(input);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return unknownKeysProblem(issue.keys);
    }
    if (issue.path.length === 0 && issue.code === 'invalid_type') {
      return notAnObjectProblem(input);
    }
    const field = formatPath(issue.path);
    return `${field} is ${describeValue(valueAt(input, issue.path))}: it ${issue.message}`;
  });
  throw new InvalidPropsError(problems);
};
