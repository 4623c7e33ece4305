// Vitest global set-up for the render tests: bundle the project once and hand the
// bundle's folder to every test file through `inject('serveUrl')`.

import path from 'node:path';
import { bundle } from '@remotion/bundler';
import type { TestProject } from 'vitest/node';
import { ENTRY_POINT } from '../../scripts/render-defaults';

declare module 'vitest' {
  export interface ProvidedContext {
    serveUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const root = process.cwd();
  const serveUrl = await bundle({ entryPoint: path.join(root, ENTRY_POINT), rootDir: root, enableCaching: true });
  project.provide('serveUrl', serveUrl);
}
