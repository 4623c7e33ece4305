// Running the project's Remotion CLI (node_modules/.bin/remotion) from the project root,
// as a user would, and collecting its exit code and output.

import { spawn } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = process.cwd();
export const REMOTION_BIN = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'remotion');

export type CliResult = {
  /** Exit code, or null when a signal ended the process. */
  readonly code: number | null;
  /** Standard output and standard error, interleaved as they arrived. */
  readonly output: string;
};

/**
 * Run `remotion <args>` in the project root and resolve when it exits. The process is
 * killed after `timeoutMs`, and the promise then rejects with the output so far.
 */
export const runRemotion = (args: readonly string[], timeoutMs = 120_000): Promise<CliResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(REMOTION_BIN, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`remotion ${args.join(' ')} timed out after ${timeoutMs} ms. Output so far:\n${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
