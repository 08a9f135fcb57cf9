/**
 * The pages beside requests, each loaded on first visit so that the first load stays small.
 * A page module's default export is its whole screen inside a `PageFrame`.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { type PageId, pageIds } from './page-ids';

export const lazyPages: Partial<Record<PageId, LazyExoticComponent<ComponentType>>> = {
  approvals: lazy(() => import('../features/approvals/approvals-page')),
  meetings: lazy(() => import('../features/meetings/meetings-page')),
  cards: lazy(() => import('../features/card-preview/card-preview-page')),
};

/** The pages the navigation offers, in its order. */
export function availablePages(): PageId[] {
  return pageIds.filter((p) => p === 'requests' || lazyPages[p] !== undefined);
}
