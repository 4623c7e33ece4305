import React, { useMemo } from 'react';
import { type BarChartLayout, type BarExtent, fitFontSize, mixExtent, stackSegments } from '../geometry';
import type { VectorStory } from '../story';
import { COLORS, FONT_FAMILY, FONT_SIZES, componentColor } from '../theme';
import { Tex } from './Tex';
import { ValueLabel, labelLength, stackedLabelLength, stackedLabelLines } from './ValueLabel';

/** Progress of the bar chart's animation, each value from 0 to 1. */
export type BarChartProgress = {
  /** The bars grow from the baseline to the scores. */
  readonly appear: number;
  /** The bars move from the scores to e^{z_i}. */
  readonly exponentiate: number;
  /** The bars shrink from e^{z_i} to p_i. */
  readonly normalise: number;
  /** The stacked column and the line at 1 appear. */
  readonly total: number;
};

type BarChartProps = {
  readonly story: VectorStory;
  readonly layout: BarChartLayout;
  readonly progress: BarChartProgress;
  readonly width: number;
  readonly height: number;
};

const LABEL_GAP = 12; // pixels between a bar's end and its value label
const LINE_HEIGHT = 1.2; // line height of the value labels, in em
const MIN_LABEL_FONT_SIZE = 16;
/** Below this size an e^{z_i} label that would fit on one line is stacked on two lines instead. */
const MIN_ONE_LINE_FONT_SIZE = 24;

/** Font sizes of the value labels in each stage, each fitted to one bar slot. */
export type BarLabelFonts = {
  readonly scores: number;
  readonly exponentials: number;
  readonly probabilities: number;
  /** Whether scientific e^{z_i} labels put "× 10^n" on a second line. */
  readonly stackExponentials: boolean;
};

const fittingFontSize = (slotWidth: number, characters: number): number =>
  fitFontSize(slotWidth * 0.96, characters, FONT_SIZES.label, MIN_LABEL_FONT_SIZE);

/** Font sizes that fit the widest label of each stage into one bar slot. */
export const barLabelFonts = (story: VectorStory, slotWidth: number): BarLabelFonts => {
  const widest = (lengths: readonly number[]) => Math.max(...lengths);
  const oneLine = fittingFontSize(slotWidth, widest(story.components.map((c) => labelLength(c.expLabel))));
  const stacked = fittingFontSize(slotWidth, widest(story.components.map((c) => stackedLabelLength(c.expLabel))));
  const stackExponentials = oneLine < MIN_ONE_LINE_FONT_SIZE && stacked > oneLine;
  return {
    scores: fittingFontSize(slotWidth, widest(story.components.map((c) => c.scoreText.length))),
    exponentials: stackExponentials ? stacked : oneLine,
    probabilities: fittingFontSize(slotWidth, widest(story.components.map((c) => c.probabilityText.length))),
    stackExponentials,
  };
};

/**
 * Pixels that the scores stage keeps free above the floor for the label under the
 * lowest negative bar, so that it clears the z_i labels under the plot.
 */
export const scoreLabelRoom = (story: VectorStory, slotWidth: number): number =>
  2 * LABEL_GAP + barLabelFonts(story, slotWidth).scores * LINE_HEIGHT;

/** Width of one bar's slot: the bars and the stacked column share the plot's width. */
export const barSlotWidth = (plotWidth: number, bars: number): number => plotWidth / (bars + 1.6);

const currentExtent = (layout: BarChartLayout, index: number, progress: BarChartProgress): BarExtent => {
  const scores = layout.stages.scores[index];
  const exponentials = layout.stages.exponentials[index];
  const probabilities = layout.stages.probabilities[index];
  if (scores === undefined || exponentials === undefined || probabilities === undefined) {
    throw new RangeError(`BarChart: no bar ${index} in the layout`);
  }
  // Before the bars appear they are flat at the score baseline.
  const flat = { top: layout.scoreBaseline, bottom: layout.scoreBaseline };
  const grown = mixExtent(flat, scores, progress.appear);
  return mixExtent(mixExtent(grown, exponentials, progress.exponentiate), probabilities, progress.normalise);
};

/**
 * Draws the 2-D example's chart: one bar per score with its value label, the baseline, the
 * dashed line at probability 1 and the stacked column of the probabilities.
 */
export const BarChart: React.FC<BarChartProps> = ({ story, layout, progress, width, height }) => {
  const slotWidth = barSlotWidth(layout.plot.width, story.components.length);
  // Label fonts and the stacked column depend only on the story and the layout, not on the frame.
  const fonts = useMemo(() => barLabelFonts(story, slotWidth), [story, slotWidth]);
  const segments = useMemo(
    () => stackSegments(story.components.map((component) => component.probability), layout.floor, layout.oneLine),
    [story, layout],
  );
  const baseline = layout.scoreBaseline + (layout.floor - layout.scoreBaseline) * progress.exponentiate;
  // The stacked column builds from the floor up as `total` runs.
  const stackTop = layout.floor + (layout.oneLine - layout.floor) * progress.total;

  return (
    <div style={{ position: 'absolute', left: 0, top: 0, width, height, fontFamily: FONT_FAMILY }}>
      <svg width={width} height={height} style={{ position: 'absolute', left: 0, top: 0 }}>
        {/* Reference line at probability 1 */}
        <g opacity={progress.total}>
          <line
            x1={layout.plot.left - 10}
            x2={layout.stackLeft + layout.barWidth + 10}
            y1={layout.oneLine}
            y2={layout.oneLine}
            stroke={COLORS.reference}
            strokeWidth={3}
            strokeDasharray="14 10"
          />
        </g>
        {/* The baseline goes under the bars, so a bar only a pixel or two tall still shows. */}
        <line
          x1={layout.plot.left - 10}
          x2={layout.barLefts[layout.barLefts.length - 1]! + layout.barWidth + 10}
          y1={baseline}
          y2={baseline}
          stroke={COLORS.axis}
          strokeWidth={3}
          opacity={progress.appear}
        />
        {story.components.map((component, index) => {
          const extent = currentExtent(layout, index, progress);
          return (
            <rect
              key={index}
              x={layout.barLefts[index]}
              y={extent.top}
              width={layout.barWidth}
              height={extent.bottom - extent.top}
              fill={componentColor(index)}
              rx={4}
            />
          );
        })}
        {segments.map((segment, index) => {
          const top = Math.max(segment.top, stackTop);
          const bottom = Math.max(segment.bottom, stackTop);
          return (
            <rect
              key={index}
              x={layout.stackLeft}
              y={top}
              width={layout.barWidth}
              height={bottom - top}
              fill={componentColor(index)}
              opacity={Math.min(1, progress.total * 3)}
            />
          );
        })}
      </svg>

      {/* Value labels: the score, e^{z_i} and p_i labels cross-fade as the bar changes. */}
      {story.components.map((component, index) => {
        const extent = currentExtent(layout, index, progress);
        const left = layout.barLefts[index]! + layout.barWidth / 2;
        const scoreBelow = component.score < 0 && progress.exponentiate < 1;
        const expLines = fonts.stackExponentials ? stackedLabelLines(component.expLabel) : 1;
        // Each label sits LABEL_GAP above its bar's top; a negative score's label hangs
        // below its bar, then moves on top as the bar flips up.
        const above = (fontSize: number, lines: number) => extent.top - LABEL_GAP - fontSize * LINE_HEIGHT * lines;
        const belowY = extent.bottom + LABEL_GAP;
        const scoreY = scoreBelow ? belowY + (above(fonts.scores, 1) - belowY) * progress.exponentiate : above(fonts.scores, 1);
        const layers: { key: string; opacity: number; y: number; fontSize: number; lines: number; content: React.ReactNode }[] = [
          {
            key: 'score',
            opacity: progress.appear * (1 - progress.exponentiate),
            y: scoreY,
            fontSize: fonts.scores,
            lines: 1,
            content: component.scoreText,
          },
          {
            key: 'exp',
            opacity: progress.exponentiate * (1 - progress.normalise),
            y: above(fonts.exponentials, expLines),
            fontSize: fonts.exponentials,
            lines: expLines,
            content: <ValueLabel label={component.expLabel} stacked={fonts.stackExponentials} />,
          },
          {
            key: 'probability',
            opacity: progress.normalise,
            y: above(fonts.probabilities, 1),
            fontSize: fonts.probabilities,
            lines: 1,
            content: component.probabilityText,
          },
        ];
        return layers
          .filter((layer) => layer.opacity > 0)
          .map((layer) => (
            <div
              key={`${index}-${layer.key}`}
              data-label={`bar-${index}-${layer.key}`}
              style={{
                position: 'absolute',
                left: left - slotWidth / 2,
                width: slotWidth,
                top: layer.y,
                height: layer.fontSize * LINE_HEIGHT * layer.lines,
                lineHeight: `${layer.fontSize * LINE_HEIGHT}px`,
                textAlign: 'center',
                fontSize: layer.fontSize,
                fontWeight: 600,
                color: componentColor(index),
                opacity: layer.opacity,
                whiteSpace: 'nowrap',
              }}
            >
              {layer.content}
            </div>
          ));
      })}

      {/* Index labels under the bars, and the column's label. */}
      {story.components.map((component, index) => (
        <div
          key={`index-${component.index}`}
          style={{
            position: 'absolute',
            left: layout.barLefts[index]! + layout.barWidth / 2 - slotWidth / 2,
            width: slotWidth,
            top: layout.floor + 18,
            textAlign: 'center',
            fontSize: FONT_SIZES.label,
            color: COLORS.muted,
            opacity: progress.appear,
          }}
        >
          <Tex tex={`z_{${index + 1}}`} />
        </div>
      ))}
      <div
        style={{
          position: 'absolute',
          left: layout.stackLeft + layout.barWidth / 2 - slotWidth,
          width: slotWidth * 2,
          top: layout.floor + 18,
          textAlign: 'center',
          fontSize: FONT_SIZES.label,
          color: COLORS.muted,
          opacity: progress.total,
        }}
      >
        <Tex tex="\textstyle\sum_i p_i" />
      </div>
      <div
        style={{
          position: 'absolute',
          left: layout.stackLeft + layout.barWidth + 16,
          top: layout.oneLine - FONT_SIZES.label * 0.6,
          fontSize: FONT_SIZES.label,
          fontWeight: 700,
          color: COLORS.reference,
          opacity: progress.total,
        }}
      >
        1
      </div>
    </div>
  );
};
