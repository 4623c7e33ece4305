import React from 'react';
import { useCurrentFrame } from 'remotion';
import { mixColor, progress, pulse } from '../animation';
import { AreaBox, PhaseFrame } from '../components/PhaseFrame';
import { Tex } from '../components/Tex';
import { ValueLabel, labelLength } from '../components/ValueLabel';
import type { VectorStory } from '../story';
import { AREAS, COLORS, FONT_FAMILY, FONT_SIZES, componentColor } from '../theme';
import { DEFINITION, HIGHLIGHT_RAMP_FRAMES } from '../timeline';

const Card: React.FC<{ readonly tex: string; readonly title: string; readonly text: string; readonly opacity: number; readonly active: number }> = ({
  tex,
  title,
  text,
  opacity,
  active,
}) => (
  <div
    style={{
      opacity,
      padding: '22px 28px',
      borderRadius: 16,
      border: `3px solid ${mixColor(COLORS.grid, COLORS.highlight, active)}`,
      transform: `translateY(${(1 - opacity) * 24}px)`,
    }}
  >
    <div style={{ display: 'flex', alignItems: 'baseline', gap: 18, fontSize: FONT_SIZES.heading, fontWeight: 700, color: COLORS.text }}>
      <span style={{ color: COLORS.highlight }}>
        <Tex tex={tex} />
      </span>
      {title}
    </div>
    <div style={{ marginTop: 12, fontSize: FONT_SIZES.body, lineHeight: 1.35, color: COLORS.muted }}>{text}</div>
  </div>
);

/** A row of coloured values in brackets, e.g. (7.39, 2.72), one colour per component. */
const VectorRow: React.FC<{ readonly items: readonly React.ReactNode[] }> = ({ items }) => (
  // The row may wrap after a comma; each value stays on one line.
  <span style={{ flex: '1 1 0', minWidth: 0, whiteSpace: 'normal' }}>
    (
    {items.map((item, index) => (
      <React.Fragment key={index}>
        {index > 0 ? ', ' : ''}
        <span style={{ color: componentColor(index), whiteSpace: 'nowrap' }}>{item}</span>
      </React.Fragment>
    ))}
    )
  </span>
);

const LEFT_PADDING = 40;
/** Estimated width of the widest row heading, "Σ_j e^{z_j} ≈", at the heading font size. */
const ROW_HEADING_WIDTH = 190;
const ROW_GAP = 20;
/** Width left for the values of a row. */
const VECTOR_WIDTH = AREAS.left.width - LEFT_PADDING - ROW_HEADING_WIDTH - ROW_GAP;
const MIN_VALUES_FONT_SIZE = 26;
/** Font size that a long row of values keeps by taking more lines, up to MAX_VALUE_LINES. */
const COMFORTABLE_FONT_SIZE = 34;
const MAX_VALUE_LINES = 3;
/** Average advance of a character of the values, in em (digits of Inter at weight 600). */
const CHARACTER_WIDTH_EM = 0.6;
/** Share of a line that the values fill, because rows wrap only after a comma. */
const LINE_FILL = 0.85;

/**
 * Font size of the left area: the heading size when the longest row of values fits on
 * one line, else the size at which it fills as many lines (up to three) as it needs at
 * about COMFORTABLE_FONT_SIZE. The left area has room for three rows of three lines.
 */
export const definitionFontSize = (story: VectorStory): number => {
  const rowLength = (lengths: readonly number[]) => lengths.reduce((sum, length) => sum + length + 2, 0);
  const longest = Math.max(
    rowLength(story.components.map((component) => component.scoreText.length)),
    rowLength(story.components.map((component) => labelLength(component.expLabel))),
  );
  const lineLength = LINE_FILL * VECTOR_WIDTH;
  const widthAt = (fontSize: number) => longest * CHARACTER_WIDTH_EM * fontSize;
  const lines = Math.min(MAX_VALUE_LINES, Math.max(1, Math.ceil(widthAt(COMFORTABLE_FONT_SIZE) / lineLength)));
  const fitting = Math.floor((lines * lineLength) / widthAt(1));
  return Math.max(MIN_VALUES_FONT_SIZE, Math.min(FONT_SIZES.heading, fitting));
};

/**
 * Draws the Definition phase. The composition draws the formula in the bottom area and
 * highlights it term by term. This phase explains each term in the right area and shows
 * its values for the 2-D example's scores in the left area.
 */
export const Definition: React.FC<{ readonly story: VectorStory }> = ({ story }) => {
  const frame = useCurrentFrame();
  const numeratorIn = progress(frame, { start: DEFINITION.beats.numerator.start, end: DEFINITION.beats.numerator.start + 15 });
  const denominatorIn = progress(frame, { start: DEFINITION.beats.denominator.start, end: DEFINITION.beats.denominator.start + 15 });
  const rowStyle: React.CSSProperties = { display: 'flex', alignItems: 'baseline', gap: ROW_GAP, whiteSpace: 'nowrap' };

  return (
    <PhaseFrame durationInFrames={DEFINITION.durationInFrames}>
      <AreaBox
        box={AREAS.left}
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          gap: 44,
          boxSizing: 'border-box',
          paddingLeft: LEFT_PADDING,
          fontFamily: FONT_FAMILY,
          fontSize: definitionFontSize(story),
          fontWeight: 600,
          color: COLORS.text,
        }}
      >
        <div style={{ ...rowStyle, opacity: progress(frame, DEFINITION.beats.formula) }}>
          <Tex tex="\mathbf{z} =" />
          <VectorRow items={story.components.map((component) => component.scoreText)} />
        </div>
        <div style={{ ...rowStyle, opacity: numeratorIn }}>
          <Tex tex="e^{\mathbf{z}} \approx" />
          <VectorRow items={story.components.map((component) => <ValueLabel key={component.index} label={component.expLabel} />)} />
        </div>
        <div style={{ ...rowStyle, opacity: denominatorIn }}>
          <Tex tex="\textstyle\sum_j e^{z_j} \approx" />
          <ValueLabel label={story.sumLabel} />
        </div>
      </AreaBox>
      <AreaBox
        box={AREAS.right}
        style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', gap: 36, fontFamily: FONT_FAMILY }}
      >
        <Card
          tex="e^{z_i}"
          title="Numerator"
          text="Exponentiate each score: the result is always positive, and larger scores grow much faster."
          opacity={numeratorIn}
          active={pulse(frame, DEFINITION.beats.numerator, HIGHLIGHT_RAMP_FRAMES)}
        />
        <Card
          tex="\textstyle\sum_j e^{z_j}"
          title="Denominator"
          text="Add up all the exponentials. Dividing by this sum makes the outputs add up to 1."
          opacity={denominatorIn}
          active={pulse(frame, DEFINITION.beats.denominator, HIGHLIGHT_RAMP_FRAMES)}
        />
      </AreaBox>
    </PhaseFrame>
  );
};
