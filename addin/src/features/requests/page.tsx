/**
 * The requests page is home (`#/`) and part of the first bundle: it is what the tab shows first.
 * A request's deep link is `?request=<id>`, or its bare id as Teams' subEntityId.
 */
import type { PageDeclaration } from '../../app/page-declaration';
import { requestsPageId } from './open-request';
import { RequestsPage } from './requests-page';

export const requestsPage: PageDeclaration = {
  id: requestsPageId,
  navLabel: 'nav.requests',
  component: RequestsPage,
  home: true,
  deepLink: { param: 'request', subEntityPrefix: '' },
};
