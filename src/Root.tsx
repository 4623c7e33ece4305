import React from 'react';
import { Composition, getInputProps } from 'remotion';
import { SoftmaxExplainer } from './SoftmaxExplainer';
import { DEFAULT_PROPS, assertPropsObject, parseProps, softmaxExplainerSchema } from './props';
import { DURATION_IN_FRAMES, FPS, HEIGHT, WIDTH } from './timeline';

export const COMPOSITION_ID = 'SoftmaxExplainer';

export const RemotionRoot: React.FC = () => (
  <Composition
    id={COMPOSITION_ID}
    component={SoftmaxExplainer}
    schema={softmaxExplainerSchema}
    defaultProps={DEFAULT_PROPS}
    durationInFrames={DURATION_IN_FRAMES}
    fps={FPS}
    width={WIDTH}
    height={HEIGHT}
    // Remotion does not check --props against the schema, so the props are checked
    // here, before the first frame: a bad value stops the render with a clear error.
    // getInputProps() is the raw --props, before Remotion spreads it over the defaults.
    calculateMetadata={({ props, isRendering }) => {
      if (isRendering) {
        assertPropsObject(getInputProps());
      }
      return { props: parseProps(props) };
    }}
  />
);
