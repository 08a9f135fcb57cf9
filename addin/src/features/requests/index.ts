/** What the rest of the tab may use of the requests feature. */
export { requestsPage } from './page';
export { requestsPageId, useOpenRequest } from './open-request';
export { type RequestsApi, useRequestsApi } from './api';
