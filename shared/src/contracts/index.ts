export * from './request-list-query';
