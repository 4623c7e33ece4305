// One representative frame per phase, chosen where the phase has finished its main beat
// and has not started to fade out. The golden frames, the contact sheet and the render
// tests share this list, so a person looks at the frames that the tests compare.

import {
  COMPARISON,
  DEFINITION,
  DURATION_IN_FRAMES,
  HIGHLIGHT_RAMP_FRAMES,
  INTRO,
  type PhaseName,
  THREE_D_EXAMPLE,
  TWO_D_EXAMPLE,
  slotOf,
} from '../src/timeline';

export type PhaseStill = {
  readonly phase: PhaseName;
  /** File-name form of the phase name, e.g. "2-d-example". */
  readonly slug: string;
  /** Absolute frame of the composition. */
  readonly frame: number;
};

const still = (phase: PhaseName, frame: number): PhaseStill => ({
  phase,
  slug: phase.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  frame,
});

export const PHASE_STILLS: readonly PhaseStill[] = [
  // Every point is on the number line.
  still('Intro', slotOf('Intro').from + INTRO.beats.points.end + 3),
  // Both cards are shown and the denominator carries the full highlight.
  still('Definition', slotOf('Definition').from + DEFINITION.beats.denominator.start + HIGHLIGHT_RAMP_FRAMES + 10),
  // The bars are at p_i and the stacked column reaches the line at 1.
  still('2-D example', slotOf('2-D example').from + TWO_D_EXAMPLE.beats.total.end + 8),
  still('3-D example', slotOf('3-D example').from + THREE_D_EXAMPLE.beats.total.end + 8),
  // Every arrow has landed and the largest score is emphasised.
  still('Comparison', slotOf('Comparison').from + COMPARISON.beats.emphasis.end + 5),
  still('Outro', DURATION_IN_FRAMES - 1),
];
