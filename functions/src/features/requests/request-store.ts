/**
 * The requests' store port: what the use cases need of where requests are kept. The Cosmos
 * adapter is cosmos-request-store.ts; the in-memory fake is testing/in-memory-request-store.ts.
 */
import type {
  DepartmentId,
  EpochMs,
  Request,
  RequestId,
  RequestStatus,
  SlaState,
  TenantId,
} from '@tandem/shared';

import type { ScheduledChange, Versioned } from '../../kernel/ports';

/** Fields kept beside a request so that Cosmos can index what the SLA engine computed. */
export interface RequestIndex {
  readonly slaState: SlaState;
  /** Earliest due instant of the clocks not stopped; what "breaches first" sorts on. */
  readonly slaDueAt: EpochMs | null;
  /** When the SLA state can next change by itself; null when no clock runs. The sweep's key. */
  readonly nextSlaChangeAt: EpochMs | null;
}

export interface StoredRequest extends Versioned<Request> {
  readonly index: RequestIndex;
  /** Hash of the create body when the request was created with an Idempotency-Key. */
  readonly idempotencyFingerprint?: string;
}

export type Box = 'inbox' | 'outbox';

export interface RequestQuery {
  readonly tenantId: TenantId;
  readonly box: Box;
  readonly departmentId: DepartmentId;
  readonly statuses?: readonly RequestStatus[];
  readonly slaStates?: readonly SlaState[];
  readonly typeIds?: readonly string[];
  readonly branchIds?: readonly string[];
  readonly search?: string;
  readonly limit: number;
  readonly continuation?: string;
}

export interface RequestPage {
  readonly items: readonly StoredRequest[];
  readonly continuation: string | null;
}

export interface RequestStore {
  /** Throws Conflict when a request with this id exists already. */
  create(
    request: Request,
    index: RequestIndex,
    idempotencyFingerprint?: string,
  ): Promise<StoredRequest>;
  /** Throws NotFound (also for another tenant's request: ids are only looked up in one tenant). */
  get(tenantId: TenantId, id: RequestId): Promise<StoredRequest>;
  /** Throws PreconditionFailed when the ETag is stale. */
  replace(request: Request, index: RequestIndex, etag: string): Promise<StoredRequest>;
  list(query: RequestQuery): Promise<RequestPage>;
  /** Requests of every tenant whose SLA state changes at or before `now`, oldest change first. */
  findSlaChangesDue(now: EpochMs, limit: number): Promise<readonly StoredRequest[]>;
  /** One page of every request with an SLA change after `after` (the schedule's backfill). */
  findSlaChangesAfter(
    after: EpochMs,
    page: { readonly limit: number; readonly continuation?: string },
  ): Promise<{ readonly items: readonly ScheduledChange[]; readonly continuation: string | null }>;
}

/** What a use case that reads or writes requests asks for beside the kernel's capabilities. */
export interface RequestStoreCapability {
  readonly requestStore: RequestStore;
}
