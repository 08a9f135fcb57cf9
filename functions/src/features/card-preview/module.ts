/**
 * The card preview, declared once: the cards the bot would show the caller now (GET /api/cards)
 * and clicks on them (POST /api/cards/action), handed to the bot's own card router, so a click in
 * the tab goes through the same checks and use cases as one in Teams. Works without a bot too.
 */
import type { FeatureModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import type { CardRouter } from '../../platform/teams/card-router';
import type { ApprovalStore } from '../approvals';
import type { NotificationInbox } from '../notifications';
import { makeCardPreviewRoutes } from './card-preview-routes';
import { cardPreviewOpenApi } from './card-preview-openapi';
import type { RequestStore } from '../requests';

export interface CardPreviewSources {
  readonly requestStore: RequestStore;
  readonly approvalStore: ApprovalStore;
  readonly notifications: NotificationInbox;
  /** The root's card router (built once every feature declared its verbs). */
  readonly cards: CardRouter;
}

export function cardPreviewModule(platform: Platform, sources: CardPreviewSources): FeatureModule {
  return {
    name: 'card-preview',
    openApi: cardPreviewOpenApi,
    routes: makeCardPreviewRoutes({
      ...platform,
      cards: sources.cards,
      list: { ...platform, ...sources },
    }),
  };
}
