import React from 'react';
import { useCurrentFrame } from 'remotion';
import { progress } from '../animation';
import { AreaBox, PhaseFrame } from '../components/PhaseFrame';
import { AREAS, COLORS, FONT_FAMILY, FONT_SIZES } from '../theme';
import { OUTRO } from '../timeline';

export const OUTRO_CAPTION = 'Softmax turns scores into a probability distribution (sum = 1)';

/** Outro: the caption appears in the bottom area (the composition fades the title out). */
export const Outro: React.FC = () => {
  const frame = useCurrentFrame();
  const caption = progress(frame, OUTRO.beats.caption);
  return (
    <PhaseFrame durationInFrames={OUTRO.durationInFrames} fadeOut={false}>
      <AreaBox
        box={AREAS.bottom}
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          fontFamily: FONT_FAMILY,
          fontSize: FONT_SIZES.caption,
          fontWeight: 600,
          color: COLORS.text,
          opacity: caption,
          transform: `translateY(${(1 - caption) * 20}px)`,
        }}
      >
        {OUTRO_CAPTION}
      </AreaBox>
    </PhaseFrame>
  );
};
