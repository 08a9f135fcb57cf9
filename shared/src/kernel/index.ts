export * from './errors';
export * from './ids';
export * from './time';
export * from './directory';
export * from './texts';
