export * from './card-preview-contract';
