import React from 'react';
import { type VectorStory, formatTotal } from '../story';
import { COLORS, FONT_FAMILY, FONT_SIZES, componentColor } from '../theme';
import { Arrow } from './Arrow';
import { Tex } from './Tex';
import { ValueLabel, labelLength } from './ValueLabel';

/** Progress of the step table's animation, each value from 0 to 1. */
export type StepProgress = {
  /** The scores column and the headers fade in. */
  readonly appear: number;
  /** The exponentiation arrows grow and the e^{z_i} column fades in. */
  readonly exponentiate: number;
  /** The normalisation arrows grow and the p_i column fades in. */
  readonly normalise: number;
  /** The two sums fade in. */
  readonly total: number;
};

type StepTableProps = {
  readonly story: VectorStory;
  readonly progress: StepProgress;
  readonly width: number;
  readonly height: number;
};

// Column shares of the table's width: scores, arrow, exponentials, arrow, probabilities.
const COLUMN_SHARES = [0.2, 0.15, 0.3, 0.15, 0.2] as const;

/**
 * Draws the step-by-step numbers for one score vector as a table: z_i → e^{z_i} → p_i
 * per row, with an exponentiation arrow and a normalisation arrow (÷ Σ) between the
 * columns, and the two sums below.
 */
export const StepTable: React.FC<StepTableProps> = ({ story, progress, width, height }) => {
  const rows = story.components.length;
  const columnLefts: number[] = [];
  let left = 0;
  for (const share of COLUMN_SHARES) {
    columnLefts.push(left);
    left += share * width;
  }
  const columnWidth = (index: number) => COLUMN_SHARES[index as 0 | 1 | 2 | 3 | 4] * width;

  // Rows share the height left after the header and the sums. The font follows the
  // row height and the widest label, so six rows or long labels still fit.
  const headerHeight = 90;
  const footerHeight = 150;
  const rowHeight = Math.min(86, (height - headerHeight - footerHeight) / rows);
  const widestExp = Math.max(labelLength(story.sumLabel), ...story.components.map((c) => labelLength(c.expLabel)));
  const widestScore = Math.max(...story.components.map((c) => c.scoreText.length));
  const fontSize = Math.floor(
    Math.min(
      FONT_SIZES.body,
      rowHeight * 0.5,
      (columnWidth(2) * 0.95) / (widestExp * 0.6),
      (columnWidth(0) * 0.95) / (widestScore * 0.6),
    ),
  );
  const rowTop = (row: number) => headerHeight + row * rowHeight;
  const footerTop = headerHeight + rows * rowHeight + 24;

  const cell = (column: number, top: number, content: React.ReactNode, color: string, opacity: number, key: string) => (
    <div
      key={key}
      style={{
        position: 'absolute',
        left: columnLefts[column],
        width: columnWidth(column),
        top,
        height: rowHeight,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        whiteSpace: 'nowrap',
        fontSize,
        fontWeight: 600,
        color,
        opacity,
      }}
    >
      {content}
    </div>
  );

  const headerStyle = (column: number, opacity: number): React.CSSProperties => ({
    position: 'absolute',
    left: columnLefts[column],
    width: columnWidth(column),
    top: 0,
    height: headerHeight - 20,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'flex-end',
    fontSize: FONT_SIZES.body,
    color: COLORS.text,
    opacity,
  });

  // The two sums sit under the table, right-aligned with the probability column.
  const sumStyle: React.CSSProperties = {
    position: 'absolute',
    left: 0,
    width: width - columnWidth(4) * 0.1,
    display: 'flex',
    justifyContent: 'flex-end',
    alignItems: 'baseline',
    gap: 14,
    fontSize,
    opacity: progress.total,
    whiteSpace: 'nowrap',
  };

  const arrowLabelStyle = (column: number, opacity: number): React.CSSProperties => ({
    ...headerStyle(column, opacity),
    fontSize: FONT_SIZES.tick,
    color: COLORS.muted,
  });

  return (
    <div style={{ position: 'absolute', left: 0, top: 0, width, height, fontFamily: FONT_FAMILY }}>
      <div style={headerStyle(0, progress.appear)}>
        <Tex tex="z_i" />
      </div>
      <div style={arrowLabelStyle(1, progress.exponentiate)}>exponentiate</div>
      <div style={headerStyle(2, progress.exponentiate)}>
        <Tex tex="e^{z_i}" />
      </div>
      <div style={arrowLabelStyle(3, progress.normalise)}>normalise</div>
      <div style={headerStyle(4, progress.normalise)}>
        <Tex tex="p_i" />
      </div>

      <svg width={width} height={height} style={{ position: 'absolute', left: 0, top: 0 }}>
        <line x1={0} x2={width} y1={headerHeight - 8} y2={headerHeight - 8} stroke={COLORS.grid} strokeWidth={2} opacity={progress.appear} />
        {story.components.map((component, row) => {
          const y = rowTop(row) + rowHeight / 2;
          const color = componentColor(row);
          return (
            <g key={component.index}>
              <Arrow
                from={{ x: columnLefts[1]! + 8, y }}
                to={{ x: columnLefts[2]! - 4, y }}
                color={color}
                progress={progress.exponentiate}
                strokeWidth={3}
                headSize={13}
              />
              <Arrow
                from={{ x: columnLefts[3]! + 8, y }}
                to={{ x: columnLefts[4]! - 4, y }}
                color={color}
                progress={progress.normalise}
                strokeWidth={3}
                headSize={13}
              />
            </g>
          );
        })}
        <line x1={0} x2={width} y1={footerTop - 12} y2={footerTop - 12} stroke={COLORS.grid} strokeWidth={2} opacity={progress.total} />
      </svg>

      {story.components.map((component, row) => {
        const color = componentColor(row);
        const top = rowTop(row);
        return [
          cell(0, top, component.scoreText, color, progress.appear, `score-${row}`),
          cell(2, top, <ValueLabel label={component.expLabel} />, color, progress.exponentiate, `exp-${row}`),
          cell(4, top, component.probabilityText, color, progress.normalise, `p-${row}`),
        ];
      })}

      <div style={{ ...sumStyle, top: footerTop, color: COLORS.text }}>
        <Tex tex="\textstyle\sum_j e^{z_j} \approx" />
        <span style={{ fontWeight: 600 }}>
          <ValueLabel label={story.sumLabel} />
        </span>
      </div>
      <div style={{ ...sumStyle, top: footerTop + fontSize * 1.9, color: COLORS.reference }}>
        <Tex tex="\textstyle\sum_i p_i =" />
        <span style={{ fontWeight: 700 }}>{formatTotal(story)}</span>
      </div>
    </div>
  );
};
