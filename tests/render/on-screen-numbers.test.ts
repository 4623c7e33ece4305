// Every number the video shows, read from the frames that Remotion captured and checked
// against the softmax maths. Each one equals the value it stands for at the precision it
// is shown with, the numbers each phase must show are there, and the shown probabilities
// add up to exactly 1 at that precision. Checked at settled frames of every phase, for the
// default scores and three other sets.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type VisibleText } from '../../scripts/render-kit';
import { layOutNumberLine } from '../../src/geometry';
import {
  APPROXIMATELY_ZERO,
  MINUS_SIGN,
  type VectorStory,
  buildStory,
  formatTick,
  labelToText,
  logSumExp,
  softmax,
} from '../../src/story';
import { COLORS, COMPONENT_COLORS } from '../../src/theme';
import {
  COMPARISON,
  DEFINITION,
  DURATION_IN_FRAMES,
  INTRO,
  THREE_D_EXAMPLE,
  TRANSITION_FRAMES,
  TWO_D_EXAMPLE,
  slotOf,
} from '../../src/timeline';
import { hexToRgb } from './pixels';
import { setUpRenderKit } from './render-kit-hooks';

const OUT = path.join(process.cwd(), 'out', 'test-numbers');

const CASES = [
  { name: 'default scores', props: { barScores: [2, 1], pointScores: [1, 3, 0] } },
  { name: 'negative scores', props: { barScores: [0.5, 3, -1], pointScores: [2, -1, 0.5] } },
  { name: 'six bars', props: { barScores: [-1, 0.5, 2.5, 1, 3, 1.5], pointScores: [0, 0, 1] } },
  // e^1000 needs scientific notation, and p = e^−2000 shows as "≈ 0".
  { name: 'extreme scores', props: { barScores: [1000, -1000], pointScores: [-1000, 0, 1000] } },
] as const;

type Stage = 'scores' | 'exponentials' | 'probabilities';

/** A settled frame, the score vectors it shows, and what each must show there. */
type Moment = { readonly name: string; readonly frame: number; readonly vectors: ('bars' | 'points')[]; readonly shows: Stage[] };

const at = (phase: Parameters<typeof slotOf>[0], localFrame: number): number => slotOf(phase).from + localFrame;

const MOMENTS: readonly Moment[] = [
  { name: 'intro', frame: at('Intro', INTRO.beats.points.end + 3), vectors: ['bars'], shows: ['scores'] },
  {
    name: 'definition',
    frame: at('Definition', DEFINITION.durationInFrames - TRANSITION_FRAMES - 1),
    vectors: ['bars'],
    shows: ['scores', 'exponentials'],
  },
  {
    name: '2-D peak',
    frame: at('2-D example', TWO_D_EXAMPLE.beats.normalise.start - 8),
    vectors: ['bars'],
    shows: ['scores', 'exponentials'],
  },
  {
    name: '2-D end',
    frame: at('2-D example', TWO_D_EXAMPLE.beats.total.end + 8),
    vectors: ['bars'],
    shows: ['scores', 'exponentials', 'probabilities'],
  },
  {
    name: '3-D peak',
    frame: at('3-D example', THREE_D_EXAMPLE.beats.normalise.start - 8),
    vectors: ['points'],
    shows: ['scores', 'exponentials'],
  },
  {
    name: '3-D end',
    frame: at('3-D example', THREE_D_EXAMPLE.beats.total.end + 8),
    vectors: ['points'],
    shows: ['scores', 'exponentials', 'probabilities'],
  },
  {
    name: 'comparison',
    frame: at('Comparison', COMPARISON.beats.emphasis.end + 5),
    vectors: ['points'],
    shows: ['scores', 'probabilities'],
  },
  { name: 'outro', frame: DURATION_IN_FRAMES - 1, vectors: ['bars', 'points'], shows: ['scores', 'probabilities'] },
];

/** A number as printed: its value, and its last digit's place (10^place) for the rounding it shows. */
type Token = {
  readonly text: string;
  readonly kind: 'plain' | 'scientific' | 'index' | 'approximately-zero';
  /** log10 of the value for positive values; the value itself is in `value` for plain numbers. */
  readonly value: number;
  readonly log10: number;
  /** Decimals of a plain number or of a scientific mantissa. */
  readonly decimals: number;
};

const NUMBER = /(_)?([−-]?\d+(?:\.\d+)?)(?: × 10\^([−-]?\d+))?/g;
const toNumber = (text: string): number => Number(text.replace(MINUS_SIGN, '-'));
const decimalsOf = (text: string): number => (text.includes('.') ? text.split('.')[1]!.length : 0);

/** Split a visible text into the numbers it prints. */
const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  if (text.includes(APPROXIMATELY_ZERO)) {
    tokens.push({ text: APPROXIMATELY_ZERO, kind: 'approximately-zero', value: 0, log10: -Infinity, decimals: 3 });
    text = text.replace(APPROXIMATELY_ZERO, '');
  }
  for (const match of text.matchAll(NUMBER)) {
    const [whole, index, mantissa, exponent] = match;
    if (index !== undefined) {
      tokens.push({ text: whole, kind: 'index', value: toNumber(mantissa!), log10: 0, decimals: 0 });
    } else if (exponent !== undefined) {
      const log10 = Math.log10(toNumber(mantissa!)) + toNumber(exponent);
      tokens.push({ text: whole, kind: 'scientific', value: NaN, log10, decimals: decimalsOf(mantissa!) });
    } else {
      const value = toNumber(mantissa!);
      tokens.push({ text: whole, kind: 'plain', value, log10: Math.log10(Math.abs(value)), decimals: decimalsOf(mantissa!) });
    }
  }
  return tokens;
};

/**
 * Check that `token` shows a positive value whose log10 is `log10`, rounded to the digits
 * it shows, so off by at most half a unit of its last digit (plus float noise).
 */
const showsLog10 = (token: Token, log10: number): boolean => {
  if (token.kind === 'plain') {
    return log10 < 300 && Math.abs(token.value - 10 ** log10) <= 0.5 * 10 ** -token.decimals * (1 + 1e-9) + 1e-12;
  }
  if (token.kind === 'scientific') {
    const exponent = Math.floor(token.log10 + 1e-12);
    const mantissa = 10 ** (token.log10 - exponent);
    return Math.abs(mantissa - 10 ** (log10 - exponent)) <= 0.5 * 10 ** -token.decimals * (1 + 1e-9) + 1e-12;
  }
  return false;
};

/** Check that `token` shows `value` (any sign), rounded to the decimals it shows. */
const showsValue = (token: Token, value: number): boolean =>
  token.kind === 'plain' && Math.abs(token.value - value) <= 0.5 * 10 ** -token.decimals * (1 + 1e-9) + 1e-12;

/**
 * Check that `token` shows the probability `p`. Rounding that keeps the sum at 1 may move a
 * probability by up to one unit of the last digit, so the tolerance is one unit, and "≈ 0"
 * stands for a probability under one unit.
 */
const showsProbability = (token: Token, p: number): boolean => {
  if (token.kind === 'approximately-zero') {
    return p < 1e-3;
  }
  return token.kind === 'plain' && token.decimals === 3 && Math.abs(token.value - p) < 1e-3;
};

const rgb = (hex: string): string => `rgb(${hexToRgb(hex).join(', ')})`;
const COMPONENT_CSS = COMPONENT_COLORS.map(rgb);

/** Format the tick labels of the intro's number line, whose ticks do not depend on the label widths. */
const tickLabels = (scores: readonly number[]): string[] => {
  const layout = layOutNumberLine(scores, scores.map(() => 0), { left: 0, width: 1000, y: 0 });
  return layout.ticks.map((tick) => formatTick(tick.value, layout.tickStep));
};

/** Find what a number in a component's colour stands for, or null when it stands for nothing. */
const componentMeaning = (token: Token, index: number, vector: VectorStory): Stage | 'index' | null => {
  const component = vector.components[index];
  if (component === undefined) {
    return null;
  }
  if (token.kind === 'index') {
    return token.value === index + 1 ? 'index' : null;
  }
  if (showsValue(token, component.score)) {
    return 'scores';
  }
  if (showsLog10(token, component.score * Math.LOG10E)) {
    return 'exponentials';
  }
  if (showsProbability(token, softmax(vector.scores)[index]!)) {
    return 'probabilities';
  }
  return null;
};

/** Check for the 1 that a sentence gives as the outputs' sum, as in "(sum = 1)" or "add up to 1". */
const isSumOfOne = (token: Token, text: VisibleText): boolean => token.text === '1' && /[a-z]{3,} /i.test(text.text);

const getKit = setUpRenderKit(OUT);

describe.each(CASES)('numbers with $name', ({ name, props }) => {
  const story = buildStory(props);

  it.each(MOMENTS)('$name shows computed values', async (moment) => {
    const texts: VisibleText[] = await getKit().stillWithText({
      frame: moment.frame,
      output: path.join(OUT, `${name.replace(/\s+/g, '-')}-${moment.name.replace(/\W+/g, '-')}.png`),
      inputProps: props,
    });
    const vectors = moment.vectors.map((key) => story[key]);
    /** Probability texts seen per vector and component. */
    const probabilityTexts = vectors.map((vector) => vector.components.map(() => new Set<string>()));
    const seen = vectors.map((vector) => vector.components.map(() => new Set<Stage>()));
    let totals: string[] = [];

    for (const text of texts) {
      const where = `"${text.text}" (${text.color}) at ${moment.name}, frame ${moment.frame}`;
      for (const token of tokenize(text.text)) {
        const componentIndex = COMPONENT_CSS.indexOf(text.color);
        if (componentIndex !== -1) {
          const meanings = vectors.map((vector) => componentMeaning(token, componentIndex, vector));
          expect(meanings.some((meaning) => meaning !== null), `${token.text} in ${where} is no value of component ${componentIndex + 1}`).toBe(
            true,
          );
          meanings.forEach((meaning, vectorIndex) => {
            if (meaning !== null && meaning !== 'index') {
              seen[vectorIndex]![componentIndex]!.add(meaning);
            }
            if (meaning === 'probabilities') {
              probabilityTexts[vectorIndex]![componentIndex]!.add(token.text);
            }
          });
        } else if (text.color === rgb(COLORS.text)) {
          const isSum = vectors.some((vector) => showsLog10(token, logSumExp(vector.scores) * Math.LOG10E));
          expect(isSum || isSumOfOne(token, text), `${token.text} in ${where} is not a sum of exponentials`).toBe(true);
        } else if (text.color === rgb(COLORS.muted)) {
          const isIndex = token.kind === 'index' && token.value >= 1 && token.value <= 6;
          const isTick = tickLabels(story.bars.scores).includes(token.text);
          expect(isIndex || isTick || isSumOfOne(token, text), `${token.text} in ${where} is neither an index nor a tick`).toBe(
            true,
          );
        } else if (text.color === rgb(COLORS.reference)) {
          // The mark of the level 1, or the total of the shown probabilities.
          expect(['1', '1.000'], `${token.text} in ${where}`).toContain(token.text);
          if (token.text === '1.000') {
            totals = [...totals, token.text];
          }
        } else {
          expect.fail(`${token.text} in ${where} has a colour that no number should have`);
        }
      }
    }

    // Every stage the moment shows is there for every component of every vector.
    vectors.forEach((vector, vectorIndex) => {
      vector.components.forEach((component, index) => {
        for (const stage of moment.shows) {
          expect(seen[vectorIndex]![index]!.has(stage), `${stage} of component ${index + 1} shown at ${moment.name}`).toBe(true);
        }
        if (moment.shows.includes('exponentials')) {
          const label = labelToText(component.expLabel).replace(/\^\{?([^}]*)\}?/, '^$1');
          expect(texts.some((text) => text.text.includes(label)), `e^z label ${label} shown at ${moment.name}`).toBe(true);
        }
      });
    });

    if (moment.shows.includes('probabilities')) {
      vectors.forEach((vector, vectorIndex) => {
        const shown = probabilityTexts[vectorIndex]!;
        if (vectors.length === 1) {
          // Every place shows a component's probability with the same text.
          shown.forEach((set, index) => {
            expect([...set], `probability texts of component ${index + 1} at ${moment.name}`).toHaveLength(1);
          });
        }
        // The texts the story formats are the ones shown, and they add up to exactly 1.000.
        const expected = vector.components.map((component) => component.probabilityText);
        expected.forEach((text, index) => {
          expect(shown[index]!.has(text), `probability ${text} of component ${index + 1} shown at ${moment.name}`).toBe(true);
        });
        const thousandths = expected
          .map((text) => (text === APPROXIMATELY_ZERO ? 0 : Math.round(Number(text) * 1000)))
          .reduce((sum, value) => sum + value, 0);
        expect(thousandths).toBe(1000);
      });
    }
    // Where the step table shows the total of the probabilities, it reads 1.000.
    if (moment.name === '2-D end' || moment.name === '3-D end') {
      expect(totals).toEqual(['1.000']);
    }
  });
});
