/**
 * The approvals feature, declared once: the /api/approvals routes, the `approval.` card verbs,
 * the approvals' part of the SLA sweep (their alerts), the listener that keeps posted approval
 * cards current, and approval alerts in personal chat.
 */
import type { AfterWrite } from '../../kernel/events';
import type { AfterWriteSubscription, FeatureModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import type { ScheduledKind } from '../../platform/schedule/scheduled-kind';
import {
  makeApprovalActionHandler,
  makeCreateApprovalHandler,
  makeGetApprovalHandler,
  makeListApprovalsHandler,
} from './approval-handlers';
import type { ApprovalStore, StoredApproval } from './approval-store';
import { APPROVAL_WRITTEN, makeCosmosApprovalStore } from './cosmos-approval-store';
import { type ApprovalAlertSweepReport, approvalAlertKind } from './sweep-approval-alerts';
import { makeApprovalAlertNotifier } from './chat/approval-alert-notifier';
import { makeApprovalCardPublisher } from './chat/approval-card-publisher';
import { makeApprovalCardVerbs } from './chat/approval-card-action';
import { keyedByApproval } from './chat/approval-posts-store';
import { makeApprovalRefreshUserIds } from './chat/approval-refresh-user-ids';
import { approvalOpenApi } from './approval-openapi';
import type { RequestStore } from '../requests';

export interface ApprovalsFeature {
  readonly module: FeatureModule;
  readonly approvalStore: ApprovalStore;
  /** The approvals' SLA alerts: their kind in the SLA schedule, swept in the SLA timer. */
  readonly alertKind: ScheduledKind<ApprovalAlertSweepReport>;
}

export function approvalsModule(
  platform: Platform,
  requests: { readonly requestStore: RequestStore },
): ApprovalsFeature {
  // Approvals are `docType: 'approval'` documents in the tenant's partition of `requests`.
  const approvalStore = makeCosmosApprovalStore(
    platform.container('requests'),
    platform.slaSchedule,
    platform.events,
  );
  const deps = { ...platform, requestStore: requests.requestStore, approvalStore };
  const alertKind = approvalAlertKind(deps);
  const chat = platform.chat;
  const refreshUserIds = chat
    ? makeApprovalRefreshUserIds(chat.conversations)
    : async () => undefined;
  const listeners: AfterWriteSubscription[] = [];
  if (chat) {
    const outgoing = { ...deps, ...chat, posts: keyedByApproval(chat.posts), refreshUserIds };
    const publisher = makeApprovalCardPublisher(outgoing);
    platform.notifier.add(makeApprovalAlertNotifier(outgoing));
    listeners.push({
      kind: APPROVAL_WRITTEN,
      listener: (event: AfterWrite) => {
        const stored = event.value as StoredApproval;
        const hint = event.created ? { justCreated: stored.value } : undefined;
        chat.tasks.run(`approval ${event.tenantId}/${event.id}`, () =>
          publisher.publish(event.tenantId, stored.value.id, hint),
        );
      },
    });
  }
  return {
    approvalStore,
    alertKind,
    module: {
      name: 'approvals',
      openApi: approvalOpenApi,
      routes: [
        {
          name: 'listApprovals',
          methods: ['GET'],
          route: 'approvals',
          handler: makeListApprovalsHandler(deps),
        },
        {
          name: 'createApproval',
          methods: ['POST'],
          route: 'approvals',
          handler: makeCreateApprovalHandler(deps),
        },
        {
          name: 'getApproval',
          methods: ['GET'],
          route: 'approvals/{id}',
          handler: makeGetApprovalHandler(deps),
        },
        {
          name: 'approvalAction',
          methods: ['POST'],
          route: 'approvals/{id}/{action}',
          handler: makeApprovalActionHandler(deps),
        },
      ],
      scheduledKinds: [alertKind],
      cardVerbs: makeApprovalCardVerbs({ ...deps, refreshUserIds }),
      listeners,
    },
  };
}
