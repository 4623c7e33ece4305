import React from 'react';
import type { ScientificLabel } from '../story';

/** A number label for e^{z}: plain digits, or a mantissa times a power of ten. */
export const ValueLabel: React.FC<{ readonly label: ScientificLabel }> = ({ label }) => {
  if (label.kind === 'plain') {
    return <>{label.text}</>;
  }
  return (
    <>
      {label.mantissa}
      {' × 10'}
      <sup style={{ fontSize: '0.62em', verticalAlign: '0.7em', lineHeight: 0 }}>{label.exponent}</sup>
    </>
  );
};

/** Width of a label in characters, for layout estimates (a superscript counts as 0.6). */
export const labelLength = (label: ScientificLabel): number =>
  label.kind === 'plain' ? label.text.length : label.mantissa.length + 5 + label.exponent.length * 0.6;
