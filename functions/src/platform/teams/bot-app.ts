/**
 * The Teams SDK App behind /api/messages. Every option is given explicitly, so the SDK reads
 * nothing from process.env (it would otherwise look for CLIENT_ID, SERVICE_URL, CLOUD, …).
 * In azure mode the App has the bot's identity and validates each Bot Framework token; in local
 * mode it has none and accepts unauthenticated activities — the only place that is allowed.
 */
import { PUBLIC } from '@microsoft/teams.api';
import { App, type IHttpServerRequest, type IHttpServerResponse } from '@microsoft/teams.apps';
import type { Client as HttpClient } from '@microsoft/teams.common';
import type { BotConfig, BotCredentials } from './bot-config';
import { type BotLog, toSdkLogger } from './bot-log';
import type { CardRouter } from './card-router';
import {
  type ConversationEventDeps,
  onConversationUpdate,
  onInstallationUpdate,
  rememberConversation,
} from './conversation-events';
import { makeCapturingAdapter } from './http-adapter';
import { type LinkCommandDeps, answerMessage } from './link-command';

export const messagingEndpoint = '/api/messages';
const publicConnector = 'https://smba.trafficmanager.net/teams';

export type BotHandlerDeps = ConversationEventDeps &
  LinkCommandDeps & {
    /** Where clicks on cards go: the feature that declared the verb. */
    readonly cards: CardRouter;
  };

export interface BotApp {
  readonly app: App;
  /** Hands one HTTP request of /api/messages to the SDK (token check, routing, response). */
  handle(request: IHttpServerRequest): Promise<IHttpServerResponse>;
  /** The HTTP client for proactive calls: with the bot's token in azure mode. */
  readonly connectorHttp: HttpClient;
}

export function makeBotApp(config: BotConfig, mode: 'local' | 'azure', log: BotLog): BotApp {
  if (mode === 'azure' && !config.credentials) {
    throw new Error('The bot needs its identity (BOT_ID, BOT_TENANT_ID) in azure mode.');
  }
  const adapter = makeCapturingAdapter();
  const app = new App({
    ...identityOptions(mode === 'azure' ? config.credentials : null),
    dangerouslyAllowUnauthenticatedRequests: mode === 'local',
    httpServerAdapter: adapter,
    messagingEndpoint,
    serviceUrl: config.serviceUrlOverride ?? publicConnector,
    cloud: PUBLIC,
    logger: toSdkLogger(log),
    oauth: { fetchUserToken: false },
    activity: { mentions: { stripText: true } },
  });
  const ready = app.initialize();
  // Reported by the first request that awaits it, not as an unhandled rejection at start.
  ready.catch(() => undefined);
  return {
    app,
    async handle(request) {
      await ready;
      return adapter.handle('POST', messagingEndpoint, request);
    },
    // Without credentials the token-bearing client would send "Bearer null".
    connectorHttp: mode === 'azure' ? app.api.http : app.client,
  };
}

/** The bot's answers: card actions, installs and removals, and the `link` command. */
export function registerBotHandlers(app: App, deps: BotHandlerDeps): void {
  app.on('card.action', (ctx) => deps.cards.answer(ctx.activity));
  app.on('installationUpdate', (ctx) => onInstallationUpdate(deps, ctx.activity));
  app.on('conversationUpdate', (ctx) => onConversationUpdate(deps, ctx.activity));
  app.on('message', async (ctx) => {
    await rememberConversation(deps, ctx.activity);
    await ctx.send(await answerMessage(deps, ctx.activity));
  });
}

/** Empty strings, not undefined: the SDK falls back to environment variables on undefined. */
function identityOptions(credentials: BotCredentials | null) {
  if (!credentials) return { clientId: '', clientSecret: '', tenantId: '' };
  if (credentials.kind === 'secret') {
    return {
      clientId: credentials.appId,
      clientSecret: credentials.secret,
      tenantId: credentials.tenantId,
    };
  }
  return {
    clientId: credentials.appId,
    clientSecret: '',
    tenantId: credentials.tenantId,
    managedIdentityClientId: credentials.managedIdentityClientId ?? credentials.appId,
  };
}
