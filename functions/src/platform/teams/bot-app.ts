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
import { cardLocaleOf } from './activity-facts';
import type { CardRouter } from './card-router';
import {
  type ConversationEventDeps,
  onConversationUpdate,
  onInstallationUpdate,
  rememberConversation,
} from './conversation-events';
import { ensureErrorType } from '../http/problem';
import { botTexts } from './bot-texts';
import { errorResponse } from './card-action-responses';
import { makeCapturingAdapter } from './http-adapter';
import { makeActivityCheck } from './inbound-activity';
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
  /**
   * Checks one HTTP request of /api/messages (ValidationFailed when it is no activity the bot
   * may answer) and hands it to the SDK (token check, routing, response).
   */
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
  const check = makeActivityCheck({ mode, serviceUrlOverride: config.serviceUrlOverride });
  return {
    app,
    async handle(request) {
      const body = check(request.body);
      await ready;
      return adapter.handle('POST', messagingEndpoint, { ...request, body });
    },
    // Without credentials the token-bearing client would send "Bearer null".
    connectorHttp: mode === 'azure' ? app.api.http : app.client,
  };
}

/**
 * The bot's answers: card actions, installs and removals, and the `link` command. No handler
 * throws into the SDK: its own error handler reads `error.request.path` of an axios error that
 * has no request (a reply to an unreachable serviceUrl) and the TypeError escapes, so each
 * failure is logged here and the activity answered (a click with a typed error).
 */
export function registerBotHandlers(app: App, deps: BotHandlerDeps): void {
  app.on('card.action', async (ctx) => {
    try {
      return await deps.cards.answer(ctx.activity);
    } catch (err) {
      deps.log('error', 'A card action failed', ensureErrorType(err));
      return errorResponse(500, 'Internal', botTexts(cardLocaleOf(ctx.activity))('internal'));
    }
  });
  app.on('installationUpdate', (ctx) =>
    logged(deps, 'An installationUpdate', () => onInstallationUpdate(deps, ctx.activity)),
  );
  app.on('conversationUpdate', (ctx) =>
    logged(deps, 'A conversationUpdate', () => onConversationUpdate(deps, ctx.activity)),
  );
  app.on('message', (ctx) =>
    logged(deps, 'A message', async () => {
      await rememberConversation(deps, ctx.activity);
      await ctx.send(await answerMessage(deps, ctx.activity));
    }),
  );
}

async function logged(deps: BotHandlerDeps, what: string, work: () => Promise<void>) {
  try {
    await work();
  } catch (err) {
    deps.log('error', `${what} failed`, ensureErrorType(err));
  }
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
