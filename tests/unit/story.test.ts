import { describe, expect, it } from 'vitest';

import { labelToText } from '../../src/story/format';
import { buildStory, buildVectorStory } from '../../src/story/story';
import * as storyModule from '../../src/story';

const MINUS = '\u2212';

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

describe('buildVectorStory', () => {
  it('labels scores [2, 1]', () => {
    const story = buildVectorStory([2, 1]);

    expect(story.components.map((component) => labelToText(component.expLabel))).toEqual(['7.39', '2.72']);
    expect(labelToText(story.sumLabel)).toBe('10.11');
    expect(story.components.map((component) => component.probabilityText)).toEqual(['0.731', '0.269']);
    expect(story.components.map((component) => component.scoreText)).toEqual(['2', '1']);
  });

  it('fills numeric fields for [2, 1]', () => {
    const story = buildVectorStory([2, 1]);
    const [first, second] = story.components;

    expect(story.scores).toEqual([2, 1]);
    expect(story.maxIndex).toBe(0);
    expect(story.scoreDecimals).toBe(0);
    expect(story.logSumExp).toBeCloseTo(Math.log(Math.exp(2) + Math.exp(1)), 12);
    expect(first?.index).toBe(0);
    expect(second?.index).toBe(1);
    expect(first?.score).toBe(2);
    expect(first?.probability).toBeCloseTo(0.7311, 4);
    expect(second?.probability).toBeCloseTo(0.2689, 4);
    expect(first?.roundedProbability).toBe(0.731);
    expect(second?.roundedProbability).toBe(0.269);
    expect(first?.relativeExp).toBe(1);
    expect(second?.relativeExp).toBeCloseTo(Math.exp(-1), 15);
  });

  it('labels scores [1, 3, 2]', () => {
    const story = buildVectorStory([1, 3, 2]);

    expect(story.components.map((component) => component.probabilityText)).toEqual(['0.090', '0.665', '0.245']);
    expect(story.maxIndex).toBe(1);
    expect(labelToText(story.sumLabel)).toBe('30.19');
  });

  it('labels scores [1, 3, 0]', () => {
    const story = buildVectorStory([1, 3, 0]);

    expect(story.components.map((component) => component.probabilityText)).toEqual(['0.114', '0.844', '0.042']);
    expect(story.components.map((component) => labelToText(component.expLabel))).toEqual(['2.72', '20.09', '1.00']);
    expect(labelToText(story.sumLabel)).toBe('23.80');
  });

  it('labels scores of ±1000', () => {
    const story = buildVectorStory([-1000, 1000]);

    expect(story.components.map((component) => component.scoreText)).toEqual([`${MINUS}1000`, '1000']);
    expect(story.components.map((component) => labelToText(component.expLabel))).toEqual([
      `5.08 × 10^${MINUS}435`,
      '1.97 × 10^434',
    ]);
    expect(labelToText(story.sumLabel)).toBe('1.97 × 10^434');
    expect(story.components.map((component) => component.probabilityText)).toEqual(['\u2248 0', '1.000']);
    expect(story.components.map((component) => component.relativeExp)).toEqual([0, 1]);
    expect(story.maxIndex).toBe(1);
  });

  it('sums huge close scores', () => {
    const story = buildVectorStory([1000, 999]);

    expect(story.logSumExp).toBeCloseTo(1000 + Math.log(1 + Math.exp(-1)), 10);
    expect(labelToText(story.sumLabel)).toBe('2.69 × 10^434');
    expect(story.components.map((component) => component.probabilityText)).toEqual(['0.731', '0.269']);
  });

  it('shares decimals across scores', () => {
    const story = buildVectorStory([-999.99, 1, 0.5]);

    expect(story.scoreDecimals).toBe(2);
    expect(story.components.map((component) => component.scoreText)).toEqual([`${MINUS}999.99`, '1.00', '0.50']);
  });

  it('picks first index of tied maximum', () => {
    const story = buildVectorStory([0.5, 2, 2, -1, 0, 2]);

    expect(story.maxIndex).toBe(1);
    expect(story.components.map((component) => component.relativeExp).filter((value) => value === 1)).toHaveLength(3);
  });

  it('rounds probabilities as shown', () => {
    const cases = [
      [1, 1, 1],
      [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
      [2, 2, 1, 1, 0, 0],
      [-1000, -1000, -1000],
      [1000, 0, 0, 0, 0, 0],
      [3.14, 2.71, 1.41, -1.73, 0.01, -0.5],
    ];

    for (const scores of cases) {
      const story = buildVectorStory(scores);
      const thousandths = story.components.map((component) => Math.round(component.roundedProbability * 1000));

      // Three equal probabilities cannot move as a whole and stay at 0.333 each.
      const tie = new Set(scores).size === 1 && scores.length === 3;
      expect(sum(thousandths), JSON.stringify(scores)).toBe(tie ? 999 : 1000);
      story.components.forEach((component, index) => {
        const text = component.probabilityText;
        const textThousandths = text === '\u2248 0' ? 0 : Number(text.replace('.', ''));
        expect(textThousandths).toBe(thousandths[index]);
      });
    }
  });

  it('copies the input scores', () => {
    const scores = [3, 1];
    const story = buildVectorStory(scores);
    scores[0] = 99;

    expect(story.scores).toEqual([3, 1]);
    expect(story.components[0]?.score).toBe(3);
  });

  it('rejects invalid scores', () => {
    expect(() => buildVectorStory([])).toThrow('buildVectorStory: scores is empty');
    expect(() => buildVectorStory([1, Number.NaN])).toThrow('buildVectorStory: scores[1] is NaN');
  });
});

describe('buildStory', () => {
  const props = { barScores: [2, 1, 0.5], pointScores: [1000, -1000, 0, 3.25, -2, 1] };

  it('builds both scene stories', () => {
    const story = buildStory(props);

    expect(story.bars).toEqual(buildVectorStory(props.barScores));
    expect(story.points).toEqual(buildVectorStory(props.pointScores));
    expect(story.bars.components).toHaveLength(3);
    expect(story.points.components).toHaveLength(6);
  });

  it('returns deeply equal results', () => {
    const first = buildStory(props);
    const second = buildStory({ barScores: [...props.barScores], pointScores: [...props.pointScores] });

    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  it('never shows invalid text', () => {
    const story = buildStory(props);
    const texts = [story.bars, story.points].flatMap((vector) => [
      labelToText(vector.sumLabel),
      ...vector.components.flatMap((component) => [
        component.scoreText,
        component.probabilityText,
        labelToText(component.expLabel),
      ]),
    ]);

    for (const text of texts) {
      expect(text).not.toMatch(/NaN|Infinity|undefined|-/);
      expect(text.length).toBeGreaterThan(0);
    }
  });

  it('rejects invalid point scores', () => {
    expect(() => buildStory({ barScores: [1], pointScores: [1, Infinity] })).toThrow('scores[1] is Infinity');
  });
});

describe('story index', () => {
  it('re-exports the public API', () => {
    const names = [
      'softmax',
      'logSumExp',
      'relativeExponentials',
      'scoreDecimals',
      'formatScore',
      'formatExponential',
      'labelToText',
      'labelToTex',
      'roundPreservingSum',
      'formatProbabilities',
      'buildVectorStory',
      'buildStory',
    ];

    for (const name of names) {
      expect(typeof (storyModule as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(storyModule.PROBABILITY_DECIMALS).toBe(3);
  });
});
