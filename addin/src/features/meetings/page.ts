/** The meetings page, `#/meetings`, loaded on its first visit. */
import { lazy } from 'react';
import type { PageDeclaration } from '../../app/page-declaration';

export const meetingsPage: PageDeclaration = {
  id: 'meetings',
  navLabel: 'nav.meetings',
  component: lazy(() => import('./meetings-page')),
};
