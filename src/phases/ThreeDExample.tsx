import React from 'react';
import { useCurrentFrame } from 'remotion';
import { progress } from '../animation';
import { AreaBox, PhaseFrame } from '../components/PhaseFrame';
import { Space3D, type Space3DProgress } from '../components/Space3D';
import { StepTable } from '../components/StepTable';
import { type CameraPose, cameraPoseAt } from '../geometry';
import type { VectorStory } from '../story';
import { AREAS } from '../theme';
import { THREE_D_EXAMPLE } from '../timeline';

/** The 3-D scene's progress at a frame of this phase; exported for tests that measure points. */
export const threeDProgress = (frame: number): Space3DProgress => ({
  appear: progress(frame, THREE_D_EXAMPLE.beats.points),
  exponentiate: progress(frame, THREE_D_EXAMPLE.beats.exponentiate),
  normalise: progress(frame, THREE_D_EXAMPLE.beats.normalise),
  total: progress(frame, THREE_D_EXAMPLE.beats.total),
});

/** The camera at a frame of this phase: a slow turn around the vertical axis. */
export const threeDCamera = (frame: number): CameraPose => cameraPoseAt(progress(frame, THREE_D_EXAMPLE.beats.camera));

/**
 * 3-D example: three points on 3-D axes rise to heights proportional to e^{z_i}, then
 * sink so that their heights add up to 1; the right area shows the same numbers.
 */
export const ThreeDExample: React.FC<{ readonly story: VectorStory }> = ({ story }) => {
  const frame = useCurrentFrame();
  const state = threeDProgress(frame);
  return (
    <PhaseFrame durationInFrames={THREE_D_EXAMPLE.durationInFrames}>
      <AreaBox box={AREAS.left}>
        <Space3D story={story} progress={state} camera={threeDCamera(frame)} width={AREAS.left.width} height={AREAS.left.height} />
      </AreaBox>
      <AreaBox box={AREAS.right}>
        <StepTable story={story} progress={state} width={AREAS.right.width} height={AREAS.right.height} />
      </AreaBox>
    </PhaseFrame>
  );
};
