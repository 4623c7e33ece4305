export * from './color';
export * from './progress';
