/** The caller's department inbox or outbox, what breaches first on top, a page at a time. */
import { type Person, ValidationFailed, requestListQuerySchema } from '@tandem/shared';
import type { Capabilities } from '../../kernel/ports';
import { type RequestView, toRequestView } from './get-request';
import type { RequestStoreCapability } from './request-store';

type Deps = Pick<Capabilities, 'clock' | 'directory'> & RequestStoreCapability;

export interface RequestListPage {
  readonly items: readonly RequestView[];
  readonly continuation: string | null;
}

export async function listRequests(
  deps: Deps,
  caller: Person,
  rawQuery: Record<string, string>,
): Promise<RequestListPage> {
  const parsed = requestListQuerySchema.safeParse(rawQuery);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The query is not valid.');
  const q = parsed.data;
  const page = await deps.requestStore.list({
    tenantId: caller.tenantId,
    box: q.box,
    departmentId: caller.departmentId,
    ...(q.status ? { statuses: q.status } : {}),
    ...(q.sla ? { slaStates: q.sla } : {}),
    ...(q.type ? { typeIds: q.type } : {}),
    ...(q.branch ? { branchIds: q.branch } : {}),
    ...(q.q ? { search: q.q } : {}),
    limit: q.limit,
    ...(q.continuation ? { continuation: q.continuation } : {}),
  });
  const setup = await deps.directory.setup(caller.tenantId);
  const now = deps.clock.now();
  return {
    items: page.items.map((stored) => toRequestView(stored, setup, caller, now)),
    continuation: page.continuation,
  };
}
