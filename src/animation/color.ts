// Colour blending for highlights that fade in and out.

const parseHex = (hex: string): [number, number, number] => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) {
    throw new RangeError(`mixColor: "${hex}" is not a colour of the form #rrggbb`);
  }
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
};

/** Blend two #rrggbb colours by t in [0, 1] (0 gives `from`), as an rgb() string. */
export const mixColor = (from: string, to: string, t: number): string => {
  const a = parseHex(from);
  const b = parseHex(to);
  const channel = (i: 0 | 1 | 2) => Math.round(a[i] + (b[i] - a[i]) * t);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
};

/** Returns a #rrggbb colour at an alpha in [0, 1] as an rgba() string. */
export const withAlpha = (hex: string, alpha: number): string => {
  const [r, g, b] = parseHex(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
};
