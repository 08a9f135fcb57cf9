/**
 * The pages beside requests, each loaded on first visit so that the first load stays small.
 * A page module's default export is its whole screen inside a `PageFrame`.
 */
import type { ComponentType, LazyExoticComponent } from 'react';
import { type PageId, pageIds } from './page-ids';

export const lazyPages: Partial<Record<PageId, LazyExoticComponent<ComponentType>>> = {};

/** The pages the navigation offers, in its order. */
export function availablePages(): PageId[] {
  return pageIds.filter((p) => p === 'requests' || lazyPages[p] !== undefined);
}
