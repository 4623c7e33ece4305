import { defineConfig } from 'vitest/config';

// Three projects: pure modules (fast, in Node), real renders (a Remotion bundle served
// to real Chromium), and runs of the real CLI and Studio. Render tests share one bundle,
// made once in the global set-up, and run one file at a time because each file drives
// its own browser on a 2-core machine. The CLI project runs after the other two, one
// file at a time, for the same reason.
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
      {
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
