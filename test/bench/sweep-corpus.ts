/**
 * Open requests for the `sweep` benchmark. Two requests are raised through the real use case
 * (so their SLA fields are what the API would store): one raised at the sweep instant, whose next
 * SLA change lies ahead, and one raised two business days before, whose change is due. The
 * corpus is bulk-inserted copies of them under fresh ids, each with its own next SLA change,
 * filed in the SLA schedule first, as the request store files every write.
 */
import { randomUUID } from 'node:crypto';
import { BulkOperationType, type Container, type ItemDefinition } from '@azure/cosmos';
import {
  type EpochMs,
  type PersonId,
  type TenantId,
  slaPolicySchema,
  toIsoInstant,
} from '@tandem/shared';
import {
  DEMO,
  DEMO_TENANT_ID,
  demoBranches,
  demoCalendars,
  demoDepartments,
  demoPeople,
  demoSlaPolicies,
} from '@tandem/functions/dist/platform/local/demo-directory';
import type { DirectoryStore } from '@tandem/functions/dist/platform/cosmos/directory-store';
import type { SlaSchedule } from '@tandem/functions/dist/kernel/ports';
import { createRequest } from '@tandem/functions/dist/features/requests/create-request';
import { toTemplate } from './api-sdk-ops';
import type { SweepDeps } from './sweep-stack';

const tenantId = DEMO_TENANT_ID as TenantId;
const HOUR = 3_600_000;
const bulkChunk = 100;
const bulkInFlight = 4;

/**
 * The demo tenant's directory (what `npm start` seeds) without its demo requests, so that every
 * request in the container is the benchmark's own.
 */
export async function seedDirectory(deps: Pick<SweepDeps, 'directoryStore'>): Promise<void> {
  const put = (type: Parameters<DirectoryStore['put']>[1], doc: { id: string }) =>
    deps.directoryStore.put(tenantId, type, doc);
  for (const c of demoCalendars) await put('calendar', c);
  for (const d of demoDepartments) await put('department', d);
  for (const b of demoBranches) await put('branch', b);
  for (const p of demoPeople) await put('person', p);
  for (const p of demoSlaPolicies) await put('sla-policy', slaPolicySchema.parse(p));
}

export interface SweepTemplates {
  readonly open: ItemDefinition;
  readonly due: ItemDefinition;
}

/** `now` must be inside Moscow business hours on a Wednesday, so that 48 h before is Monday. */
export async function makeTemplates(
  deps: SweepDeps,
  requests: Container,
  now: number,
): Promise<SweepTemplates> {
  const requester = await deps.directory.findPerson(tenantId, DEMO.murmanskRep as PersonId);
  if (!requester) throw new Error('demo requester missing');
  const raise = async (at: number, title: string) => {
    const { stored } = await createRequest({ ...deps, clock: { now: () => at } }, requester, {
      toDepartmentId: 'marketing',
      typeId: 'question',
      priority: 'normal',
      title,
      description: 'Which stores still need the new price tags, and by when can you print them?',
    });
    const { resource } = await requests.item(stored.value.id, tenantId).read<ItemDefinition>();
    if (!resource) throw new Error(`template ${stored.value.id} not readable`);
    await requests.item(stored.value.id, tenantId).delete();
    return toTemplate(resource);
  };
  return {
    open: await raise(now, 'Price tags for the spring catalogue'),
    due: await raise(now - 48 * HOUR, 'Price tags for the winter catalogue'),
  };
}

/**
 * The template as if raised `ms` earlier: copies raised at different moments reach their SLA
 * thresholds at different moments, so the sweep files their next changes under different minutes
 * (identical copies would all crowd one bucket, which real requests do not).
 */
export function raisedEarlier(template: ItemDefinition, ms: number): ItemDefinition {
  const shift = (iso: unknown) => new Date(Date.parse(String(iso)) - ms).toISOString();
  const history = template['history'] as { at: string }[];
  return {
    ...template,
    createdAt: shift(template['createdAt']),
    updatedAt: shift(template['updatedAt']),
    history: history.map((event) => ({ ...event, at: shift(event.at) })),
  };
}

/**
 * Inserts `count` copies of `templateOf(i)` under fresh ids, copy `i` with its next SLA change at
 * `changeAt(i)`, filed in `schedule` before it is written; returns the ids.
 */
export async function insertFiledCopies(
  requests: Container,
  schedule: Pick<SlaSchedule, 'schedule'>,
  templateOf: (i: number) => ItemDefinition,
  count: number,
  changeAt: (i: number) => EpochMs,
): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const from = next;
      const chunk = ids.slice(from, from + bulkChunk);
      next += chunk.length;
      const at = chunk.map((_, n) => changeAt(from + n));
      await Promise.all(
        chunk.map((id, n) =>
          schedule.schedule({ tenantId, kind: 'request', id, at: at[n] as EpochMs }),
        ),
      );
      const results = await requests.items.bulk(
        chunk.map((id, n) => ({
          operationType: BulkOperationType.Create,
          resourceBody: {
            ...templateOf(from + n),
            id,
            nextSlaChangeAt: toIsoInstant(at[n] as EpochMs),
          },
        })),
      );
      const failed = results.filter((r) => r.statusCode !== 201);
      if (failed.length > 0) throw new Error(`bulk insert: HTTP ${failed[0]?.statusCode}`);
    }
  };
  await Promise.all(Array.from({ length: bulkInFlight }, worker));
  return ids;
}

export async function deleteAll(requests: Container, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += bulkChunk) {
    await requests.items.bulk(
      ids.slice(i, i + bulkChunk).map((id) => ({
        operationType: BulkOperationType.Delete,
        id,
        partitionKey: tenantId,
      })),
    );
  }
}
