import { describe, expect, it } from 'vitest';
import {
  DURATION_IN_FRAMES,
  FPS,
  PHASES,
  PHASE_SLOTS,
  TRANSITION_FRAMES,
  slotAt,
  slotOf,
  staggerBeat,
} from '../../src/timeline';

describe('timeline', () => {
  it('keeps the video under 30 seconds', () => {
    expect(DURATION_IN_FRAMES / FPS).toBeLessThan(30);
  });

  it('has six phases in the spec order', () => {
    expect(PHASE_SLOTS.map((slot) => slot.name)).toEqual([
      'Intro',
      'Definition',
      '2-D example',
      '3-D example',
      'Comparison',
      'Outro',
    ]);
  });

  it('places phases on whole frames', () => {
    for (const slot of PHASE_SLOTS) {
      expect(Number.isInteger(slot.from)).toBe(true);
      expect(Number.isInteger(slot.durationInFrames)).toBe(true);
      expect(slot.durationInFrames).toBeGreaterThan(2 * TRANSITION_FRAMES);
    }
  });

  it('tiles the composition with no gap', () => {
    expect(PHASE_SLOTS[0]!.from).toBe(0);
    for (let i = 1; i < PHASE_SLOTS.length; i++) {
      const previous = PHASE_SLOTS[i - 1]!;
      const current = PHASE_SLOTS[i]!;
      // Each phase starts exactly one transition before the previous one ends.
      expect(current.from).toBe(previous.from + previous.durationInFrames - TRANSITION_FRAMES);
    }
    const last = PHASE_SLOTS[PHASE_SLOTS.length - 1]!;
    expect(last.from + last.durationInFrames).toBe(DURATION_IN_FRAMES);
  });

  it('covers every frame by at most two phases', () => {
    for (let frame = 0; frame < DURATION_IN_FRAMES; frame++) {
      const covering = PHASE_SLOTS.filter((slot) => frame >= slot.from && frame < slot.from + slot.durationInFrames);
      expect(covering.length, `frame ${frame}`).toBeGreaterThanOrEqual(1);
      expect(covering.length, `frame ${frame}`).toBeLessThanOrEqual(2);
    }
  });

  it('computes the length from the phases', () => {
    const sum = PHASES.reduce((total, phase) => total + phase.durationInFrames, 0);
    expect(DURATION_IN_FRAMES).toBe(sum - (PHASES.length - 1) * TRANSITION_FRAMES);
  });

  it('keeps every beat inside its phase', () => {
    for (const phase of PHASES) {
      for (const [name, beat] of Object.entries(phase.beats)) {
        expect(Number.isInteger(beat.start), `${phase.name}.${name}`).toBe(true);
        expect(Number.isInteger(beat.end), `${phase.name}.${name}`).toBe(true);
        expect(beat.start, `${phase.name}.${name}`).toBeGreaterThanOrEqual(0);
        expect(beat.end, `${phase.name}.${name}`).toBeGreaterThan(beat.start);
        expect(beat.end, `${phase.name}.${name}`).toBeLessThanOrEqual(phase.durationInFrames);
      }
    }
  });

  it('finds a slot by phase name', () => {
    expect(slotOf('Comparison')).toBe(PHASE_SLOTS[4]);
  });

  it('finds the slot a frame belongs to', () => {
    const [intro, definition] = PHASE_SLOTS;
    expect(slotAt(0)).toBe(intro);
    expect(slotAt(definition!.from - 1)).toBe(intro);
    // A cross-fade frame belongs to the phase that fades in.
    expect(slotAt(definition!.from)).toBe(definition);
    expect(slotAt(DURATION_IN_FRAMES - 1)).toBe(PHASE_SLOTS[PHASE_SLOTS.length - 1]);
  });
});

describe('staggerBeat', () => {
  const window = { start: 30, end: 70 };

  it('starts items in order inside the window', () => {
    for (const count of [1, 2, 3, 6]) {
      let previousStart = -1;
      for (let index = 0; index < count; index++) {
        const beat = staggerBeat(window, count, index);
        expect(beat.start).toBeGreaterThan(previousStart);
        expect(beat.start).toBeGreaterThanOrEqual(window.start);
        expect(beat.end).toBeLessThanOrEqual(window.end);
        expect(beat.end).toBeGreaterThan(beat.start);
        previousStart = beat.start;
      }
    }
  });

  it('ends the last item at the window end', () => {
    expect(staggerBeat(window, 4, 3).end).toBe(window.end);
  });

  it('rejects an index outside the count', () => {
    expect(() => staggerBeat(window, 3, 3)).toThrow(/index is 3/);
    expect(() => staggerBeat(window, 0, 0)).toThrow(/count is 0/);
  });
});
