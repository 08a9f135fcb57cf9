export * from './kernel';
export * from './sla/types';
export * from './calendar';
export * from './requests';
export * from './sla';
export * from './meetings';
export * from './ical';
export * from './approvals';
