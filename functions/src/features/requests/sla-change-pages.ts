/**
 * Pages through every request whose next SLA change lies after an instant, across tenants. The
 * sweep runs it once, on its first run, to file requests written before the SLA schedule existed;
 * after that every write files itself.
 */
import type { Container } from '@azure/cosmos';
import { type EpochMs, requestIdSchema, tenantIdSchema, toIsoInstant } from '@tandem/shared';
import { z } from 'zod';
import type { ScheduledChange } from '../../kernel/ports';
import { cosmosCall } from '../../platform/cosmos/cosmos-errors';
import { REQUEST_SCHEDULED } from './request-schedule';

const rowSchema = z.object({
  id: requestIdSchema,
  tenantId: tenantIdSchema,
  nextSlaChangeAt: z.string(),
});

export async function findSlaChangesAfter(
  container: Container,
  after: EpochMs,
  page: { readonly limit: number; readonly continuation?: string },
): Promise<{ items: ScheduledChange[]; continuation: string | null }> {
  const iterator = container.items.query(
    {
      query: `SELECT c.id, c.tenantId, c.nextSlaChangeAt FROM c WHERE c.docType = 'request' AND c.nextSlaChangeAt > @after`,
      parameters: [{ name: '@after', value: toIsoInstant(after) }],
    },
    {
      maxItemCount: page.limit,
      ...(page.continuation ? { continuationToken: page.continuation } : {}),
    },
  );
  const { resources, continuationToken } = await cosmosCall(
    'SLA changes after',
    toIsoInstant(after),
    () => iterator.fetchNext(),
  );
  return {
    items: resources.map((row) => {
      const r = rowSchema.parse(row);
      return {
        tenantId: r.tenantId,
        kind: REQUEST_SCHEDULED,
        id: r.id,
        at: Date.parse(r.nextSlaChangeAt),
      };
    }),
    continuation: continuationToken ?? null,
  };
}
