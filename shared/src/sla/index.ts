export * from './clock';
export * from './escalation';
export * from './policy';
export * from './resolve-policy';
export * from './sla-status';
export * from './types';
