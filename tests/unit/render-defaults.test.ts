// The render settings that remotion.config.ts and the Node API scripts share: the
// OpenGL choice and the speed settings measured in docs/benchmarks.md.

import { describe, expect, it } from 'vitest';
import { glRenderer, renderSpeedOptions, withX264Preset } from '../../scripts/render-defaults';

describe('glRenderer', () => {
  const systemChrome = { executable: '/opt/chrome/chromium', chromeMode: 'chrome-for-testing', source: 'PATH' } as const;
  const remotionDownload = { executable: null, chromeMode: 'headless-shell', source: 'download' } as const;

  it('leaves a system browser to choose', () => {
    expect(glRenderer({}, systemChrome)).toBeNull();
    expect(glRenderer({ SOFTMAX_GL: '' }, systemChrome)).toBeNull();
  });

  it("uses swangle with Remotion's download", () => {
    expect(glRenderer({}, remotionDownload)).toBe('swangle');
  });

  it('takes a renderer from SOFTMAX_GL', () => {
    expect(glRenderer({ SOFTMAX_GL: 'swangle' }, systemChrome)).toBe('swangle');
    expect(glRenderer({ SOFTMAX_GL: 'angle' }, remotionDownload)).toBe('angle');
  });

  it('rejects an unknown renderer', () => {
    expect(() => glRenderer({ SOFTMAX_GL: 'metal' }, systemChrome)).toThrow(/SOFTMAX_GL is "metal"/);
  });
});

describe('renderSpeedOptions', () => {
  it('uses one tab per core', () => {
    expect(renderSpeedOptions(2).concurrency).toBe(2);
    expect(renderSpeedOptions(6).concurrency).toBe(6);
  });

  it('keeps at least one tab', () => {
    expect(renderSpeedOptions(1).concurrency).toBe(1);
    expect(renderSpeedOptions(0).concurrency).toBe(1);
  });

  it('caps the tabs at eight', () => {
    expect(renderSpeedOptions(64).concurrency).toBe(8);
  });

  it('sets a valid JPEG quality and x264 preset', () => {
    const options = renderSpeedOptions(2);
    expect(options.jpegQuality).toBeGreaterThanOrEqual(1);
    expect(options.jpegQuality).toBeLessThanOrEqual(100);
    expect(options.x264Preset).toBe('veryfast');
  });
});

describe('withX264Preset', () => {
  const x264 = ['-i', '-', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-crf', '18', '-y', 'out.mp4'];

  it('adds the preset after the x264 encoder', () => {
    expect(withX264Preset(x264, 'veryfast')).toEqual([
      '-i',
      '-',
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-pix_fmt',
      'yuv420p',
      '-crf',
      '18',
      '-y',
      'out.mp4',
    ]);
  });

  it('keeps a preset from the command line', () => {
    const withMedium = [...x264.slice(0, 6), '-preset', 'medium', ...x264.slice(6)];
    expect(withX264Preset(withMedium, 'veryfast')).toEqual(withMedium);
  });

  it('leaves other encoders alone', () => {
    const vp8 = ['-i', '-', '-c:v', 'libvpx', '-y', 'out.webm'];
    expect(withX264Preset(vp8, 'veryfast')).toEqual(vp8);
  });

  it('leaves a stream copy alone', () => {
    const copy = ['-i', 'video.mp4', '-c:v', 'copy', '-y', 'out.mp4'];
    expect(withX264Preset(copy, 'veryfast')).toEqual(copy);
  });
});
