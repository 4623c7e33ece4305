import React from 'react';
import { type BarChartLayout, type BarExtent, mixExtent, stackSegments } from '../geometry';
import type { VectorStory } from '../story';
import { COLORS, FONT_FAMILY, FONT_SIZES, componentColor } from '../theme';
import { Tex } from './Tex';
import { ValueLabel, labelLength } from './ValueLabel';

/** Where the chart is in its story, each value a progress from 0 to 1. */
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

/** Font size that fits the widest label of every stage into one bar slot. */
export const barLabelFontSize = (story: VectorStory, slotWidth: number): number => {
  const widest = Math.max(
    ...story.components.flatMap((component) => [
      component.scoreText.length,
      labelLength(component.expLabel),
      component.probabilityText.length,
    ]),
  );
  // 0.6 em is about the advance of a digit in Inter at weight 600.
  const fitting = (slotWidth * 0.96) / (widest * 0.6);
  return Math.max(16, Math.min(FONT_SIZES.label, Math.floor(fitting)));
};

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
 * The 2-D example's chart: one bar per score with its value label, the baseline, the
 * dashed line at probability 1 and the stacked column of the probabilities.
 */
export const BarChart: React.FC<BarChartProps> = ({ story, layout, progress, width, height }) => {
  const slotWidth = layout.plot.width / (story.components.length + 1.6);
  const fontSize = barLabelFontSize(story, slotWidth);
  const baseline = layout.scoreBaseline + (layout.floor - layout.scoreBaseline) * progress.exponentiate;
  const segments = stackSegments(
    story.components.map((component) => component.probability),
    layout.floor,
    layout.oneLine,
  );
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
        <line
          x1={layout.plot.left - 10}
          x2={layout.barLefts[layout.barLefts.length - 1]! + layout.barWidth + 10}
          y1={baseline}
          y2={baseline}
          stroke={COLORS.axis}
          strokeWidth={3}
          opacity={progress.appear}
        />
      </svg>

      {/* Value labels: the score, e^{z_i} and p_i labels cross-fade as the bar changes. */}
      {story.components.map((component, index) => {
        const extent = currentExtent(layout, index, progress);
        const left = layout.barLefts[index]! + layout.barWidth / 2;
        const scoreBelow = component.score < 0 && progress.exponentiate < 1;
        const aboveY = extent.top - LABEL_GAP - fontSize;
        const belowY = extent.bottom + LABEL_GAP;
        // A negative score's label hangs below its bar, then moves on top as the bar flips up.
        const scoreY = scoreBelow ? belowY + (aboveY - belowY) * progress.exponentiate : aboveY;
        const layers: { key: string; opacity: number; y: number; content: React.ReactNode }[] = [
          {
            key: 'score',
            opacity: progress.appear * (1 - progress.exponentiate),
            y: scoreY,
            content: component.scoreText,
          },
          {
            key: 'exp',
            opacity: progress.exponentiate * (1 - progress.normalise),
            y: aboveY,
            content: <ValueLabel label={component.expLabel} />,
          },
          { key: 'probability', opacity: progress.normalise, y: aboveY, content: component.probabilityText },
        ];
        return layers
          .filter((layer) => layer.opacity > 0)
          .map((layer) => (
            <div
              key={`${index}-${layer.key}`}
              style={{
                position: 'absolute',
                left: left - slotWidth / 2,
                width: slotWidth,
                top: layer.y,
                height: fontSize * 1.2,
                lineHeight: `${fontSize * 1.2}px`,
                textAlign: 'center',
                fontSize,
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
