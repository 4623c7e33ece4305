// The render settings that remotion.config.ts and the Node API scripts share: the
// OpenGL choice and the speed settings measured in docs/benchmarks.md.

import { describe, expect, it } from 'vitest';
import { glRenderer, renderSpeedOptions } from '../../scripts/render-defaults';

describe('glRenderer', () => {
  it('leaves the choice to Chrome when unset', () => {
    expect(glRenderer({})).toBeNull();
    expect(glRenderer({ SOFTMAX_GL: '' })).toBeNull();
  });

  it('takes a renderer from SOFTMAX_GL', () => {
    expect(glRenderer({ SOFTMAX_GL: 'swangle' })).toBe('swangle');
  });

  it('rejects an unknown renderer', () => {
    expect(() => glRenderer({ SOFTMAX_GL: 'metal' })).toThrow(/SOFTMAX_GL is "metal"/);
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
