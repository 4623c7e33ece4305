import React from 'react';
import { useCurrentFrame } from 'remotion';
import { progress } from '../animation';
import { AreaBox, PhaseFrame } from '../components/PhaseFrame';
import { Tex } from '../components/Tex';
import { fitFontSize } from '../geometry';
import type { Story, VectorStory } from '../story';
import { AREAS, COLORS, FONT_FAMILY, FONT_SIZES, componentColor } from '../theme';
import { OUTRO, staggerBeat } from '../timeline';

export const OUTRO_CAPTION = 'Softmax turns scores into a probability distribution (sum = 1)';

const RECAP_MAX_FONT_SIZE = 46;
const RECAP_MIN_FONT_SIZE = 30;

/** Characters in a bracketed list of `texts`, with its commas and spaces. */
const listLength = (texts: readonly string[]): number =>
  2 + texts.reduce((sum, text) => sum + text.length, 0) + 2 * (texts.length - 1);

/**
 * Characters of the wider half of a recap row: the scores, or the arrow with the
 * probabilities. A row too long for one line wraps between the two halves.
 */
const recapHalfLength = (vector: VectorStory): number =>
  Math.max(
    listLength(vector.components.map((component) => component.scoreText)),
    4 + listLength(vector.components.map((component) => component.probabilityText)),
  );

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
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'center',
        columnGap: fontSize * 0.6,
        rowGap: fontSize * 0.3,
        whiteSpace: 'nowrap',
        fontSize,
        fontWeight: 600,
        color: COLORS.text,
        opacity,
        transform: `translateY(${(1 - opacity) * 16}px)`,
      }}
    >
      {list(vector.components.map((component) => component.scoreText))}
      <span style={{ display: 'flex', alignItems: 'center', gap: fontSize * 0.6 }}>
        <span style={{ color: COLORS.muted }}>
          <Tex tex="\xrightarrow{\ \sigma\ }" />
        </span>
        {list(vector.components.map((component) => component.probabilityText))}
      </span>
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
  const widest = Math.max(...vectors.map(recapHalfLength));
  const fontSize = fitFontSize(AREAS.middle.width * 0.9, widest, RECAP_MAX_FONT_SIZE, RECAP_MIN_FONT_SIZE);

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
