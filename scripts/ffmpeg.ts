// Measuring rendered videos with ffmpeg and ffprobe: the mean difference between frames
// (the tblend and signalstats filters) and the stream's size and frame count.
//
// Remotion's own ffmpeg build leaves out those filters, so this uses the ffmpeg and
// ffprobe on the PATH (on Debian: apt-get install ffmpeg), or the paths in SOFTMAX_FFMPEG
// and SOFTMAX_FFPROBE.

import { execFileSync } from 'node:child_process';

export const FFMPEG_ENV = 'SOFTMAX_FFMPEG';
export const FFPROBE_ENV = 'SOFTMAX_FFPROBE';

const REQUIRED_FILTERS = ['tblend', 'signalstats', 'select', 'metadata'] as const;

const run = (executable: string, args: readonly string[]): string => {
  try {
    return execFileSync(executable, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`${executable} ${args.join(' ')} failed: ${(error as Error).message}\n${stderr.slice(-2000)}`);
  }
};

/** Find the ffmpeg to measure with. Throws, naming what to install, when it lacks a filter used here. */
export const findFfmpeg = (env: NodeJS.ProcessEnv = process.env): string => {
  const executable = env[FFMPEG_ENV] || 'ffmpeg';
  let filters: string;
  try {
    filters = run(executable, ['-hide_banner', '-filters']);
  } catch {
    throw new Error(
      `ffmpeg not found as "${executable}"; install it (Debian: apt-get install ffmpeg) or set ${FFMPEG_ENV} to its path`,
    );
  }
  const missing = REQUIRED_FILTERS.filter((filter) => !new RegExp(`^\\s*\\S+\\s+${filter}\\s`, 'm').test(filters));
  if (missing.length > 0) {
    throw new Error(
      `ffmpeg "${executable}" lacks the filters ${missing.join(', ')}; install a full build ` +
        `(Debian: apt-get install ffmpeg) or set ${FFMPEG_ENV} to one`,
    );
  }
  return executable;
};

export const findFfprobe = (env: NodeJS.ProcessEnv = process.env): string => env[FFPROBE_ENV] || 'ffprobe';

export type VideoStream = { readonly width: number; readonly height: number; readonly frames: number; readonly fps: number };

/** Size, decoded frame count and frame rate of the first video stream. */
export const probeVideo = (file: string): VideoStream => {
  const output = run(findFfprobe(), [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-count_frames',
    '-show_entries',
    'stream=width,height,nb_read_frames,r_frame_rate',
    '-of',
    'json',
    file,
  ]);
  const stream = (JSON.parse(output) as { streams: Record<string, string | number>[] }).streams[0];
  if (stream === undefined) {
    throw new Error(`ffprobe found no video stream in ${file}`);
  }
  const [numerator, denominator] = String(stream.r_frame_rate).split('/').map(Number);
  return {
    width: Number(stream.width),
    height: Number(stream.height),
    frames: Number(stream.nb_read_frames),
    fps: numerator! / (denominator ?? 1),
  };
};

/** Run a video filter over `file` and return the value of `key` that it prints for each output frame. */
const filterValues = (file: string, filter: string, key: string): number[] => {
  const output = run(findFfmpeg(), [
    '-hide_banner',
    '-loglevel',
    'error',
    '-i',
    file,
    '-vf',
    `${filter},signalstats,metadata=mode=print:key=${key}:file=-`,
    '-f',
    'null',
    '-',
  ]);
  return output
    .split('\n')
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => Number(line.slice(key.length + 1)));
};

/**
 * Mean absolute difference of the luma (Y) of each pair of consecutive frames, from 0 to
 * 255: entry k compares frame k with frame k + 1 of the file.
 */
export const consecutiveDifferences = (file: string): number[] =>
  filterValues(file, 'tblend=all_mode=difference', 'lavfi.signalstats.YAVG');

/** Mean absolute difference of the luma of frames `a` and `b` (0-based, a < b) of the file. */
export const differenceBetween = (file: string, a: number, b: number): number => {
  const values = filterValues(
    file,
    `select='eq(n\\,${a})+eq(n\\,${b})',tblend=all_mode=difference`,
    'lavfi.signalstats.YAVG',
  );
  if (values.length !== 1) {
    throw new Error(`differenceBetween: expected one difference of frames ${a} and ${b} of ${file}, got ${values.length}`);
  }
  return values[0]!;
};
