import React from 'react';
import { AREAS, COLORS, FONT_FAMILY, FONT_SIZES } from '../theme';

/** The title in the top area, drawn at `opacity` and moved down by `lift` pixels. */
export const Title: React.FC<{ readonly text: string; readonly opacity: number; readonly lift: number }> = ({
  text,
  opacity,
  lift,
}) => (
  <div
    style={{
      position: 'absolute',
      left: AREAS.top.left,
      top: AREAS.top.top,
      width: AREAS.top.width,
      height: AREAS.top.height,
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      fontFamily: FONT_FAMILY,
      fontWeight: 700,
      fontSize: FONT_SIZES.title,
      letterSpacing: '-0.01em',
      color: COLORS.text,
      opacity,
      transform: `translateY(${lift}px)`,
    }}
  >
    {text}
  </div>
);
