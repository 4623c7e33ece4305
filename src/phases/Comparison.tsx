import React from 'react';
import { useCurrentFrame } from 'remotion';
import { easeOutCubic, progress } from '../animation';
import { Arrow } from '../components/Arrow';
import { AreaBox, PhaseFrame } from '../components/PhaseFrame';
import { Tex } from '../components/Tex';
import { linearScale } from '../geometry';
import type { VectorStory } from '../story';
import { AREAS, COLORS, FONT_FAMILY, FONT_SIZES, componentColor } from '../theme';
import { COMPARISON, staggerBeat } from '../timeline';

/** Width of each of the two panels, in pixels. */
export const PANEL_WIDTH = 620;
/** Distance of each panel from its side of the middle band, in pixels. */
export const PANEL_MARGIN = 40;
const LABEL_WIDTH = 190; // room for the probability label beside each bar
const LABEL_GAP = 20; // pixels between a score label and the score bars
/** Average advance of a label character, in em (digits of Inter at weight 600). */
const CHARACTER_WIDTH_EM = 0.6;

/**
 * Width of the column of score labels "z_i = score": the longest label's estimated
 * width and a gap, at least LABEL_WIDTH and at most half the panel.
 */
export const scoreLabelWidth = (story: VectorStory): number => {
  // "z", the subscript and " = " take about four characters.
  const characters = 4 + Math.max(...story.components.map((component) => component.scoreText.length));
  const width = Math.ceil(characters * CHARACTER_WIDTH_EM * FONT_SIZES.label) + LABEL_GAP;
  return Math.max(LABEL_WIDTH, Math.min(PANEL_WIDTH / 2, width));
};
const BAR_HEIGHT = 44;
const HEADER_HEIGHT = 110;

/**
 * Comparison: the raw scores and their probabilities side by side, an arrow from each
 * score to its probability, one colour per component, and the largest emphasised.
 */
export const Comparison: React.FC<{ readonly story: VectorStory }> = ({ story }) => {
  const frame = useCurrentFrame();
  const band = AREAS.middle;
  const rows = story.components.length;
  const rowHeight = Math.min(130, (band.height - HEADER_HEIGHT - 60) / rows);
  const leftPanel = PANEL_MARGIN;
  const rightPanel = band.width - PANEL_WIDTH - PANEL_MARGIN;
  const barSpan = PANEL_WIDTH - LABEL_WIDTH;
  const scoreLabels = scoreLabelWidth(story);

  // Scores may be negative, so their bars diverge from a zero line inside the panel.
  const low = Math.min(0, ...story.scores);
  const high = Math.max(0, ...story.scores);
  const scoreX = linearScale(low === high ? [0, 1] : [low, high], [leftPanel + scoreLabels, leftPanel + PANEL_WIDTH]);
  const probabilityX = linearScale([0, 1], [rightPanel, rightPanel + barSpan]);

  const columns = progress(frame, COMPARISON.beats.columns);
  const emphasis = progress(frame, COMPARISON.beats.emphasis);
  const rowTop = (row: number) => HEADER_HEIGHT + row * rowHeight + (rowHeight - BAR_HEIGHT) / 2;

  const header = (left: number, tex: string, text: string) => (
    <div
      style={{
        position: 'absolute',
        left,
        width: PANEL_WIDTH,
        top: 10,
        fontSize: FONT_SIZES.heading,
        fontWeight: 700,
        color: COLORS.text,
        opacity: columns,
        display: 'flex',
        gap: 16,
        alignItems: 'baseline',
      }}
    >
      {text}
      <span style={{ color: COLORS.muted, fontWeight: 400 }}>
        <Tex tex={tex} />
      </span>
    </div>
  );

  return (
    <PhaseFrame durationInFrames={COMPARISON.durationInFrames}>
      <AreaBox box={band} style={{ fontFamily: FONT_FAMILY }}>
        {header(leftPanel, 'z_i', 'Scores')}
        {header(rightPanel, 'p_i', 'Probabilities')}
        <svg width={band.width} height={band.height} style={{ position: 'absolute', left: 0, top: 0 }}>
          <line
            x1={scoreX(0)}
            x2={scoreX(0)}
            y1={HEADER_HEIGHT - 10}
            y2={HEADER_HEIGHT + rows * rowHeight}
            stroke={COLORS.axis}
            strokeWidth={3}
            opacity={columns}
          />
          <line
            x1={probabilityX(0)}
            x2={probabilityX(0)}
            y1={HEADER_HEIGHT - 10}
            y2={HEADER_HEIGHT + rows * rowHeight}
            stroke={COLORS.axis}
            strokeWidth={3}
            opacity={columns}
          />
          <line
            x1={probabilityX(1)}
            x2={probabilityX(1)}
            y1={HEADER_HEIGHT - 10}
            y2={HEADER_HEIGHT + rows * rowHeight}
            stroke={COLORS.reference}
            strokeWidth={2}
            strokeDasharray="8 8"
            opacity={columns}
          />
          {story.components.map((component, row) => {
            const isMax = component.score === story.scores[story.maxIndex];
            const dim = isMax ? 1 : 1 - 0.55 * emphasis;
            const arrow = progress(frame, staggerBeat(COMPARISON.beats.arrows, rows, row), easeOutCubic);
            const y = rowTop(row) + BAR_HEIGHT / 2;
            const scoreStart = Math.min(scoreX(0), scoreX(component.score));
            const scoreEnd = Math.max(scoreX(0), scoreX(component.score));
            const color = componentColor(row);
            return (
              <g key={component.index} opacity={dim}>
                <rect x={scoreStart} y={rowTop(row)} width={(scoreEnd - scoreStart) * columns} height={BAR_HEIGHT} rx={4} fill={color} />
                <rect
                  x={probabilityX(0)}
                  y={rowTop(row)}
                  width={(probabilityX(component.probability) - probabilityX(0)) * arrow}
                  height={BAR_HEIGHT}
                  rx={4}
                  fill={color}
                />
                <Arrow
                  from={{ x: leftPanel + PANEL_WIDTH + 30, y }}
                  to={{ x: rightPanel - LABEL_WIDTH * 0.2 - 20, y }}
                  color={color}
                  progress={arrow}
                  strokeWidth={isMax ? 4 + 3 * emphasis : 4}
                />
                {isMax ? (
                  <rect
                    x={rightPanel - 12}
                    y={rowTop(row) - 12}
                    width={barSpan + LABEL_WIDTH + 12}
                    height={BAR_HEIGHT + 24}
                    rx={12}
                    fill="none"
                    stroke={COLORS.highlight}
                    strokeWidth={3}
                    opacity={emphasis}
                  />
                ) : null}
              </g>
            );
          })}
        </svg>
        {story.components.map((component, row) => {
          const isMax = component.score === story.scores[story.maxIndex];
          const dim = isMax ? 1 : 1 - 0.55 * emphasis;
          const arrow = progress(frame, staggerBeat(COMPARISON.beats.arrows, rows, row), easeOutCubic);
          const labelStyle: React.CSSProperties = {
            position: 'absolute',
            top: rowTop(row),
            height: BAR_HEIGHT,
            lineHeight: `${BAR_HEIGHT}px`,
            fontSize: FONT_SIZES.label,
            fontWeight: isMax ? 700 : 600,
            color: componentColor(row),
            whiteSpace: 'nowrap',
          };
          return (
            <React.Fragment key={component.index}>
              <div style={{ ...labelStyle, left: leftPanel, width: scoreLabels - LABEL_GAP, textAlign: 'right', opacity: columns * dim }}>
                z<sub style={{ fontSize: '0.65em' }}>{row + 1}</sub> = {component.scoreText}
              </div>
              <div style={{ ...labelStyle, left: probabilityX(1) + 16, width: LABEL_WIDTH, opacity: arrow * dim }}>
                {component.probabilityText}
              </div>
            </React.Fragment>
          );
        })}
        <div
          style={{
            position: 'absolute',
            left: 0,
            width: band.width,
            top: HEADER_HEIGHT + rows * rowHeight + 20,
            textAlign: 'center',
            fontSize: FONT_SIZES.body,
            color: COLORS.muted,
            opacity: emphasis,
          }}
        >
          The largest score takes a disproportionately large share.
        </div>
      </AreaBox>
    </PhaseFrame>
  );
};
