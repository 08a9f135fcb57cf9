/** The card preview, `#/cards`, loaded on its first visit (with its renderer, later still). */
import { lazy } from 'react';
import type { PageDeclaration } from '../../app/page-declaration';

export const cardPreviewPage: PageDeclaration = {
  id: 'cards',
  navLabel: 'nav.cards',
  component: lazy(() => import('./card-preview-page')),
};
