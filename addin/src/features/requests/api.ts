/** /api/requests as typed functions, on the shared contract; the schemas load with the first call. */
import type { ActionName, newRequestInputSchema } from '@tandem/shared/browser';
import type { z } from 'zod';
import type { ApiClient } from '../../app/api/api-client';
import { useFeatureApi } from '../../app/api/use-feature-api';
import { type ListQuery, toSearch } from './list-query-string';

export type { ListQuery };
export type NewRequestBody = z.input<typeof newRequestInputSchema>;

const load = () => import('./api-schemas');
const schemas = {
  requestPage: () => load().then((m) => m.requestPageSchema),
  requestDto: () => load().then((m) => m.requestDtoSchema),
  slaPreview: () => load().then((m) => m.slaPreviewSchema),
};

export function makeRequestsApi(client: ApiClient) {
  const id = (requestId: string) => encodeURIComponent(requestId);
  return {
    listRequests: (query: ListQuery, signal?: AbortSignal) =>
      client.call(`/requests?${toSearch(query)}`, schemas.requestPage, signal ? { signal } : {}),
    getRequest: (requestId: string) =>
      client.call(`/requests/${id(requestId)}`, schemas.requestDto),
    /** The key makes a retried submission (double click, flaky network) create one request. */
    createRequest: (body: NewRequestBody, idempotencyKey: string) =>
      client.call('/requests', schemas.requestDto, {
        method: 'POST',
        body,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    previewSla: (body: Pick<NewRequestBody, 'toDepartmentId' | 'typeId' | 'priority'>) =>
      client.call('/requests/preview', schemas.slaPreview, { method: 'POST', body }),
    act: (requestId: string, action: ActionName, body: object, etag: string) =>
      client.call(`/requests/${id(requestId)}/${action}`, schemas.requestDto, {
        method: 'POST',
        body,
        headers: { 'if-match': etag },
      }),
  };
}
export type RequestsApi = ReturnType<typeof makeRequestsApi>;

export const useRequestsApi = (): RequestsApi => useFeatureApi(makeRequestsApi);
