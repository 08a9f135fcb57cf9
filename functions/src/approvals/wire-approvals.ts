/**
 * The composition of approvals, for compose.ts: from the app's ports and the `requests`
 * container (approvals are `docType: 'approval'` documents in the tenant's partition) to the
 * /api/approvals routes and the store other parts (bot cards, the tab's counts) may read.
 */
import type { Container } from '@azure/cosmos';
import type { AuthDeps } from '../handlers/authed';
import type { Route } from '../http/route';
import type { Capabilities } from '../ports';
import {
  makeApprovalActionHandler,
  makeCreateApprovalHandler,
  makeGetApprovalHandler,
  makeListApprovalsHandler,
} from './approval-handlers';
import type { ApprovalStore } from './approval-store';
import { makeCosmosApprovalStore } from './cosmos-approval-store';

export interface ApprovalWiringDeps
  extends AuthDeps, Pick<Capabilities, 'clock' | 'ids' | 'directory' | 'requestStore'> {
  /** The `requests` container. */
  readonly container: Container;
}

export interface ApprovalWiring {
  /** Add to the route table. */
  readonly routes: Route[];
  readonly approvalStore: ApprovalStore;
}

export function wireApprovals(deps: ApprovalWiringDeps): ApprovalWiring {
  const approvalStore = makeCosmosApprovalStore(deps.container);
  const handlerDeps = { ...deps, approvalStore };
  return {
    approvalStore,
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
