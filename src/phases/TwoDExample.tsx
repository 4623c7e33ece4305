import React, { useMemo } from 'react';
import { useCurrentFrame } from 'remotion';
import { progress } from '../animation';
import { BarChart, type BarChartProgress, barSlotWidth, scoreLabelRoom } from '../components/BarChart';
import { AreaBox, PhaseFrame } from '../components/PhaseFrame';
import { StepTable } from '../components/StepTable';
import { layOutBarChart } from '../geometry';
import type { VectorStory } from '../story';
import { AREAS, BAR_PLOT } from '../theme';
import { TWO_D_EXAMPLE } from '../timeline';

/** The chart's progress at a frame of this phase; exported for tests that measure bars. */
export const twoDProgress = (frame: number): BarChartProgress => ({
  appear: progress(frame, TWO_D_EXAMPLE.beats.bars),
  exponentiate: progress(frame, TWO_D_EXAMPLE.beats.exponentiate),
  normalise: progress(frame, TWO_D_EXAMPLE.beats.normalise),
  total: progress(frame, TWO_D_EXAMPLE.beats.total),
});

/**
 * 2-D example: bars of the scores grow to e^{z_i}, then shrink to the probabilities,
 * whose stacked total reaches the line at 1; the right area shows the same numbers.
 */
export const TwoDExample: React.FC<{ readonly story: VectorStory }> = ({ story }) => {
  const frame = useCurrentFrame();
  const layout = useMemo(
    () =>
      layOutBarChart(
        {
          scores: story.scores,
          relativeExps: story.components.map((component) => component.relativeExp),
          probabilities: story.components.map((component) => component.probability),
        },
        BAR_PLOT,
        { scoreLabelRoom: scoreLabelRoom(story, barSlotWidth(BAR_PLOT.width, story.components.length)) },
      ),
    [story],
  );
  const state = twoDProgress(frame);

  return (
    <PhaseFrame durationInFrames={TWO_D_EXAMPLE.durationInFrames}>
      <AreaBox box={AREAS.left}>
        <BarChart story={story} layout={layout} progress={state} width={AREAS.left.width} height={AREAS.left.height} />
      </AreaBox>
      <AreaBox box={AREAS.right}>
        <StepTable story={story} progress={state} width={AREAS.right.width} height={AREAS.right.height} />
      </AreaBox>
    </PhaseFrame>
  );
};
