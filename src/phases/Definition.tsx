import React from 'react';
import { useCurrentFrame } from 'remotion';
import { mixColor, progress, pulse } from '../animation';
import { AreaBox, PhaseFrame } from '../components/PhaseFrame';
import { Tex } from '../components/Tex';
import { ValueLabel } from '../components/ValueLabel';
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
  <span>
    (
    {items.map((item, index) => (
      <React.Fragment key={index}>
        {index > 0 ? ', ' : ''}
        <span style={{ color: componentColor(index) }}>{item}</span>
      </React.Fragment>
    ))}
    )
  </span>
);

/**
 * Definition: the formula in the bottom area is highlighted term by term (drawn by the
 * composition, which keeps it on screen until the outro); here the right area says
 * what each term is and the left area shows its values for the 2-D example's scores.
 */
export const Definition: React.FC<{ readonly story: VectorStory }> = ({ story }) => {
  const frame = useCurrentFrame();
  const numeratorIn = progress(frame, { start: DEFINITION.beats.numerator.start, end: DEFINITION.beats.numerator.start + 15 });
  const denominatorIn = progress(frame, { start: DEFINITION.beats.denominator.start, end: DEFINITION.beats.denominator.start + 15 });
  const rowStyle: React.CSSProperties = { display: 'flex', alignItems: 'center', gap: 20, whiteSpace: 'nowrap' };

  return (
    <PhaseFrame durationInFrames={DEFINITION.durationInFrames}>
      <AreaBox
        box={AREAS.left}
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          gap: 44,
          paddingLeft: 40,
          fontFamily: FONT_FAMILY,
          fontSize: FONT_SIZES.heading,
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
