/**
 * SLA warnings and breaches as cards in the personal chat of each person the escalation chain
 * names, sent once per notification id (the sweep may call again after a lost race). It sits
 * beside the stored notifications (compose both); a person who has no chat with the bot yet
 * finds the alert in the tab only. Other kinds of notification are not sent to chat: request
 * cards are the publisher's.
 */
import { type SlaAlert, slaAlertCard } from '../cards/sla-alert-card';
import { type TabLink } from '../../../platform/cards';
import type { Capabilities, Notifier } from '../../../kernel/ports';
import type { BotConnector } from '../../../platform/teams/bot-connector';
import type { ConversationStore } from '../../../platform/teams/conversation-store';
import { alertInPersonalChatOnce } from '../../../platform/teams/personal-chat-alert';
import type { RefreshUserIds } from './refresh-user-ids';
import { loadTenantCardData, requestCardViewOf } from './request-card-view';
import type { CardPostsStore } from '../../../platform/teams/card-posts-store';
import type { RequestStoreCapability } from '../request-store';
import { evaluateSla } from '../request-sla';

export interface SlaAlertNotifierDeps
  extends Pick<Capabilities, 'clock' | 'directory'>, RequestStoreCapability {
  readonly conversations: Pick<ConversationStore, 'personalChat'>;
  readonly posts: CardPostsStore;
  readonly connector: BotConnector;
  readonly refreshUserIds: RefreshUserIds;
  readonly tab: TabLink;
}

export function makeSlaAlertNotifier(deps: SlaAlertNotifierDeps): Notifier {
  return {
    async notify(n) {
      if (n.kind !== 'sla-warning' && n.kind !== 'sla-breach') return;
      const tenantId = n.tenantId;
      await alertInPersonalChatOnce(deps, n, n.requestId, async (chat) => {
        const [stored, person, data] = await Promise.all([
          deps.requestStore.get(tenantId, n.requestId),
          deps.directory.findPerson(tenantId, n.personId),
          loadTenantCardData(deps.directory, tenantId),
        ]);
        const request = stored.value;
        const now = deps.clock.now();
        const view = requestCardViewOf(request, data, {
          viewer: person ?? null,
          locale: chat.locale,
          now,
          tab: deps.tab,
          refreshUserIds: await deps.refreshUserIds(request, data.people),
        });
        const alert = alertOf(n) ?? worstClock(request, data.setup, now, n.kind === 'sla-breach');
        return slaAlertCard({ ...view, alert });
      });
    },
  };
}

/**
 * The sweep's notification ids are `<request>:<clock>:<percent>:<audience>:<person>` (the
 * escalation step's key between request and person); the alert is read back from there.
 */
export function alertOf(n: {
  readonly id: string;
  readonly requestId: string;
  readonly personId: string;
}): SlaAlert | undefined {
  const prefix = `${n.requestId}:`;
  const suffix = `:${n.personId}`;
  if (!n.id.startsWith(prefix) || !n.id.endsWith(suffix)) return undefined;
  const step = /^(firstResponse|resolution):(\d{1,3}):[\w-]+$/.exec(
    n.id.slice(prefix.length, n.id.length - suffix.length),
  );
  if (!step) return undefined;
  return { clock: step[1] as SlaAlert['clock'], atPercent: Number(step[2]) };
}

/** Without a readable step, the clock most used up, as it stands now. */
function worstClock(
  request: Parameters<typeof evaluateSla>[0],
  setup: Parameters<typeof evaluateSla>[1],
  now: number,
  breach: boolean,
): SlaAlert {
  const { sla } = evaluateSla(request, setup, now);
  const clock =
    sla.firstResponse.state !== 'met' && sla.firstResponse.percentUsed >= sla.resolution.percentUsed
      ? 'firstResponse'
      : 'resolution';
  const used = Math.floor(sla[clock].percentUsed);
  return { clock, atPercent: breach ? Math.max(100, used) : Math.min(99, used) };
}
