import React from 'react';
import type { NumberLineLayout } from '../geometry';
import { formatTick } from '../story';
import { COLORS, FONT_FAMILY, FONT_SIZES, componentColor } from '../theme';

type NumberLineProps = {
  readonly layout: NumberLineLayout;
  /** Value text for each point; the label reads "z_i = value". */
  readonly values: readonly string[];
  /** 0 → 1: the line and its ticks draw from left to right. */
  readonly lineProgress: number;
  /** 0 → 1 for each point: it fades in and scales up to full size. */
  readonly pointProgress: readonly number[];
  readonly width: number;
  readonly height: number;
};

const ROW_HEIGHT = 48; // vertical distance between two rows of point labels
const POINT_RADIUS = 14;
const LABEL_HALO_WIDTH = 10; // stroke width of the background-coloured outline behind label text

/** Baseline y of a point label in row `row` (row 0 is nearest the line). */
const labelYOf = (layout: NumberLineLayout, row: number): number => layout.y - 44 - row * ROW_HEIGHT;

/** Draws a horizontal number line with ticks and one labelled, coloured point per score. */
export const NumberLine: React.FC<NumberLineProps> = ({ layout, values, lineProgress, pointProgress, width, height }) => {
  const lineEnd = layout.x0 + (layout.x1 - layout.x0) * lineProgress;
  return (
    <svg width={width} height={height} style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible' }}>
      <line x1={layout.x0} y1={layout.y} x2={lineEnd} y2={layout.y} stroke={COLORS.axis} strokeWidth={4} strokeLinecap="round" />
      {layout.ticks.map((tick) => {
        // Each tick fades in over the 40 px before the line reaches it, so the last
        // tick is whole when the line is, and all ticks fade with the line's first 40 px.
        const approach = Math.min(1, Math.max(0, (lineEnd - tick.x + 40) / 40));
        const start = Math.min(1, (lineEnd - layout.x0) / 40);
        const opacity = approach * start;
        return (
          <g key={tick.value} opacity={opacity}>
            <line x1={tick.x} y1={layout.y - 12} x2={tick.x} y2={layout.y + 12} stroke={COLORS.axis} strokeWidth={3} />
            <text
              x={tick.x}
              y={layout.y + 50}
              textAnchor="middle"
              fill={COLORS.muted}
              fontFamily={FONT_FAMILY}
              fontSize={FONT_SIZES.tick}
            >
              {formatTick(tick.value, layout.tickStep)}
            </text>
          </g>
        );
      })}
      {/* Leader lines and points first, then every label over them: a label's halo in the
          background colour hides any leader line that passes behind it. */}
      {layout.points.map((point, index) => {
        const t = pointProgress[index] ?? 0;
        const color = componentColor(index);
        return (
          <g key={`point-${index}`} opacity={t}>
            <line
              x1={point.x}
              y1={layout.y - POINT_RADIUS}
              x2={point.x}
              y2={labelYOf(layout, point.labelRow) + 10}
              stroke={color}
              strokeWidth={2}
              opacity={point.labelRow > 0 ? 0.6 : 0}
            />
            <circle cx={point.x} cy={layout.y} r={POINT_RADIUS * (0.4 + 0.6 * t)} fill={color} />
          </g>
        );
      })}
      {layout.points.map((point, index) => (
        <text
          key={`label-${index}`}
          opacity={pointProgress[index] ?? 0}
          x={point.x}
          y={labelYOf(layout, point.labelRow)}
          textAnchor="middle"
          fill={componentColor(index)}
          stroke={COLORS.background}
          strokeWidth={LABEL_HALO_WIDTH}
          strokeLinejoin="round"
          paintOrder="stroke"
          fontFamily={FONT_FAMILY}
          fontWeight={600}
          fontSize={FONT_SIZES.label}
        >
          z
          <tspan fontSize={FONT_SIZES.label * 0.65} dy={8}>
            {index + 1}
          </tspan>
          <tspan dy={-8}>{` = ${values[index] ?? ''}`}</tspan>
        </text>
      ))}
    </svg>
  );
};
