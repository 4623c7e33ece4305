import React, { useMemo } from 'react';
import { AbsoluteFill, Sequence, useCurrentFrame } from 'remotion';
import { linear, mix, progress, pulse } from './animation';
import { Formula } from './components/Formula';
import { AreaBox } from './components/PhaseFrame';
import { Title } from './components/Title';
import { ensureFontsLoaded } from './fonts';
import { Comparison } from './phases/Comparison';
import { Definition } from './phases/Definition';
import { Intro } from './phases/Intro';
import { Outro } from './phases/Outro';
import { ThreeDExample } from './phases/ThreeDExample';
import { TwoDExample } from './phases/TwoDExample';
import type { SoftmaxExplainerProps } from './props';
import { buildStory } from './story';
import { AREAS, COLORS } from './theme';
import { DEFINITION, HIGHLIGHT_RAMP_FRAMES, INTRO, OUTRO, TRANSITION_FRAMES, slotOf } from './timeline';

ensureFontsLoaded();

export const TITLE = 'Softmax Function';

const intro = slotOf('Intro');
const definition = slotOf('Definition');
const twoD = slotOf('2-D example');
const threeD = slotOf('3-D example');
const comparison = slotOf('Comparison');
const outro = slotOf('Outro');

/** Draws the title in the top area, from the intro's fade-in to the outro's fade-out. */
const TopArea: React.FC = () => {
  const frame = useCurrentFrame();
  const fadeIn = progress(frame - intro.from, INTRO.beats.title);
  const fadeOut = progress(frame - outro.from, OUTRO.beats.titleOut);
  return <Title text={TITLE} opacity={fadeIn * (1 - fadeOut)} lift={mix(-16, 0, fadeIn)} />;
};

/**
 * Draws the formula in the bottom area from the definition until the outro, where the
 * caption takes its place. Its terms are highlighted during the definition.
 */
const BottomArea: React.FC = () => {
  const frame = useCurrentFrame();
  const local = frame - definition.from;
  const fadeIn = progress(local, DEFINITION.beats.formula);
  const fadeOut = progress(frame, { start: outro.from, end: outro.from + TRANSITION_FRAMES }, linear);
  return (
    <AreaBox
      box={AREAS.bottom}
      style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', opacity: fadeIn * (1 - fadeOut) }}
    >
      <Formula
        numerator={pulse(local, DEFINITION.beats.numerator, HIGHLIGHT_RAMP_FRAMES)}
        denominator={pulse(local, DEFINITION.beats.denominator, HIGHLIGHT_RAMP_FRAMES)}
      />
    </AreaBox>
  );
};

/**
 * Assembles the whole video: the title and formula layers, which stay across phases,
 * and one Sequence per phase. The story (every number shown) is computed once per set
 * of props.
 */
export const SoftmaxExplainer: React.FC<SoftmaxExplainerProps> = ({ barScores, pointScores }) => {
  const story = useMemo(() => buildStory({ barScores, pointScores }), [barScores, pointScores]);
  return (
    <AbsoluteFill style={{ backgroundColor: COLORS.background }}>
      <Sequence name={intro.name} from={intro.from} durationInFrames={intro.durationInFrames}>
        <Intro story={story.bars} />
      </Sequence>
      <Sequence name={definition.name} from={definition.from} durationInFrames={definition.durationInFrames}>
        <Definition story={story.bars} />
      </Sequence>
      <Sequence name={twoD.name} from={twoD.from} durationInFrames={twoD.durationInFrames}>
        <TwoDExample story={story.bars} />
      </Sequence>
      <Sequence name={threeD.name} from={threeD.from} durationInFrames={threeD.durationInFrames}>
        <ThreeDExample story={story.points} />
      </Sequence>
      <Sequence name={comparison.name} from={comparison.from} durationInFrames={comparison.durationInFrames}>
        <Comparison story={story.points} />
      </Sequence>
      <Sequence name={outro.name} from={outro.from} durationInFrames={outro.durationInFrames}>
        <Outro story={story} />
      </Sequence>
      <TopArea />
      <BottomArea />
    </AbsoluteFill>
  );
};
