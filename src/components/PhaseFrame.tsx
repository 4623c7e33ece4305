import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';
import { phaseOpacity } from '../animation';
import { TRANSITION_FRAMES } from '../timeline';

type PhaseFrameProps = {
  readonly durationInFrames: number;
  readonly fadeIn?: boolean;
  readonly fadeOut?: boolean;
  readonly children: React.ReactNode;
};

/**
 * Draws a phase's layer, which fades in over the first TRANSITION_FRAMES and out over
 * the last. Neighbouring phases overlap there, so they cross-fade instead of cutting.
 */
export const PhaseFrame: React.FC<PhaseFrameProps> = ({ durationInFrames, fadeIn, fadeOut, children }) => {
  const frame = useCurrentFrame();
  const opacity = phaseOpacity(frame, durationInFrames, TRANSITION_FRAMES, { fadeIn, fadeOut });
  return <AbsoluteFill style={{ opacity }}>{children}</AbsoluteFill>;
};

/** An absolutely placed box, for the layout areas. */
export const AreaBox: React.FC<{
  readonly box: { left: number; top: number; width: number; height: number };
  readonly style?: React.CSSProperties;
  readonly children: React.ReactNode;
}> = ({ box, style, children }) => (
  <div style={{ position: 'absolute', left: box.left, top: box.top, width: box.width, height: box.height, ...style }}>
    {children}
  </div>
);
