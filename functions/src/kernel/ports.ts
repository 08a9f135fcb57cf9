/**
 * The ports of the backend: small interfaces named for what they do. Use cases ask only for the
 * ports they need (`Pick<Capabilities, 'directory' | 'clock'>`); adapters live in the platform
 * (and a feature's own cosmos store), in-memory fakes beside the tests. A feature's own ports
 * (its store) live in the feature.
 */
import type {
  AnyNotification,
  Branch,
  BusinessCalendarSpec,
  Department,
  EpochMs,
  Person,
  PersonId,
  RequestType,
  SlaPolicy,
  TenantId,
} from '@tandem/shared';

export interface Clock {
  now(): EpochMs;
}

/** A stored document with the ETag that a later write must present. */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

/**
 * An aggregate filed under the UTC minute of its next change. `kind` is the kind of aggregate as
 * its feature registers it with the sweep; '' for entries filed before the schedule kept kinds.
 */
export interface ScheduledChange {
  readonly tenantId: TenantId;
  readonly kind: string;
  /** The aggregate's id within its tenant. */
  readonly id: string;
  readonly at: EpochMs;
}

/** How far the sweep has read the schedule, and which kinds were filed for every aggregate. */
export interface SweepProgress {
  /** The last minute the sweep read after it had passed. */
  readonly sweptThrough: EpochMs;
  /** Kinds whose aggregates written before they were filed have been filed (backfilled). */
  readonly backfilled: readonly string[];
}

/**
 * The sweep's timer wheel: one bucket per UTC minute, read by id, so that finding what is due
 * costs the same however many aggregates are open. Minutes are epoch ms of a minute's start.
 */
export interface SlaSchedule {
  /**
   * Files the aggregate under the minute of `change.at`, or under the current minute when that
   * has passed (the sweep has read the minutes behind it); filing it again there is a no-op.
   */
  schedule(change: ScheduledChange): Promise<void>;
  /** Everything filed under the minutes `fromMinute`..`toMinute`, both included. */
  due(fromMinute: EpochMs, toMinute: EpochMs): Promise<readonly ScheduledChange[]>;
  /** Null before the first sweep. */
  checkpoint(): Promise<Versioned<SweepProgress> | null>;
  /** Throws PreconditionFailed (stale ETag) or Conflict (etag null but one exists). */
  advance(progress: SweepProgress, etag: string | null): Promise<void>;
}

/** What a tenant has configured; small, read often, cached briefly by the adapter. */
export interface TenantSetup {
  readonly departments: readonly Department[];
  readonly branches: readonly Branch[];
  readonly calendars: readonly BusinessCalendarSpec[];
  readonly requestTypes: readonly RequestType[];
  readonly slaPolicies: readonly SlaPolicy[];
}

export interface Directory {
  findPerson(tenantId: TenantId, personId: PersonId): Promise<Person | undefined>;
  listPeople(tenantId: TenantId): Promise<readonly Person[]>;
  setup(tenantId: TenantId): Promise<TenantSetup>;
}

export interface Notifier {
  /** Idempotent by notification id. */
  notify(notification: AnyNotification): Promise<void>;
}

export interface IdGenerator {
  newId(): string;
}

export interface Capabilities {
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly directory: Directory;
  readonly notifier: Notifier;
  readonly slaSchedule: SlaSchedule;
}
