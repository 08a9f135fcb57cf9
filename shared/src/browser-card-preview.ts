/**
 * What the tab's card preview page imports from the shared package: its contract only. Its own
 * entry, so that these schemas load with that page.
 */
export * from './card-preview/card-preview-contract';
