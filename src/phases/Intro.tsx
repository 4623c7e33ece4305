import React, { useMemo } from 'react';
import { useCurrentFrame } from 'remotion';
import { easeOutCubic, progress } from '../animation';
import { NumberLine } from '../components/NumberLine';
import { AreaBox, PhaseFrame } from '../components/PhaseFrame';
import { layOutNumberLine } from '../geometry';
import type { VectorStory } from '../story';
import { AREAS, COLORS, FONT_FAMILY, FONT_SIZES } from '../theme';
import { INTRO, staggerBeat } from '../timeline';

const LINE_WIDTH = 1400; // pixels, centred in the middle band
const LABEL_CHAR_WIDTH = FONT_SIZES.label * 0.6; // estimated advance of one label character

/** Intro: the raw scores appear one by one as labelled points on a number line. */
export const Intro: React.FC<{ readonly story: VectorStory }> = ({ story }) => {
  const frame = useCurrentFrame();
  const band = AREAS.middle;

  const layout = useMemo(
    () =>
      layOutNumberLine(
        story.scores,
        story.components.map((component) => (component.scoreText.length + 4) * LABEL_CHAR_WIDTH),
        { left: (band.width - LINE_WIDTH) / 2, width: LINE_WIDTH, y: band.height * 0.62 },
      ),
    [story, band.width, band.height],
  );

  const pointProgress = story.components.map((_, index) =>
    progress(frame, staggerBeat(INTRO.beats.points, story.components.length, index), easeOutCubic),
  );

  return (
    <PhaseFrame durationInFrames={INTRO.durationInFrames} fadeIn={false}>
      <AreaBox box={band}>
        <div
          style={{
            position: 'absolute',
            top: band.height * 0.12,
            width: band.width,
            textAlign: 'center',
            fontFamily: FONT_FAMILY,
            fontSize: FONT_SIZES.heading,
            color: COLORS.muted,
            opacity: progress(frame, INTRO.beats.numberLine),
          }}
        >
          Raw scores (logits) can be any real numbers
        </div>
        <NumberLine
          layout={layout}
          values={story.components.map((component) => component.scoreText)}
          lineProgress={progress(frame, INTRO.beats.numberLine)}
          pointProgress={pointProgress}
          width={band.width}
          height={band.height}
        />
      </AreaBox>
    </PhaseFrame>
  );
};
