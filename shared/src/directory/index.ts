export * from './directory-contract';
