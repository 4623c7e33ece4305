import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  SPACE,
  cameraPoseAt,
  floorGridSegments,
  layOutBarChart,
  layOutNumberLine,
  linearScale,
  niceTicks,
  pointPosition,
  project,
  stackSegments,
} from '../../src/geometry';
import { phaseOpacity, progress, pulse } from '../../src/animation';
import { relativeExponentials, softmax } from '../../src/story';

const plot = { left: 30, top: 90, width: 800, height: 600 };
const chartInput = (scores: number[]) => ({
  scores,
  relativeExps: relativeExponentials(scores),
  probabilities: softmax(scores),
});
const height = (extent: { top: number; bottom: number }) => extent.bottom - extent.top;

describe('layOutBarChart', () => {
  it('scales exponentials to the largest bar', () => {
    const layout = layOutBarChart(chartInput([2, 1]), plot);
    const [first, second] = layout.stages.exponentials;
    expect(height(first!)).toBeCloseTo(plot.height, 6);
    expect(height(first!) / height(second!)).toBeCloseTo(Math.E, 6);
  });

  it('draws probabilities as fractions of one', () => {
    const scores = [0.5, 3, -1, 2];
    const layout = layOutBarChart(chartInput(scores), plot);
    const p = softmax(scores);
    layout.stages.probabilities.forEach((extent, i) => {
      expect(height(extent)).toBeCloseTo(p[i]! * (layout.floor - layout.oneLine), 6);
      expect(extent.bottom).toBe(layout.floor);
    });
  });

  it('hangs negative scores below the baseline', () => {
    const layout = layOutBarChart(chartInput([-2, 1]), plot);
    const [negative, positive] = layout.stages.scores;
    expect(negative!.top).toBeCloseTo(layout.scoreBaseline, 6);
    expect(negative!.bottom).toBeGreaterThan(layout.scoreBaseline);
    expect(positive!.bottom).toBeCloseTo(layout.scoreBaseline, 6);
    expect(height(negative!) / height(positive!)).toBeCloseTo(2, 6);
  });

  it('keeps room under negative scores', () => {
    const room = 50;
    const layout = layOutBarChart(chartInput([-2, 1]), plot, { scoreLabelRoom: room });
    const [negative, positive] = layout.stages.scores;
    expect(negative!.bottom).toBeCloseTo(layout.floor - room, 6);
    expect(positive!.top).toBeCloseTo(layout.oneLine, 6);
    expect(height(negative!) / height(positive!)).toBeCloseTo(2, 6);
    // Without a negative score the room is not needed, and the other stages ignore it.
    const positiveOnly = layOutBarChart(chartInput([2, 1]), plot, { scoreLabelRoom: room });
    expect(positiveOnly.scoreBaseline).toBeCloseTo(positiveOnly.floor, 6);
    expect(layout.stages.exponentials[1]!.bottom).toBe(layout.floor);
  });

  it('keeps huge scores finite', () => {
    const layout = layOutBarChart(chartInput([1000, -1000, 999]), plot);
    for (const stage of Object.values(layout.stages)) {
      for (const extent of stage) {
        expect(Number.isFinite(extent.top)).toBe(true);
        expect(Number.isFinite(extent.bottom)).toBe(true);
      }
    }
    expect(height(layout.stages.probabilities[1]!)).toBe(0);
  });

  it('gives all-zero scores flat bars', () => {
    const layout = layOutBarChart(chartInput([0, 0]), plot);
    for (const extent of layout.stages.scores) {
      expect(height(extent)).toBe(0);
    }
    expect(height(layout.stages.probabilities[0]!)).toBeCloseTo(plot.height / 2, 6);
  });

  it('keeps bars and the column inside the plot', () => {
    for (const count of [2, 6]) {
      const layout = layOutBarChart(chartInput(Array.from({ length: count }, (_, i) => i)), plot);
      expect(layout.barLefts[0]!).toBeGreaterThanOrEqual(plot.left);
      expect(layout.stackLeft + layout.barWidth).toBeLessThanOrEqual(plot.left + plot.width);
      for (let i = 1; i < count; i++) {
        expect(layout.barLefts[i]! - layout.barLefts[i - 1]!).toBeGreaterThan(layout.barWidth);
      }
    }
  });

  it('rejects inputs of different lengths', () => {
    expect(() => layOutBarChart({ scores: [1, 2], relativeExps: [1], probabilities: [0.5, 0.5] }, plot)).toThrow(
      /same length/,
    );
  });
});

describe('stackSegments', () => {
  it('stacks probabilities up to the line at one', () => {
    const segments = stackSegments(softmax([1, 3, 0]), 700, 100);
    expect(segments[0]!.bottom).toBe(700);
    expect(segments[2]!.top).toBeCloseTo(100, 9);
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]!.bottom).toBe(segments[i - 1]!.top);
    }
  });
});

describe('niceTicks', () => {
  it('uses round steps that cover the domain', () => {
    expect(niceTicks(0.5, 2.5, 9)).toEqual({ ticks: [0.5, 1, 1.5, 2, 2.5], step: 0.5 });
    const wide = niceTicks(-1000, 1000, 9);
    expect(wide.step).toBe(500);
    expect(wide.ticks[0]).toBe(-1000);
    expect(wide.ticks[wide.ticks.length - 1]).toBe(1000);
  });

  it('avoids float noise in tick values', () => {
    expect(niceTicks(0.1, 0.7, 8).ticks).toContain(0.3);
  });

  it('rejects a non-finite domain', () => {
    expect(() => niceTicks(0, Infinity)).toThrow(/invalid domain/);
  });
});

describe('layOutNumberLine', () => {
  const box = { left: 100, width: 1400, y: 400 };

  it('orders points like the scores', () => {
    const layout = layOutNumberLine([2, 1, -3], [120, 120, 120], box);
    expect(layout.points[0]!.x).toBeGreaterThan(layout.points[1]!.x);
    expect(layout.points[1]!.x).toBeGreaterThan(layout.points[2]!.x);
    for (const point of layout.points) {
      expect(point.x).toBeGreaterThan(box.left);
      expect(point.x).toBeLessThan(box.left + box.width);
    }
  });

  it('moves overlapping labels to new rows', () => {
    const layout = layOutNumberLine([1, 1.001, 5], [150, 150, 150], box);
    expect(layout.points[0]!.labelRow).not.toBe(layout.points[1]!.labelRow);
    expect(layout.points[2]!.labelRow).toBe(0);
  });

  it('places ticks at their scaled positions', () => {
    const layout = layOutNumberLine([0, 10], [80, 80], box);
    const scale = linearScale([layout.ticks[0]!.value, layout.ticks[layout.ticks.length - 1]!.value], [
      layout.ticks[0]!.x,
      layout.ticks[layout.ticks.length - 1]!.x,
    ]);
    for (const tick of layout.ticks) {
      expect(tick.x).toBeCloseTo(scale(tick.value), 6);
    }
  });
});

describe('project', () => {
  const viewport = { width: 977, height: 730 };

  it('puts the camera target at the centre', () => {
    const camera = cameraPoseAt(0.3);
    const centre = project(camera.target, camera, viewport);
    expect(centre.x).toBeCloseTo(viewport.width / 2, 6);
    expect(centre.y).toBeCloseTo(viewport.height / 2, 6);
  });

  it('draws higher points higher on screen', () => {
    const camera = cameraPoseAt(0);
    const low = project(pointPosition(1, 0.5), camera, viewport);
    const high = project(pointPosition(1, 2), camera, viewport);
    expect(high.y).toBeLessThan(low.y);
    expect(Math.abs(high.x - low.x)).toBeLessThan(5);
  });

  it('matches three.js perspective camera', () => {
    for (const turn of [0, 0.5, 1]) {
      const pose = cameraPoseAt(turn);
      const camera = new PerspectiveCamera(pose.fovDegrees, viewport.width / viewport.height, 0.1, 100);
      camera.position.set(...pose.position);
      camera.lookAt(...pose.target);
      camera.updateMatrixWorld();
      for (const point of [pointPosition(0, 0), pointPosition(2, 2.6), [0, 3.4, 0] as const, [4.4, 0, 0] as const]) {
        const ndc = new Vector3(...point).project(camera);
        const ours = project(point, pose, viewport);
        expect(ours.x).toBeCloseTo(((ndc.x + 1) / 2) * viewport.width, 6);
        expect(ours.y).toBeCloseTo(((1 - ndc.y) / 2) * viewport.height, 6);
      }
    }
  });

  it('rejects a point index with no place', () => {
    expect(() => pointPosition(3, 0)).toThrow(/index 3/);
  });
});

describe('floorGridSegments', () => {
  it('spans the axes at whole units', () => {
    const segments = floorGridSegments();
    const { x: lengthX, z: lengthZ } = SPACE.axisLength;
    const alongZ = segments.filter(([from, to]) => from[0] === to[0]);
    const alongX = segments.filter(([from, to]) => from[2] === to[2]);
    expect(alongZ.map(([from]) => from[0])).toEqual([1, 2, 3, 4]);
    expect(alongX.map(([from]) => from[2])).toEqual([1, 2]);
    expect(alongZ.length + alongX.length).toBe(segments.length);
    for (const [from, to] of segments) {
      expect(from[1]).toBe(0);
      expect(to[1]).toBe(0);
    }
    for (const [from, to] of alongZ) {
      expect([from[2], to[2]]).toEqual([0, lengthZ]);
    }
    for (const [from, to] of alongX) {
      expect([from[0], to[0]]).toEqual([0, lengthX]);
    }
  });
});

describe('animation progress', () => {
  const beat = { start: 10, end: 20 };

  it('clamps outside the beat', () => {
    expect(progress(0, beat)).toBe(0);
    expect(progress(10, beat)).toBe(0);
    expect(progress(20, beat)).toBe(1);
    expect(progress(500, beat)).toBe(1);
    expect(progress(15, beat)).toBeCloseTo(0.5, 9);
  });

  it('rises monotonically', () => {
    let previous = -1;
    for (let frame = 0; frame <= 30; frame++) {
      const value = progress(frame, beat);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
  });

  it('pulses only inside its beat', () => {
    expect(pulse(9, beat, 3)).toBe(0);
    expect(pulse(15, beat, 3)).toBe(1);
    expect(pulse(20, beat, 3)).toBe(0);
  });

  it('cross-fades neighbouring phases to full opacity', () => {
    const duration = 60;
    const fade = 15;
    for (let step = 0; step < fade; step++) {
      const outgoing = phaseOpacity(duration - fade + step, duration, fade);
      const incoming = phaseOpacity(step, duration, fade);
      expect(outgoing + incoming).toBeCloseTo(1, 9);
    }
  });
});
