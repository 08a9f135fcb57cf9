/** /api/approvals as typed functions; the response schemas load with the first call. */
import type { ApprovalActionName, ApprovalBox, NewApprovalBody } from '@tandem/shared/approvals';
import type { ApiClient } from '../../app/api/api-client';
import { useFeatureApi } from '../../app/api/use-feature-api';

const load = () => import('@tandem/shared/approvals');
const approvalSchema = () => load().then((m) => m.approvalDtoSchema);
const pageSchema = () => load().then((m) => m.approvalPageSchema);

export function makeApprovalsApi(client: ApiClient) {
  const at = (id: string) => `/approvals/${encodeURIComponent(id)}`;
  return {
    list: (box: ApprovalBox, continuation?: string) => {
      const q = new URLSearchParams({ box, limit: '50' });
      if (continuation) q.set('continuation', continuation);
      return client.call(`/approvals?${q.toString()}`, pageSchema);
    },
    get: (id: string) => client.call(at(id), approvalSchema),
    /** The key makes a retried submission create one approval. */
    create: (body: NewApprovalBody, idempotencyKey: string) =>
      client.call('/approvals', approvalSchema, {
        method: 'POST',
        body,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    /** A blank comment is left out: approve and cancel take none, and reject is refused without. */
    decide: (id: string, action: ApprovalActionName, comment: string, etag: string) =>
      client.call(`${at(id)}/${action}`, approvalSchema, {
        method: 'POST',
        body: comment.trim() === '' ? {} : { comment },
        headers: { 'if-match': etag },
      }),
  };
}
export type ApprovalsApi = ReturnType<typeof makeApprovalsApi>;

export const useApprovalsApi = (): ApprovalsApi => useFeatureApi(makeApprovalsApi);
