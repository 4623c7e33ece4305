import { defineConfig } from 'vitest/config';

// Two projects: pure modules (fast, in Node) and real renders (a Remotion bundle served
// to real Chromium). Render tests share one bundle, made once in the global set-up, and
// run one file at a time because each file drives its own browser on a 2-core machine.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'render',
          include: ['tests/render/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/render/bundle-once.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
