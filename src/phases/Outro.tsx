import React from 'react';
import { useCurrentFrame } from 'remotion';
import { progress } from '../animation';
import { AreaBox, PhaseFrame } from '../components/PhaseFrame';
import { Tex } from '../components/Tex';
import type { Story, VectorStory } from '../story';
import { AREAS, COLORS, FONT_FAMILY, FONT_SIZES, componentColor } from '../theme';
import { OUTRO, staggerBeat } from '../timeline';

export const OUTRO_CAPTION = 'Softmax turns scores into a probability distribution (sum = 1)';

const RECAP_MAX_FONT_SIZE = 46;

/** Characters in a recap row, for fitting its font size to the band's width. */
const recapLength = (vector: VectorStory): number =>
  12 +
  vector.components.reduce((sum, component) => sum + component.scoreText.length + component.probabilityText.length + 4, 0);

/** One recap row: the scores, an arrow, and their probabilities, one colour per component. */
const RecapRow: React.FC<{ readonly vector: VectorStory; readonly opacity: number; readonly fontSize: number }> = ({
  vector,
  opacity,
  fontSize,
}) => {
  const list = (texts: readonly string[]) => (
    <span>
      (
      {texts.map((text, index) => (
        <React.Fragment key={index}>
          {index > 0 ? ', ' : ''}
          <span style={{ color: componentColor(index) }}>{text}</span>
        </React.Fragment>
      ))}
      )
    </span>
  );
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        gap: fontSize * 0.6,
        whiteSpace: 'nowrap',
        fontSize,
        fontWeight: 600,
        color: COLORS.text,
        opacity,
        transform: `translateY(${(1 - opacity) * 16}px)`,
      }}
    >
      {list(vector.components.map((component) => component.scoreText))}
      <span style={{ color: COLORS.muted }}>
        <Tex tex="\xrightarrow{\ \sigma\ }" />
      </span>
      {list(vector.components.map((component) => component.probabilityText))}
    </div>
  );
};

/**
 * Outro: both examples' scores next to their probabilities as a recap, and the caption
 * in the bottom area (the composition fades the title out).
 */
export const Outro: React.FC<{ readonly story: Story }> = ({ story }) => {
  const frame = useCurrentFrame();
  const caption = progress(frame, OUTRO.beats.caption);
  const vectors = [story.bars, story.points];
  const widest = Math.max(...vectors.map(recapLength));
  // 0.6 em is about the advance of a digit in Inter at weight 600.
  const fontSize = Math.min(RECAP_MAX_FONT_SIZE, Math.floor(AREAS.middle.width / (widest * 0.6)));

  return (
    <PhaseFrame durationInFrames={OUTRO.durationInFrames} fadeOut={false}>
      <AreaBox
        box={AREAS.middle}
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          gap: fontSize * 1.2,
          fontFamily: FONT_FAMILY,
        }}
      >
        {vectors.map((vector, row) => (
          <RecapRow
            key={row}
            vector={vector}
            fontSize={fontSize}
            opacity={progress(frame, staggerBeat(OUTRO.beats.recap, vectors.length, row))}
          />
        ))}
      </AreaBox>
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
