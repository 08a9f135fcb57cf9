/**
 * What the tab may import from the shared package: only modules that are safe and small in a
 * browser. The calendar engine stays out on purpose (its holiday tables weigh hundreds of KB).
 */
export * from './kernel';
export * from './requests';
export * from './sla/types';
