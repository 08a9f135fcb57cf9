/**
 * The approvals feature, declared once: the /api/approvals routes, the `approval.` card verbs,
 * the approvals' part of the SLA sweep (their alerts), the listener that keeps posted approval
 * cards current, and approval alerts in personal chat.
 */
import type { AfterWrite } from '../../kernel/events';
import type { AfterWriteSubscription, FeatureModule } from '../../platform/module';
import { type Platform, SLA_TIMER } from '../../platform/platform';
import type { RequestStore } from '../../kernel/ports';
import {
  makeApprovalActionHandler,
  makeCreateApprovalHandler,
  makeGetApprovalHandler,
  makeListApprovalsHandler,
} from './approval-handlers';
import type { ApprovalStore, StoredApproval } from './approval-store';
import { APPROVAL_WRITTEN, makeCosmosApprovalStore } from './cosmos-approval-store';
import { type ApprovalAlertSweepReport, sweepApprovalAlerts } from './sweep-approval-alerts';
import { makeApprovalAlertNotifier } from './chat/approval-alert-notifier';
import { makeApprovalCardPublisher } from './chat/approval-card-publisher';
import { makeApprovalCardVerbs } from './chat/approval-card-action';
import { keyedByApproval } from './chat/approval-posts-store';
import { makeApprovalRefreshUserIds } from './chat/approval-refresh-user-ids';
import { approvalOpenApi } from './approval-openapi';

export interface ApprovalsFeature {
  readonly module: FeatureModule;
  readonly approvalStore: ApprovalStore;
  /** The approvals' SLA alerts, run in the SLA timer. */
  sweep(): Promise<ApprovalAlertSweepReport>;
}

export function approvalsModule(
  platform: Platform,
  requests: { readonly requestStore: RequestStore },
): ApprovalsFeature {
  // Approvals are `docType: 'approval'` documents in the tenant's partition of `requests`.
  const approvalStore = makeCosmosApprovalStore(platform.container('requests'), platform.events);
  const deps = { ...platform, requestStore: requests.requestStore, approvalStore };
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
    sweep: () => sweepApprovalAlerts(deps),
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
      sweeps: [
        {
          ...SLA_TIMER,
          run: () => sweepApprovalAlerts(deps),
          worthLogging: (r) => (r as ApprovalAlertSweepReport).examined > 0,
        },
      ],
      cardVerbs: makeApprovalCardVerbs({ ...deps, refreshUserIds }),
      listeners,
    },
  };
}
