export * from './errors';
export * from './sla/types';
