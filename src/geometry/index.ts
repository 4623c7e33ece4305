export * from './barChart';
export * from './numberLine';
export * from './scale';
export * from './space';
export * from './text';
