/**
 * The composition of approvals, for compose.ts: from the app's ports and the `requests`
 * container (approvals are `docType: 'approval'` documents in the tenant's partition) to the
 * /api/approvals routes, the store other parts (bot cards, the tab's counts) may read, and the
 * approvals' SLA alert sweep.
 */
import type { Container } from '@azure/cosmos';
import type { AuthDeps } from '../../platform/http/authed';
import type { Route } from '../../platform/http/route';
import type { Capabilities } from '../../kernel/ports';
import {
  makeApprovalActionHandler,
  makeCreateApprovalHandler,
  makeGetApprovalHandler,
  makeListApprovalsHandler,
} from './approval-handlers';
import type { ApprovalStore } from './approval-store';
import { makeCosmosApprovalStore } from './cosmos-approval-store';
import { type ApprovalAlertSweepReport, sweepApprovalAlerts } from './sweep-approval-alerts';

export interface ApprovalWiringDeps
  extends
    AuthDeps,
    Pick<Capabilities, 'clock' | 'ids' | 'directory' | 'requestStore' | 'notifier'> {
  /** The `requests` container. */
  readonly container: Container;
  /**
   * The store every writer uses, when another part wraps the plain one (the bot keeps the posted
   * approval cards current after each write); by default the plain store on `container`.
   */
  readonly approvalStore?: ApprovalStore;
}

export interface ApprovalWiring {
  /** Add to the route table. */
  readonly routes: Route[];
  readonly approvalStore: ApprovalStore;
  /** The approvals' SLA alerts: run with the SLA sweep. */
  sweep(): Promise<ApprovalAlertSweepReport>;
}

export function wireApprovals(deps: ApprovalWiringDeps): ApprovalWiring {
  const approvalStore = deps.approvalStore ?? makeCosmosApprovalStore(deps.container);
  const handlerDeps = { ...deps, approvalStore };
  return {
    approvalStore,
    sweep: () => sweepApprovalAlerts(handlerDeps),
    routes: [
      {
        name: 'listApprovals',
        methods: ['GET'],
        route: 'approvals',
        handler: makeListApprovalsHandler(handlerDeps),
      },
      {
        name: 'createApproval',
        methods: ['POST'],
        route: 'approvals',
        handler: makeCreateApprovalHandler(handlerDeps),
      },
      {
        name: 'getApproval',
        methods: ['GET'],
        route: 'approvals/{id}',
        handler: makeGetApprovalHandler(handlerDeps),
      },
      {
        name: 'approvalAction',
        methods: ['POST'],
        route: 'approvals/{id}/{action}',
        handler: makeApprovalActionHandler(handlerDeps),
      },
    ],
  };
}
