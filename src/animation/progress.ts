// Clamped, eased 0 → 1 progress for a beat. Timing lives here; each phase maps the
// progress to positions, sizes and opacity. No React or Remotion: plain functions of
// the frame number.

import type { Beat } from '../timeline';

/** An easing function maps linear progress in [0, 1] to eased progress in [0, 1]. */
export type Easing = (t: number) => number;

export const linear: Easing = (t) => t;

/** Cubic ease-in-out: slow start, slow end, so nothing jumps at a beat's edges. */
export const easeInOutCubic: Easing = (t) =>
  t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;

/** Cubic ease-out: fast start that settles, for things that appear. */
export const easeOutCubic: Easing = (t) => 1 - Math.pow(1 - t, 3);

export const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));

/**
 * Eased progress of `frame` through `beat`: 0 before it starts, 1 from its end on.
 * A beat of zero length jumps from 0 to 1 at its start.
 */
export const progress = (frame: number, beat: Beat, easing: Easing = easeInOutCubic): number => {
  const length = beat.end - beat.start;
  if (length <= 0) {
    return frame >= beat.start ? 1 : 0;
  }
  return easing(clamp((frame - beat.start) / length, 0, 1));
};

/** Linear blend from `from` to `to` by `t`, where t is usually a progress value. */
export const mix = (from: number, to: number, t: number): number => from + (to - from) * t;

/**
 * Opacity of a phase that fades in over its first `fadeFrames` and out over its last
 * `fadeFrames`. The first phase may skip the fade-in and the last the fade-out.
 */
export const phaseOpacity = (
  frame: number,
  durationInFrames: number,
  fadeFrames: number,
  options: { fadeIn?: boolean; fadeOut?: boolean } = {},
): number => {
  const { fadeIn = true, fadeOut = true } = options;
  const fadeInOpacity = fadeIn ? progress(frame, { start: 0, end: fadeFrames }, linear) : 1;
  const fadeOutOpacity = fadeOut
    ? 1 - progress(frame, { start: durationInFrames - fadeFrames, end: durationInFrames }, linear)
    : 1;
  return Math.min(fadeInOpacity, fadeOutOpacity);
};

/**
 * A highlight that ramps up over `rampFrames` at the start of `beat`, holds, and ramps
 * down over the last `rampFrames`: 0 outside the beat, 1 in its middle.
 */
export const pulse = (frame: number, beat: Beat, rampFrames: number): number =>
  Math.min(
    progress(frame, { start: beat.start, end: beat.start + rampFrames }),
    1 - progress(frame, { start: beat.end - rampFrames, end: beat.end }),
  );
