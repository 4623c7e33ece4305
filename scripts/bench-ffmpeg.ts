// ffmpeg for the benchmark: Remotion's own build (the one renderMedia uses), for the
// encode-only run and for pulling single frames out of a rendered video.

import fs from 'node:fs';
import path from 'node:path';
import type { X264Preset } from '@remotion/renderer';
import { RenderInternals } from '@remotion/renderer';
import { PNG } from 'pngjs';
import { COLORS } from '../src/theme';
import { HEIGHT, WIDTH } from '../src/timeline';

// Remotion runs ffmpeg in the folder of its binary, so every file path given to it must be absolute.
const ffmpeg = (args: string[]) =>
  RenderInternals.callFf({ bin: 'ffmpeg', args, indent: false, logLevel: 'error', binariesDirectory: null, cancelSignal: undefined });

/** Write a JPEG of an empty frame in the video's background colour and return its bytes. */
export const blankJpeg = async (output: string): Promise<Buffer> => {
  const png = new PNG({ width: WIDTH, height: HEIGHT });
  const [r, g, b] = [1, 3, 5].map((offset) => parseInt(COLORS.background.slice(offset, offset + 2), 16));
  for (let index = 0; index < png.data.length; index += 4) {
    png.data[index] = r!;
    png.data[index + 1] = g!;
    png.data[index + 2] = b!;
    png.data[index + 3] = 255;
  }
  const pngFile = path.resolve(output.replace(/\.jpe?g$/, '.png'));
  fs.writeFileSync(pngFile, PNG.sync.write(png));
  await ffmpeg(['-hide_banner', '-i', pngFile, '-q:v', '2', '-y', path.resolve(output)]);
  return fs.readFileSync(output);
};

/**
 * Encode `frames` copies of one JPEG to H.264 the way renderMedia does: JPEGs piped into
 * ffmpeg, libx264 at CRF 18 (Remotion's default for h264), yuv420p.
 */
export const encodeFrames = async (options: {
  jpeg: Buffer;
  frames: number;
  fps: number;
  x264Preset: X264Preset | null;
  output: string;
}): Promise<void> => {
  const task = ffmpeg([
    '-hide_banner',
    '-r',
    String(options.fps),
    '-f',
    'image2pipe',
    '-s',
    `${WIDTH}x${HEIGHT}`,
    '-vcodec',
    'mjpeg',
    '-i',
    '-',
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    ...(options.x264Preset === null ? [] : ['-preset', options.x264Preset]),
    '-video_track_timescale',
    '90000',
    '-crf',
    '18',
    '-y',
    path.resolve(options.output),
  ]);
  const stdin = task.stdin!;
  for (let frame = 0; frame < options.frames; frame++) {
    if (!stdin.write(options.jpeg)) {
      await new Promise((resolve) => stdin.once('drain', resolve));
    }
  }
  stdin.end();
  await task;
};

/** Write frame `index` (0-based) of a video to a PNG file. */
export const extractStill = async (video: string, index: number, output: string, fps: number): Promise<void> => {
  await ffmpeg(['-hide_banner', '-ss', (index / fps).toFixed(6), '-i', path.resolve(video), '-frames:v', '1', '-y', path.resolve(output)]);
};
