import React from 'react';
import type { ScientificLabel } from '../story';

/** Size of the exponent relative to the label's font size. */
const EXPONENT_SCALE = 0.62;

const Exponent: React.FC<{ readonly text: string }> = ({ text }) => (
  <sup style={{ fontSize: `${EXPONENT_SCALE}em`, verticalAlign: '0.7em', lineHeight: 0 }}>{text}</sup>
);

/**
 * A number label for e^{z}: plain digits, or a mantissa times a power of ten. The label
 * is one inline box, so a flex container does not pull the exponent out as an item of
 * its own. `stacked` puts "× 10^n" on a second line under the mantissa, for narrow slots.
 */
export const ValueLabel: React.FC<{ readonly label: ScientificLabel; readonly stacked?: boolean }> = ({
  label,
  stacked = false,
}) => {
  if (label.kind === 'plain') {
    return <span style={{ whiteSpace: 'nowrap' }}>{label.text}</span>;
  }
  if (stacked) {
    return (
      <span style={{ display: 'inline-block', whiteSpace: 'nowrap', textAlign: 'center' }}>
        {label.mantissa}
        <br />
        {'× 10'}
        <Exponent text={label.exponent} />
      </span>
    );
  }
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {label.mantissa}
      {' × 10'}
      <Exponent text={label.exponent} />
    </span>
  );
};

/** Width of a label in characters, for layout estimates (a superscript character counts as 0.62). */
export const labelLength = (label: ScientificLabel): number =>
  label.kind === 'plain' ? label.text.length : label.mantissa.length + 5 + label.exponent.length * EXPONENT_SCALE;

/** Width in characters of the wider line of a stacked label; a plain label is one line. */
export const stackedLabelLength = (label: ScientificLabel): number =>
  label.kind === 'plain' ? label.text.length : Math.max(label.mantissa.length, 4 + label.exponent.length * EXPONENT_SCALE);

/** Number of lines of a label drawn with `stacked`. */
export const stackedLabelLines = (label: ScientificLabel): number => (label.kind === 'plain' ? 1 : 2);
