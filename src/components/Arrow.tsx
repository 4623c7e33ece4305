import React from 'react';

type ArrowProps = {
  readonly from: { x: number; y: number };
  readonly to: { x: number; y: number };
  readonly color: string;
  /** How much of the arrow is drawn, from 0 (nothing) to 1 (whole, with its head). */
  readonly progress: number;
  readonly strokeWidth?: number;
  readonly headSize?: number;
};

/**
 * Draws a straight arrow into an SVG that covers its parent. It grows from `from`
 * towards `to`, and the head fades in over the last fifth of the growth so it never pops.
 */
export const Arrow: React.FC<ArrowProps> = ({ from, to, color, progress, strokeWidth = 4, headSize = 16 }) => {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0 || progress <= 0) {
    return null;
  }
  const ux = dx / length;
  const uy = dy / length;
  const tipX = from.x + dx * progress;
  const tipY = from.y + dy * progress;
  const headOpacity = Math.min(1, Math.max(0, (progress - 0.8) / 0.2));
  // As the head fades in, the shaft pulls back to its base so the line does not poke
  // through the tip. Both change continuously, so nothing jumps between frames.
  const shaftEndX = tipX - ux * headSize * 0.8 * headOpacity;
  const shaftEndY = tipY - uy * headSize * 0.8 * headOpacity;
  const left = { x: tipX - ux * headSize - uy * headSize * 0.55, y: tipY - uy * headSize + ux * headSize * 0.55 };
  const right = { x: tipX - ux * headSize + uy * headSize * 0.55, y: tipY - uy * headSize - ux * headSize * 0.55 };
  return (
    <g>
      <line
        x1={from.x}
        y1={from.y}
        x2={shaftEndX}
        y2={shaftEndY}
        stroke={color}
        strokeWidth={strokeWidth}
        strokeLinecap="round"
      />
      <polygon
        points={`${tipX},${tipY} ${left.x},${left.y} ${right.x},${right.y}`}
        fill={color}
        opacity={headOpacity}
      />
    </g>
  );
};
