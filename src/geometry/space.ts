// Data → positions for the 3-D example, and the perspective projection that places
// HTML labels over the WebGL canvas. The projection follows three.js's
// PerspectiveCamera (vertical field of view, camera looking down its −z axis), so a
// label drawn at project(p) sits on the point that three.js draws at p.

export type Vec3 = readonly [number, number, number];

/** World units of the 3-D scene. The floor is the x–z plane; y points up. */
export const SPACE = {
  /** Height in world units of probability 1, and of the largest exponential. */
  heightOfOne: 2.6,
  /** Length of the x, y and z axes drawn from the origin. */
  axisLength: { x: 4.4, y: 3.4, z: 2.6 },
  /** x of each point, in index order; all points stand at z = pointDepth. */
  pointX: [1, 2, 3] as const,
  pointDepth: 1.2,
  /** x and z of the stacked column that shows the heights adding up to 1. */
  stack: { x: 4, z: 1.2 },
  /** Camera: the point it looks at, its distance, height above the target and field of view. */
  camera: {
    target: [2.1, 1.25, 0.9] as Vec3,
    distance: 7.4,
    elevation: 2.4,
    fovDegrees: 40,
    /** Angle around the vertical axis, in radians, at the start and end of the turn. */
    startAzimuth: 0.5,
    endAzimuth: 0.22,
  },
} as const;

/** World position of point `index` at height `height` (world units). */
export const pointPosition = (index: number, height: number): Vec3 => {
  const x = SPACE.pointX[index];
  if (x === undefined) {
    throw new RangeError(`pointPosition: index ${index} has no place; the 3-D example has ${SPACE.pointX.length} points`);
  }
  return [x, height, SPACE.pointDepth];
};

/**
 * Returns the floor grid's lines: one along z at every whole x, one along x at every
 * whole z, each as long as its axis. The axes themselves (x = 0 and z = 0) are left out.
 */
export const floorGridSegments = (): [Vec3, Vec3][] => {
  const { x: lengthX, z: lengthZ } = SPACE.axisLength;
  const segments: [Vec3, Vec3][] = [];
  for (let x = 1; x <= Math.floor(lengthX); x++) {
    segments.push([[x, 0, 0], [x, 0, lengthZ]]);
  }
  for (let z = 1; z <= Math.floor(lengthZ); z++) {
    segments.push([[0, 0, z], [lengthX, 0, z]]);
  }
  return segments;
};

/** Camera position for an azimuth (radians around the vertical axis through the target). */
export const cameraPosition = (azimuth: number): Vec3 => {
  const { target, distance, elevation } = SPACE.camera;
  return [
    target[0] + distance * Math.sin(azimuth),
    target[1] + elevation,
    target[2] + distance * Math.cos(azimuth),
  ];
};

const subtract = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const normalize = (a: Vec3): Vec3 => {
  const length = Math.hypot(a[0], a[1], a[2]);
  return [a[0] / length, a[1] / length, a[2] / length];
};

/** Returns the camera pose after `turn` (0 → 1) of its slow turn around the scene. */
export const cameraPoseAt = (turn: number): CameraPose => {
  const { startAzimuth, endAzimuth, target, fovDegrees } = SPACE.camera;
  return { position: cameraPosition(startAzimuth + (endAzimuth - startAzimuth) * turn), target, fovDegrees };
};

/** A camera for projection: where it is, what it looks at, and its vertical field of view. */
export type CameraPose = { readonly position: Vec3; readonly target: Vec3; readonly fovDegrees: number };

/**
 * Project a world point to pixel coordinates in a viewport of `width` × `height`,
 * (0, 0) at the top left. `depth` is the distance in front of the camera.
 */
export const project = (
  point: Vec3,
  camera: CameraPose,
  viewport: { width: number; height: number },
): { x: number; y: number; depth: number } => {
  const forward = normalize(subtract(camera.target, camera.position));
  const right = normalize(cross(forward, [0, 1, 0]));
  const up = cross(right, forward);
  const relative = subtract(point, camera.position);
  const depth = dot(relative, forward);
  const focal = 1 / Math.tan((camera.fovDegrees * Math.PI) / 360);
  const aspect = viewport.width / viewport.height;
  const ndcX = (focal / aspect) * (dot(relative, right) / depth);
  const ndcY = focal * (dot(relative, up) / depth);
  return {
    x: ((ndcX + 1) / 2) * viewport.width,
    y: ((1 - ndcY) / 2) * viewport.height,
    depth,
  };
};
