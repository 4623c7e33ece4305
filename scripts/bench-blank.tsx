// Entry point of the benchmark's own compositions. It is a separate entry point so that
// Studio and `npx remotion render` (which use src/index.ts) never list them.

import React from 'react';
import { AbsoluteFill, Composition, Freeze, registerRoot, useCurrentFrame } from 'remotion';
import { SoftmaxExplainer } from '../src/SoftmaxExplainer';
import { DEFAULT_PROPS } from '../src/props';
import { COLORS } from '../src/theme';
import { DURATION_IN_FRAMES, FPS, HEIGHT, WIDTH, slotAt } from '../src/timeline';

/** An empty frame in the video's background colour: the cost of capture alone. */
const Blank: React.FC = () => <AbsoluteFill style={{ backgroundColor: COLORS.background }} />;

/**
 * Returns the frame that the held-still composition shows at `frame`: the middle frame of
 * the phase that `frame` falls in (a frame in a cross-fade counts for the phase that starts).
 */
const heldFrame = (frame: number): number => {
  const slot = slotAt(frame);
  return slot.from + Math.floor(slot.durationInFrames / 2);
};

/**
 * Shows the video's pictures without motion: each phase's middle frame, held for the
 * length of the phase. Rendering it costs what the content costs to capture and encode,
 * without the work of changing the page from frame to frame.
 */
const HeldStill: React.FC = () => {
  const frame = useCurrentFrame();
  return (
    <Freeze frame={heldFrame(frame)}>
      <SoftmaxExplainer {...DEFAULT_PROPS} />
    </Freeze>
  );
};

const BenchRoot: React.FC = () => (
  <>
    <Composition id="BenchBlank" component={Blank} durationInFrames={DURATION_IN_FRAMES} fps={FPS} width={WIDTH} height={HEIGHT} />
    <Composition id="BenchHeldStill" component={HeldStill} durationInFrames={DURATION_IN_FRAMES} fps={FPS} width={WIDTH} height={HEIGHT} />
  </>
);

registerRoot(BenchRoot);
