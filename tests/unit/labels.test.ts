import { describe, expect, it } from 'vitest';

import { layOutNumberLine, niceTicks } from '../../src/geometry';
import { buildVectorStory, formatTick, formatTotal } from '../../src/story';

const MINUS = '\u2212';

describe('formatTick', () => {
  it('uses the decimals of the step', () => {
    expect(formatTick(2, 1)).toBe('2');
    expect(formatTick(10, 5)).toBe('10');
    expect(formatTick(200, 100)).toBe('200');
    expect(formatTick(0.5, 0.5)).toBe('0.5');
    expect(formatTick(1, 0.2)).toBe('1.0');
    expect(formatTick(0.15, 0.05)).toBe('0.15');
    expect(formatTick(0.003, 0.001)).toBe('0.003');
  });

  it('caps decimals at six', () => {
    expect(formatTick(1e-7, 1e-7)).toBe('0.000000');
    expect(formatTick(2e-6, 1e-8)).toBe('0.000002');
  });

  it('writes negatives with the minus sign', () => {
    expect(formatTick(-1, 1)).toBe(`${MINUS}1`);
    expect(formatTick(-0.4, 0.2)).toBe(`${MINUS}0.4`);
    expect(formatTick(-1000, 500)).toBe(`${MINUS}1000`);
  });

  it('shows zero without a sign', () => {
    expect(formatTick(0, 1)).toBe('0');
    expect(formatTick(-0, 1)).toBe('0');
    expect(formatTick(-1e-12, 0.1)).toBe('0.0');
  });

  it('labels nice ticks distinctly', () => {
    // Every step niceTicks picks must give distinct labels that read back as the ticks.
    const domains: [number, number][] = [
      [-1.3, 3.3],
      [0.1, 0.35],
      [-1000, 1000],
      [2.001, 2.004],
      [-0.02, 0.07],
    ];
    for (const [min, max] of domains) {
      const { ticks, step } = niceTicks(min, max, 9);
      const labels = ticks.map((tick) => formatTick(tick, step));
      expect(new Set(labels).size).toBe(ticks.length);
      labels.forEach((label, index) => {
        expect(Number(label.replace(MINUS, '-'))).toBeCloseTo(ticks[index]!, 9);
      });
    }
  });

  it('labels the intro number line', () => {
    const layout = layOutNumberLine([2, 1], [200, 200], { left: 0, width: 1400, y: 0 });
    const labels = layout.ticks.map((tick) => formatTick(tick.value, layout.tickStep));
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const label of labels) {
      expect(label).toMatch(/^−?\d+(\.\d+)?$/);
    }
  });
});

describe('formatTotal', () => {
  const cases: number[][] = [
    [2, 1],
    [1, 3, 0],
    [0, 0, 0],
    [1, 1, 1, 1, 1, 1],
    [1000, -1000],
    [0.5, 3, -1],
    [5, 4.999, 5.001, -2, 0, 3],
  ];

  it('shows 1.000 for every score vector', () => {
    for (const scores of cases) {
      expect(formatTotal(buildVectorStory(scores))).toBe('1.000');
    }
  });

  it('matches the shown probabilities without ties', () => {
    for (const scores of cases.filter((vector) => new Set(vector).size === vector.length)) {
      const story = buildVectorStory(scores);
      const thousandths = story.components
        .map((component) => component.probabilityText)
        .map((text) => (text.startsWith('\u2248') ? 0 : Math.round(Number(text) * 1000)))
        .reduce((sum, value) => sum + value, 0);
      expect(formatTotal(story)).toBe((thousandths / 1000).toFixed(3));
    }
  });

  it('stays exact when ties round off', () => {
    // Equal scores keep equal text, 0.333 three times, but the total is still exactly 1.
    const story = buildVectorStory([0, 0, 0]);
    expect(story.components.map((component) => component.probabilityText)).toEqual(['0.333', '0.333', '0.333']);
    expect(formatTotal(story)).toBe('1.000');
  });
});
