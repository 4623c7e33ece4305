// Phase lengths and the beats inside each phase, in frames at FPS.
// Plain TypeScript: no React, Remotion or three, so tests import it directly.

/** Frames per second of the composition; every length below is a whole number of frames. */
export const FPS = 30;

/** Canvas size in pixels (16:9). */
export const WIDTH = 1920;
export const HEIGHT = 1080;

/**
 * Frames in which two neighbouring phases overlap and cross-fade. The nominal phase
 * lengths add up to 30 s, so the overlaps keep the whole video under 30 s.
 */
export const TRANSITION_FRAMES = 15;

const seconds = (value: number): number => Math.round(value * FPS);

/** A window of frames [start, end) relative to the start of its phase. */
export type Beat = { readonly start: number; readonly end: number };

const beat = (startSeconds: number, endSeconds: number): Beat => ({
  start: seconds(startSeconds),
  end: seconds(endSeconds),
});

// Each phase owns its length and its beats. Lengths include the overlap with the
// neighbouring phases, so a beat placed in the first or last TRANSITION_FRAMES frames
// runs while the phase is fading.

export const INTRO = {
  name: 'Intro',
  durationInFrames: seconds(3),
  beats: {
    title: beat(0, 0.8),
    numberLine: beat(0.5, 1.2),
    /** The points appear one after another inside this window. */
    points: beat(1.1, 2.3),
  },
} as const;

export const DEFINITION = {
  name: 'Definition',
  durationInFrames: seconds(5),
  beats: {
    formula: beat(0, 0.7),
    numerator: beat(1, 2.6),
    denominator: beat(2.7, 4.4),
  },
} as const;

/** Frames over which a formula term's highlight ramps up at the start of its beat and down at the end. */
export const HIGHLIGHT_RAMP_FRAMES = 12;

export const TWO_D_EXAMPLE = {
  name: '2-D example',
  durationInFrames: seconds(8),
  beats: {
    bars: beat(0.2, 1),
    exponentiate: beat(1.5, 3.2),
    normalise: beat(4, 5.6),
    total: beat(5.6, 6.4),
  },
} as const;

export const THREE_D_EXAMPLE = {
  name: '3-D example',
  durationInFrames: seconds(8),
  beats: {
    points: beat(0.2, 1),
    exponentiate: beat(1.5, 3.2),
    normalise: beat(4, 5.6),
    total: beat(5.6, 6.4),
    /** The camera turns slowly for the whole phase. */
    camera: beat(0, 8),
  },
} as const;

export const COMPARISON = {
  name: 'Comparison',
  durationInFrames: seconds(4),
  beats: {
    columns: beat(0.2, 0.9),
    /** The arrows grow one after another inside this window. */
    arrows: beat(0.8, 2.2),
    emphasis: beat(2.2, 2.9),
  },
} as const;

export const OUTRO = {
  name: 'Outro',
  durationInFrames: seconds(2),
  beats: {
    titleOut: beat(0.5, 1.4),
    // The caption starts while the formula it replaces is still fading out, so the
    // bottom area is never empty.
    caption: beat(0.3, 1.1),
    /** The two recap rows appear one after the other. */
    recap: beat(0.3, 1.3),
  },
} as const;

/** The six phases in the order they play. */
export const PHASES = [INTRO, DEFINITION, TWO_D_EXAMPLE, THREE_D_EXAMPLE, COMPARISON, OUTRO] as const;

export type PhaseName = (typeof PHASES)[number]['name'];

/** A phase placed on the composition's timeline, in absolute frames. */
export type PhaseSlot = {
  readonly name: PhaseName;
  readonly from: number;
  readonly durationInFrames: number;
};

/** Place each phase so it starts TRANSITION_FRAMES before the previous one ends. */
export const layOutPhases = (): PhaseSlot[] => {
  const slots: PhaseSlot[] = [];
  let from = 0;
  for (const phase of PHASES) {
    slots.push({ name: phase.name, from, durationInFrames: phase.durationInFrames });
    from += phase.durationInFrames - TRANSITION_FRAMES;
  }
  return slots;
};

export const PHASE_SLOTS: readonly PhaseSlot[] = layOutPhases();

const lastSlot = PHASE_SLOTS[PHASE_SLOTS.length - 1];
if (lastSlot === undefined) {
  throw new Error('timeline: PHASES is empty; the video needs at least one phase');
}

/** Length of the whole composition, computed from the phases. */
export const DURATION_IN_FRAMES = lastSlot.from + lastSlot.durationInFrames;

/** Returns the slot of a phase by name, and throws for a name that is not a phase. */
export const slotOf = (name: PhaseName): PhaseSlot => {
  const slot = PHASE_SLOTS.find((candidate) => candidate.name === name);
  if (slot === undefined) {
    throw new Error(`timeline: no phase named "${name}"`);
  }
  return slot;
};

/**
 * Returns the slot of the phase that `frame` belongs to: the last phase that has started
 * by then, so a frame in a cross-fade belongs to the phase that fades in.
 */
export const slotAt = (frame: number): PhaseSlot => {
  let slot = PHASE_SLOTS[0]!;
  for (const candidate of PHASE_SLOTS) {
    if (frame >= candidate.from) {
      slot = candidate;
    }
  }
  return slot;
};

/** Split a window into `count` staggered sub-windows of equal length that overlap by half. */
export const staggerBeat = (window: Beat, count: number, index: number): Beat => {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`staggerBeat: count is ${count}; it must be a whole number of at least 1`);
  }
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`staggerBeat: index is ${index}; it must be a whole number from 0 to ${count - 1}`);
  }
  // Each item takes two steps of the window and starts one step after the previous item.
  const step = (window.end - window.start) / (count + 1);
  const start = window.start + Math.round(step * index);
  const end = window.start + Math.round(step * (index + 2));
  return { start, end: Math.max(end, start + 1) };
};
