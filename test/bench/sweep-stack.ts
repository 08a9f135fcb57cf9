/**
 * What the SLA timer runs on, without the HTTP host: the embedded Cosmos DB server as `npm start`
 * runs it, the containers and the Cosmos adapters the composition root builds, the SLA sweep over
 * the kinds the features register (requests and approvals), and a clock the benchmark moves a
 * minute per pass, as the timer would. The time the sweep spends finding what is due (reading the
 * schedule's buckets, or the fallback query) is measured apart.
 */
import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { EpochMs } from '@tandem/shared';
import { makeCosmosClient } from '@tandem/functions/dist/platform/cosmos/cosmos-client';
import {
  type DirectoryStore,
  makeCosmosDirectory,
} from '@tandem/functions/dist/platform/cosmos/directory-store';
import { ensureContainers } from '@tandem/functions/dist/main';
import { makeCosmosNotifications } from '@tandem/functions/dist/features/notifications/cosmos-notification-store';
import { makeCosmosRequestStore } from '@tandem/functions/dist/features/requests/cosmos-request-store';
import { makeCosmosSlaSchedule } from '@tandem/functions/dist/platform/cosmos/sla-schedule';
import {
  type SlaSweep,
  makeSlaSweep,
} from '@tandem/functions/dist/platform/schedule/schedule-sweep';
import { requestSlaKind } from '@tandem/functions/dist/features/requests/sweep-sla';
import { makeCosmosApprovalStore } from '@tandem/functions/dist/features/approvals/cosmos-approval-store';
import { approvalAlertKind } from '@tandem/functions/dist/features/approvals/sweep-approval-alerts';
import { startLocalCosmosServer } from '@tandem/functions/dist/platform/local/cosmos-server';
import type { Capabilities, SlaSchedule } from '@tandem/functions/dist/kernel/ports';
import type { RequestStoreCapability } from '../../functions/src/features/requests/request-store';

export type SweepDeps = Pick<
  Capabilities,
  'clock' | 'ids' | 'directory' | 'notifier' | 'slaSchedule'
> &
  RequestStoreCapability & {
    readonly directoryStore: DirectoryStore;
  };

export interface SweepStack {
  readonly deps: SweepDeps;
  readonly requests: Container;
  /** The SLA timer's sweep, as the composition root builds it. */
  readonly sweep: SlaSweep;
  setNow(at: EpochMs): void;
  /** Milliseconds spent finding due requests (schedule buckets and the query) since the last call. */
  takeFindMs(): number;
  close(): Promise<void>;
}

export async function startSweepStack(start: EpochMs): Promise<SweepStack> {
  const server = await startLocalCosmosServer(0);
  const cosmos = { endpoint: server.endpoint, databaseId: 'tandem-bench' };
  const client = makeCosmosClient({ mode: 'local', cosmos });
  const containers = await ensureContainers(client, cosmos.databaseId);
  let now = start;
  const clock = { now: () => now };
  let findMs = 0;
  const timed = async <T>(find: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await find();
    } finally {
      findMs += performance.now() - t0;
    }
  };
  const schedule = makeCosmosSlaSchedule(containers['sla-schedule'], clock);
  const slaSchedule: SlaSchedule = {
    ...schedule,
    due: (from, to) => timed(() => schedule.due(from, to)),
  };
  const store = makeCosmosRequestStore(containers.requests, slaSchedule);
  const directoryStore = makeCosmosDirectory(containers.directory, clock);
  const deps: SweepDeps = {
    clock,
    ids: { newId: () => randomUUID() },
    directory: directoryStore,
    directoryStore,
    notifier: makeCosmosNotifications(containers.notifications),
    slaSchedule,
    requestStore: {
      ...store,
      findSlaChangesDue: (at, limit) => timed(() => store.findSlaChangesDue(at, limit)),
    },
  };
  const approvalStore = makeCosmosApprovalStore(containers.requests, slaSchedule);
  const sweep = makeSlaSweep(deps, [
    requestSlaKind(deps),
    approvalAlertKind({ ...deps, approvalStore }),
  ]);
  return {
    deps,
    requests: containers.requests,
    sweep,
    setNow(at) {
      now = at;
    },
    takeFindMs() {
      const ms = findMs;
      findMs = 0;
      return ms;
    },
    async close() {
      client.dispose();
      await server.close();
    },
  };
}
