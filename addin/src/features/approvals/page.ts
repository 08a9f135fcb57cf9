/**
 * The approvals page, `#/approvals`, loaded on its first visit. An approval's deep link is
 * `?approval=<id>` (an approval card's "Open in Tandem"), or `approval:<id>` as Teams'
 * subEntityId; either opens this page when the address names no other.
 */
import { lazy } from 'react';
import type { PageDeclaration } from '../../app/page-declaration';
import { approvalsPageId } from './open-approval';

export const approvalsPage: PageDeclaration = {
  id: approvalsPageId,
  navLabel: 'nav.approvals',
  component: lazy(() => import('./approvals-page')),
  deepLink: { param: 'approval', subEntityPrefix: 'approval:' },
};
