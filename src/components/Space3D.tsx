import { useThree } from '@react-three/fiber';
import { ThreeCanvas } from '@remotion/three';
import React, { useLayoutEffect } from 'react';
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { type CameraPose, SPACE, type Vec3, fitFontSize, floorGridSegments, pointPosition, project } from '../geometry';
import type { VectorStory } from '../story';
import { COLORS, FONT_FAMILY, FONT_SIZES, componentColor } from '../theme';
import { ValueLabel, stackedLabelLength } from './ValueLabel';

/** Progress of the 3-D example's animation, each value from 0 to 1. */
export type Space3DProgress = {
  /** The points fade in on the floor. */
  readonly appear: number;
  /** The points rise to heights proportional to e^{z_i}. */
  readonly exponentiate: number;
  /** The points sink to p_i times the height of 1. */
  readonly normalise: number;
  /** The stacked column and the level of 1 appear. */
  readonly total: number;
};

/** Heights of the points in world units for a progress state. */
export const pointHeights = (story: VectorStory, progress: Space3DProgress): number[] =>
  story.components.map((component) => {
    const exponentialHeight = component.relativeExp * SPACE.heightOfOne;
    const probabilityHeight = component.probability * SPACE.heightOfOne;
    const risen = exponentialHeight * progress.exponentiate;
    return risen + (probabilityHeight - risen) * progress.normalise;
  });

const AXIS_RADIUS = 0.018;
const STEM_RADIUS = 0.03;
const POINT_RADIUS = 0.15;
const MIN_LABEL_SIZE = 16; // pixels; point labels never get smaller than this
const MIN_PREFIXED_LABEL_SIZE = 22; // pixels; below this a score label drops its "z_i =" prefix
const STACK_WIDTH = 0.24; // side of the stacked column's square cross-section, in world units
// Sides of a rod. Without a GPU, WebGL runs in software (SwiftShader with 4× antialiasing),
// where long rods were the most expensive shapes in the scene. Rods are at most 9 pixels
// wide on screen, so 8 sides look as round as 16 (docs/benchmarks.md).
const ROD_SIDES = 8;

/**
 * Builds the floor grid once, as WebGL lines one pixel wide: in software they cost far
 * less to draw than thin cylinders would, and look the same at this width.
 */
const FLOOR_GRID = (() => {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(floorGridSegments().flat(2), 3));
  return geometry;
})();

const CameraRig: React.FC<{ readonly pose: CameraPose }> = ({ pose }) => {
  const camera = useThree((state) => state.camera);
  // A layout effect runs before @remotion/three draws the frame in its passive effect.
  useLayoutEffect(() => {
    camera.position.set(...pose.position);
    camera.lookAt(...pose.target);
    camera.updateProjectionMatrix();
  }, [camera, pose]);
  return null;
};

/** A cylinder between two points on a vertical or axis-aligned line, as a scaled unit cylinder. */
const Rod: React.FC<{
  readonly from: Vec3;
  readonly axis: 'x' | 'y' | 'z';
  readonly length: number;
  readonly radius: number;
  readonly color: string;
  readonly opacity?: number;
}> = ({ from, axis, length, radius, color, opacity = 1 }) => {
  const half = length / 2;
  const position: Vec3 =
    axis === 'x' ? [from[0] + half, from[1], from[2]] : axis === 'y' ? [from[0], from[1] + half, from[2]] : [from[0], from[1], from[2] + half];
  const rotation: Vec3 = axis === 'x' ? [0, 0, -Math.PI / 2] : axis === 'z' ? [Math.PI / 2, 0, 0] : [0, 0, 0];
  return (
    <mesh position={position} rotation={rotation} scale={[radius, Math.max(length, 1e-4), radius]} visible={length > 1e-4}>
      <cylinderGeometry args={[1, 1, 1, ROD_SIDES]} />
      <meshLambertMaterial color={color} transparent={opacity < 1} opacity={opacity} />
    </mesh>
  );
};

type Space3DProps = {
  readonly story: VectorStory;
  readonly progress: Space3DProgress;
  readonly camera: CameraPose;
  readonly width: number;
  readonly height: number;
};

/**
 * Draws the 3-D example: three labelled axes, a floor grid, one point per score on a
 * stem, and a stacked column that shows the heights adding up to 1. Labels are HTML
 * placed at the projected positions of the 3-D points, so they stay sharp.
 */
export const Space3D: React.FC<Space3DProps> = ({ story, progress, camera, width, height }) => {
  const heights = pointHeights(story, progress);
  const viewport = { width, height };
  const at = (point: Vec3) => project(point, camera, viewport);
  const { axisLength, heightOfOne, stack } = SPACE;

  let stackBase = 0;
  const segments = story.components.map((component) => {
    const segment = { from: stackBase, length: component.probability * heightOfOne * progress.total };
    stackBase += segment.length;
    return segment;
  });

  // Labels of neighbouring points must not overlap, so each kind of label gets the
  // largest font size at which its widest text fits the on-screen gap between points.
  const floorXs = story.components.map((_, index) => at(pointPosition(index, 0)).x);
  const gap = Math.min(...floorXs.slice(1).map((x, index) => Math.abs(x - floorXs[index]!))) * 0.92;
  const widest = (lengths: number[]) => Math.max(...lengths);
  const scoreChars = widest(story.components.map((component) => component.scoreText.length));
  // "z₁ = " adds about 4.5 characters; it is dropped when the label would get too small.
  const scorePrefix = fitFontSize(gap, scoreChars + 4.5, FONT_SIZES.label, 0) >= MIN_PREFIXED_LABEL_SIZE;
  const labelSizes = {
    scorePrefix,
    score: fitFontSize(gap, scoreChars + (scorePrefix ? 4.5 : 0), FONT_SIZES.label, MIN_LABEL_SIZE),
    exp: fitFontSize(gap, widest(story.components.map((component) => stackedLabelLength(component.expLabel))), FONT_SIZES.label, MIN_LABEL_SIZE),
    probability: fitFontSize(gap, widest(story.components.map((component) => component.probabilityText.length)), FONT_SIZES.label, MIN_LABEL_SIZE),
  };

  const labelStyle: React.CSSProperties = {
    position: 'absolute',
    transform: 'translate(-50%, -100%)',
    whiteSpace: 'nowrap',
    fontFamily: FONT_FAMILY,
    fontWeight: 600,
    fontSize: FONT_SIZES.label,
  };

  const axisLabels: { text: string; position: Vec3 }[] = [
    { text: 'x', position: [axisLength.x + 0.3, 0, 0] },
    { text: 'y (height)', position: [0, axisLength.y + 0.35, 0] },
    { text: 'z', position: [0, 0, axisLength.z + 0.35] },
  ];

  return (
    <div style={{ position: 'absolute', left: 0, top: 0, width, height }}>
      <ThreeCanvas width={width} height={height} camera={{ fov: camera.fovDegrees, near: 0.1, far: 100 }}>
        <CameraRig pose={camera} />
        {/* Meshes use Lambert shading: matte, as three.js's standard material looks at full
            roughness, and cheaper per pixel when WebGL runs in software. */}
        <ambientLight intensity={1.1} />
        <directionalLight position={[4, 8, 6]} intensity={1.6} />
        <lineSegments geometry={FLOOR_GRID}>
          <lineBasicMaterial color={COLORS.grid} />
        </lineSegments>
        <Rod from={[0, 0, 0]} axis="x" length={axisLength.x} radius={AXIS_RADIUS} color={COLORS.axis} />
        <Rod from={[0, 0, 0]} axis="y" length={axisLength.y} radius={AXIS_RADIUS} color={COLORS.axis} />
        <Rod from={[0, 0, 0]} axis="z" length={axisLength.z} radius={AXIS_RADIUS} color={COLORS.axis} />
        {/* The level of 1: a line from the height axis to the stacked column. Until it
            fades in it is not drawn at all, since even a transparent rod costs time. */}
        {progress.total > 0 ? (
          <Rod
            from={[0, heightOfOne, stack.z]}
            axis="x"
            length={stack.x + 0.3}
            radius={0.014}
            color={COLORS.reference}
            opacity={progress.total}
          />
        ) : null}
        {story.components.map((component, index) => {
          const base = pointPosition(index, 0);
          const height = heights[index] ?? 0;
          const color = componentColor(index);
          return (
            <group key={component.index}>
              <mesh position={[base[0], 0.002, base[2]]} rotation={[-Math.PI / 2, 0, 0]}>
                <circleGeometry args={[POINT_RADIUS * 1.3, 32]} />
                <meshBasicMaterial color={color} transparent opacity={0.35 * progress.appear} />
              </mesh>
              <Rod from={base} axis="y" length={height} radius={STEM_RADIUS} color={color} opacity={0.85} />
              <mesh position={pointPosition(index, height)} scale={Math.max(0.001, progress.appear)}>
                <sphereGeometry args={[POINT_RADIUS, 32, 16]} />
                <meshLambertMaterial color={color} />
              </mesh>
            </group>
          );
        })}
        {segments.map((segment, index) => (
          <mesh
            key={`stack${index}`}
            position={[stack.x, segment.from + segment.length / 2, stack.z]}
            scale={[STACK_WIDTH, Math.max(segment.length, 1e-4), STACK_WIDTH]}
            visible={segment.length > 1e-4}
          >
            <boxGeometry args={[1, 1, 1]} />
            <meshLambertMaterial color={componentColor(index)} />
          </mesh>
        ))}
      </ThreeCanvas>

      {axisLabels.map((label) => {
        const point = at(label.position);
        return (
          <div key={label.text} style={{ ...labelStyle, left: point.x, top: point.y, color: COLORS.muted, fontWeight: 400 }}>
            {label.text}
          </div>
        );
      })}
      {(() => {
        // The label sits at the start of the level line, beside the height axis.
        const one = at([0, heightOfOne, stack.z]);
        return (
          <div
            style={{ ...labelStyle, left: one.x - 24, top: one.y + FONT_SIZES.label * 0.6, color: COLORS.reference, opacity: progress.total }}
          >
            1
          </div>
        );
      })()}
      {story.components.map((component, index) => {
        const point = at(pointPosition(index, (heights[index] ?? 0) + POINT_RADIUS + 0.08));
        const color = componentColor(index);
        const layers: { key: string; opacity: number; fontSize: number; content: React.ReactNode }[] = [
          {
            key: 'score',
            opacity: progress.appear * (1 - progress.exponentiate),
            fontSize: labelSizes.score,
            content: labelSizes.scorePrefix ? (
              <>
                z<sub style={{ fontSize: '0.65em' }}>{index + 1}</sub> = {component.scoreText}
              </>
            ) : (
              component.scoreText
            ),
          },
          {
            key: 'exp',
            opacity: progress.exponentiate * (1 - progress.normalise),
            fontSize: labelSizes.exp,
            content: <ValueLabel label={component.expLabel} stacked />,
          },
          {
            key: 'probability',
            opacity: progress.normalise,
            fontSize: labelSizes.probability,
            content: component.probabilityText,
          },
        ];
        return layers
          .filter((layer) => layer.opacity > 0)
          .map((layer) => (
            <div
              key={`${index}-${layer.key}`}
              style={{
                ...labelStyle,
                left: point.x,
                top: point.y,
                fontSize: layer.fontSize,
                lineHeight: 1.1,
                textAlign: 'center',
                color,
                opacity: layer.opacity,
              }}
            >
              {layer.content}
            </div>
          ));
      })}
    </div>
  );
};
