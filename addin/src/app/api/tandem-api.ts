/** The API of Tandem as typed functions; one instance per signed-in session. */
import type { ActionName, newRequestInputSchema } from '@tandem/shared/browser';
import type { z } from 'zod';
import type { ApiClient } from './api-client';
import { makeApprovalsApi } from '../../features/approvals/approvals-endpoints';
import { makeCardsApi } from '../../features/card-preview/cards-endpoints';
import { schemas } from './lazy-schemas';

import { type ListQuery, toSearch } from '../../features/requests/list-query-string';

export type { ListQuery };

export type NewRequestBody = z.input<typeof newRequestInputSchema>;

export function makeTandemApi(client: ApiClient) {
  const id = (requestId: string) => encodeURIComponent(requestId);
  return {
    me: () => client.call('/me', schemas.me),
    directory: () => client.call('/directory', schemas.directory),
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
    notifications: () => client.call('/notifications', schemas.notificationList),
    approvals: makeApprovalsApi(client),
    cards: makeCardsApi(client),
    /** For feature pages loaded on demand (meetings), which bring their own typed calls. */
    client,
  };
}
export type TandemApi = ReturnType<typeof makeTandemApi>;

/** A fresh idempotency key per form (crypto.randomUUID needs a secure context; localhost is one). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
