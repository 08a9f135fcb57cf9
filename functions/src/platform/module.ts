/**
 * What a feature declares to the one composition root (main.ts): its HTTP routes, the card verbs
 * it answers, its timers, the kinds it files in the SLA schedule, and its listeners on the
 * after-write bus. A feature builds its module
 * from the platform and from other features' public APIs; the root collects the declarations and
 * registers them with app.http / app.timer (Azure) or the local host, the card router and the bus.
 */
import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { EpochMs, TenantId } from '@tandem/shared';
import type { AfterWriteListener } from '../kernel/events';
import type { OpenApiPiece } from './http/openapi-operation';
import type { Route } from './http/route';
import type { ScheduledKind } from './schedule/scheduled-kind';

/** Clicks on the feature's cards (`Action.Execute`), dispatched by verb. */
export interface CardVerbs {
  /** Exact verbs (`acknowledge`) and prefixes ending in '.' (`<feature>.`) the feature answers. */
  readonly verbs: readonly string[];
  /** The Universal Actions answer to one invoke activity whose verb is one of `verbs`. */
  answer(activity: unknown): Promise<AdaptiveCardActionResponse>;
}

/**
 * Work a timer does. Sweeps naming the same timer run one after another in one function (in
 * Azure an app.timer, locally an interval), in the order the root lists the features.
 */
export interface Sweep {
  /** The timer's function name: letters/digits/-/_ (the Functions host's rule). */
  readonly timer: string;
  /** NCRONTAB with seconds, as app.timer takes it; the sweeps of one timer agree on it. */
  readonly schedule: string;
  /** The local host's interval for the timer. */
  readonly everyMs: number;
  /** One pass; its report is logged when `worthLogging` says so. */
  run(): Promise<object>;
  worthLogging?(report: object): boolean;
}

export interface AfterWriteSubscription {
  /** The kind of aggregate, as its store publishes it. */
  readonly kind: string;
  readonly listener: AfterWriteListener;
}

export interface FeatureModule {
  /** The feature's folder name. */
  readonly name: string;
  readonly routes?: readonly Route[];
  /** How its routes appear in /api/openapi.json: one operation per route, with its contract. */
  readonly openApi?: OpenApiPiece;
  readonly cardVerbs?: CardVerbs;
  readonly sweeps?: readonly Sweep[];
  /**
   * Kinds of aggregate the feature's stores file in the SLA schedule; the platform's SLA sweep
   * (platform/schedule/) reads the schedule once a minute and hands each its entries.
   */
  readonly scheduledKinds?: readonly ScheduledKind[];
  readonly listeners?: readonly AfterWriteSubscription[];
  /** The local demo tenant's data of this feature, made once its directory exists. */
  seedDemo?(tenantId: TenantId, now: EpochMs): Promise<number>;
  /** Settles when the feature's background work has ended (shutdown, tests). */
  idle?(): Promise<void>;
}
