import { config as remotionConfig } from '@remotion/eslint-config-flat';

export default [{ ignores: ['node_modules/', 'out/'] }, ...remotionConfig];
