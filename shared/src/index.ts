export * from './errors';
export * from './sla/types';
export * from './calendar';
export * from './domain';
export * from './contracts';
export * from './sla';
export * from './meetings';
export * from './ical';
