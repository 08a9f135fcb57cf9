/**
 * The cards the bot would show a person now, as that person sees them after `refresh`: their
 * latest SLA alerts still relevant, the approvals waiting for their decision and those they asked
 * for, and the open requests of their department's inbox and outbox (newest 20). The card preview
 * in the tab renders them; its buttons go to the bot's own card action handler.
 */
import {
  type Approval,
  type Person,
  type PreviewCardKind,
  type Request,
  openStatuses,
} from '@tandem/shared';
import { type ApprovalStore, approvalCardOf } from '../approvals';
import type { AdaptiveCard, CardLocale, TabLink } from '../../platform/cards';
import type { AnyNotification } from '@tandem/shared';
import type { Capabilities } from '../../kernel/ports';
import { alertCards } from './card-preview-alerts';
import { loadTenantCardData } from '../../platform/cards/tenant-card-data';
import { requestCardOf } from '../requests';
import type { RequestStoreCapability } from '../requests';

export interface PreviewCard {
  readonly id: string;
  readonly kind: PreviewCardKind;
  /** The request's or the approval's id. */
  readonly subjectId: string;
  /** Plain text, for the list around the cards. */
  readonly title: string;
  readonly card: AdaptiveCard;
}

export interface CardPreviewListDeps
  extends Pick<Capabilities, 'clock' | 'directory'>, RequestStoreCapability {
  readonly approvalStore?: ApprovalStore;
  readonly notifications: {
    list(tenantId: string, personId: string, limit: number): Promise<AnyNotification[]>;
  };
  readonly tab: TabLink;
}

const MAX_REQUESTS = 20;
const MAX_APPROVALS = 20;

export async function listPreviewCards(
  deps: CardPreviewListDeps,
  caller: Person,
  locale: CardLocale,
): Promise<PreviewCard[]> {
  const data = await loadTenantCardData(deps.directory, caller.tenantId);
  // No `refresh.userIds`: the tab renders each card for this person already.
  const options = { viewer: caller, locale, now: deps.clock.now(), tab: deps.tab };
  const [alerts, approvals, requests] = await Promise.all([
    alertCards(deps, caller, data, options),
    approvalsOf(deps, caller),
    requestsOf(deps, caller),
  ]);
  return [
    ...alerts,
    ...approvals.map((a) => ({
      id: `approval:${a.id}`,
      kind: 'approval' as const,
      subjectId: a.id,
      title: a.title,
      card: approvalCardOf(a, data, options),
    })),
    ...requests.map((r) => ({
      id: `request:${r.id}`,
      kind: 'request' as const,
      subjectId: r.id,
      title: r.title,
      card: requestCardOf(r, data, options),
    })),
  ];
}

async function requestsOf(deps: CardPreviewListDeps, caller: Person): Promise<Request[]> {
  const pages = await Promise.all(
    (['inbox', 'outbox'] as const).map((box) =>
      deps.requestStore.list({
        tenantId: caller.tenantId,
        box,
        departmentId: caller.departmentId,
        statuses: openStatuses,
        limit: 100,
      }),
    ),
  );
  const byId = new Map(pages.flatMap((p) => p.items).map((s) => [s.value.id, s.value]));
  return [...byId.values()]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, MAX_REQUESTS);
}

/** Those waiting for the caller's decision first, then those the caller asked for. */
async function approvalsOf(deps: CardPreviewListDeps, caller: Person): Promise<Approval[]> {
  const store = deps.approvalStore;
  if (!store) return [];
  const boxes = await Promise.all(
    (['to-decide', 'mine'] as const).map((box) =>
      store.list({
        tenantId: caller.tenantId,
        box,
        personId: caller.id,
        limit: MAX_APPROVALS,
      }),
    ),
  );
  const byId = new Map(boxes.flatMap((b) => b.items).map((s) => [s.value.id, s.value]));
  return [...byId.values()].slice(0, MAX_APPROVALS);
}
