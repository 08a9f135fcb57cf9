/**
 * The requests feature, declared once: the /api/requests routes, the request cards' verbs, the
 * SLA sweep's requests part, the listener that keeps posted request cards current, SLA alerts in
 * personal chat, and what the directory must not delete while requests use it.
 */
import type { DepartmentId, TenantId } from '@tandem/shared';
import type { AfterWrite } from '../../kernel/events';
import type { AuthDeps } from '../../platform/http/authed';
import type { AfterWriteSubscription, FeatureModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import type { ScheduledKind } from '../../platform/schedule/scheduled-kind';
import type { DirectoryUsageCheck } from '../directory';
import { REQUEST_WRITTEN, makeCosmosRequestStore } from './cosmos-request-store';
import {
  makeCreateRequestHandler,
  makeGetRequestHandler,
  makeListRequestsHandler,
  makePreviewSlaHandler,
  makeRequestActionHandler,
} from './request-handlers';
import { type RequestSlaSweepReport, requestSlaKind } from './sweep-sla';
import { seedDemoRequests } from './demo-requests';
import { makeRefreshUserIds } from './chat/refresh-user-ids';
import { type RequestCardPublisher, makeRequestCardPublisher } from './chat/request-card-publisher';
import { makeRequestCardVerbs } from './chat/request-card-action';
import { makeSlaAlertNotifier } from './chat/sla-alert-notifier';
import { requestOpenApi } from './request-openapi';
import type { RequestStore, StoredRequest } from './request-store';

export interface RequestsFeature {
  readonly module: FeatureModule;
  /** For other features, through ./index.ts (they raise requests and link to them). */
  readonly requestStore: RequestStore;
  /** The requests' part of the SLA sweep: their kind in the SLA schedule. */
  readonly slaKind: ScheduledKind<RequestSlaSweepReport>;
  /** A department still receiving or sending requests cannot be deleted. */
  readonly departmentUsage: DirectoryUsageCheck;
  /** Keeps posted request cards current; undefined without a bot. */
  readonly cardPublisher: RequestCardPublisher | undefined;
}

export function requestsModule(platform: Platform): RequestsFeature {
  const requestStore = makeCosmosRequestStore(
    platform.container('requests'),
    platform.slaSchedule,
    platform.events,
  );
  const deps = { ...platform, requestStore };
  const slaKind = requestSlaKind(deps);
  const auth: AuthDeps = platform;
  const handlers = { ...deps, ...auth };
  const chat = platform.chat;
  const refreshUserIds = chat ? makeRefreshUserIds(chat.conversations) : async () => undefined;
  const listeners: AfterWriteSubscription[] = [];
  let cardPublisher: RequestCardPublisher | undefined;
  if (chat) {
    const outgoing = { ...deps, ...chat, refreshUserIds };
    const publisher = makeRequestCardPublisher(outgoing);
    cardPublisher = publisher;
    platform.notifier.add(makeSlaAlertNotifier(outgoing));
    listeners.push({
      kind: REQUEST_WRITTEN,
      listener: (event: AfterWrite) => {
        const stored = event.value as StoredRequest;
        const hint = event.created ? { justCreated: stored.value } : undefined;
        chat.tasks.run(`request ${event.tenantId}/${event.id}`, () =>
          publisher.publish(event.tenantId, stored.value.id, hint),
        );
      },
    });
  }
  return {
    requestStore,
    slaKind,
    cardPublisher,
    departmentUsage: async (kind, id, tenantId: TenantId) => {
      if (kind !== 'department') return null;
      for (const box of ['inbox', 'outbox'] as const) {
        const page = await requestStore.list({
          tenantId,
          box,
          departmentId: id as DepartmentId,
          limit: 1,
        });
        if (page.items.length > 0) return 'requests';
      }
      return null;
    },
    module: {
      name: 'requests',
      openApi: requestOpenApi,
      routes: [
        {
          name: 'listRequests',
          methods: ['GET'],
          route: 'requests',
          handler: makeListRequestsHandler(handlers),
        },
        {
          name: 'createRequest',
          methods: ['POST'],
          route: 'requests',
          handler: makeCreateRequestHandler(handlers),
        },
        {
          name: 'previewSla',
          methods: ['POST'],
          route: 'requests/preview',
          handler: makePreviewSlaHandler(handlers),
        },
        {
          name: 'getRequest',
          methods: ['GET'],
          route: 'requests/{id}',
          handler: makeGetRequestHandler(handlers),
        },
        {
          name: 'requestAction',
          methods: ['POST'],
          route: 'requests/{id}/{action}',
          handler: makeRequestActionHandler(handlers),
        },
      ],
      scheduledKinds: [slaKind],
      cardVerbs: makeRequestCardVerbs({
        ...deps,
        tab: platform.tab,
        refreshUserIds,
        log: platform.log,
      }),
      listeners,
      seedDemo: (tenantId, now) => seedDemoRequests(deps, tenantId, now),
    },
  };
}
