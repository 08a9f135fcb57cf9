/**
 * What the tab may import from the shared package: only modules that are safe and small in a
 * browser. The calendar engine stays out on purpose (its holiday tables weigh hundreds of KB);
 * approvals and meetings have entries of their own that load with their pages.
 */
export * from './kernel';
export * from './requests';
export * from './directory';
export * from './notifications';
export * from './sla/types';
