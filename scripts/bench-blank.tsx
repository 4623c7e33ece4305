// Entry point of the benchmark's blank composition. It is a separate entry point so that
// Studio and `npx remotion render` (which use src/index.ts) never list it.

import React from 'react';
import { AbsoluteFill, Composition, registerRoot } from 'remotion';
import { COLORS } from '../src/theme';
import { DURATION_IN_FRAMES, FPS, HEIGHT, WIDTH } from '../src/timeline';

/** An empty frame in the video's background colour: the cost of capture alone. */
const Blank: React.FC = () => <AbsoluteFill style={{ backgroundColor: COLORS.background }} />;

const BenchRoot: React.FC = () => (
  <Composition
    id="BenchBlank"
    component={Blank}
    durationInFrames={DURATION_IN_FRAMES}
    fps={FPS}
    width={WIDTH}
    height={HEIGHT}
  />
);

registerRoot(BenchRoot);
