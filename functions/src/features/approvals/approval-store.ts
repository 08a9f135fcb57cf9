/**
 * The port approvals are kept behind. It lives in the feature rather than in kernel/ports.ts
 * because only the feature uses it; a use case asks for `{ approvalStore }` only.
 */
import type {
  Approval,
  ApprovalBox,
  ApprovalId,
  ApprovalStatus,
  EpochMs,
  PersonId,
  TenantId,
} from '@tandem/shared';
import type { ScheduledChangePage } from '../../platform/schedule/scheduled-kind';

/** Fields kept beside an approval so that Cosmos can find and sort what the rules computed. */
export interface ApprovalIndex {
  /** Whose decision it waits for now (empty once settled): what "to decide" queries. */
  readonly awaiting: readonly PersonId[];
  /** When the approval's own SLA is (or was) due: what "to decide" sorts on. */
  readonly slaDueAt: EpochMs;
  /** SLA alerts sent, as `<level>:<person>` (approval-alerts.ts): each is sent once. */
  readonly alertsSent: readonly string[];
  /** When the next alert not yet sent is due; null when none is left. The alert sweep's key. */
  readonly nextAlertAt: EpochMs | null;
}

export interface StoredApproval {
  readonly value: Approval;
  /** The store's ETag, which every replace must present. */
  readonly etag: string;
  readonly index: ApprovalIndex;
  /** Hash of the create body when the approval was created with an Idempotency-Key. */
  readonly idempotencyFingerprint?: string;
}

export interface ApprovalQuery {
  readonly tenantId: TenantId;
  readonly box: ApprovalBox;
  readonly personId: PersonId;
  readonly statuses?: readonly ApprovalStatus[];
  readonly limit: number;
  readonly continuation?: string;
}

export interface ApprovalPage {
  readonly items: readonly StoredApproval[];
  readonly continuation: string | null;
}

export interface ApprovalStore {
  /** Throws Conflict when a document with this id exists already. */
  create(approval: Approval, index: ApprovalIndex, fingerprint?: string): Promise<StoredApproval>;
  /** Throws NotFound, also for another tenant's approval or a document of another kind. */
  get(tenantId: TenantId, id: ApprovalId): Promise<StoredApproval>;
  /** Throws PreconditionFailed when the ETag is stale. */
  replace(approval: Approval, index: ApprovalIndex, etag: string): Promise<StoredApproval>;
  /** mine: newest first; to-decide: the SLA due first. */
  list(query: ApprovalQuery): Promise<ApprovalPage>;
  /** Pending approvals of every tenant with an alert due at or before `now`, earliest first. */
  findAlertsDue(now: EpochMs, limit: number): Promise<readonly StoredApproval[]>;
  /** One page of every pending approval with an alert after `after` (the schedule's backfill). */
  findAlertsAfter(
    after: EpochMs,
    page: { readonly limit: number; readonly continuation?: string },
  ): Promise<ScheduledChangePage>;
}
