/**
 * The `invoke` activity a card preview click becomes: what Teams would send for an
 * `Action.Execute` on a card in the person's personal chat. The person and the tenant are the
 * caller of the validated token — whatever the tab sends is only the verb and the card's data,
 * which the card action handler never takes an actor from.
 */
import type { Person } from '@tandem/shared';
import type { CardLocale } from '../../platform/cards';

/** Nothing is ever sent here: the card action handler answers in the response only. */
export const previewServiceUrl = 'https://card-preview.tandem.invalid/';
export const previewBotId = 'tandem-card-preview';

export interface PreviewClick {
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export function previewInvokeActivity(
  caller: Person,
  click: PreviewClick,
  locale: CardLocale,
  activityId: string,
) {
  const conversationId = `card-preview:${caller.id}`;
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: activityId,
    channelId: 'msteams',
    serviceUrl: previewServiceUrl,
    locale: locale === 'ru' ? 'ru-RU' : 'en-US',
    from: { id: `card-preview:${caller.id}`, aadObjectId: caller.id, name: caller.displayName },
    recipient: { id: previewBotId, name: 'Tandem' },
    conversation: { id: conversationId, tenantId: caller.tenantId, conversationType: 'personal' },
    channelData: { tenant: { id: caller.tenantId } },
    value: {
      action: { type: 'Action.Execute', verb: click.verb, data: click.data },
      trigger: 'manual',
    },
  };
}
