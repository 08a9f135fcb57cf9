/**
 * The composition root of the Azure Functions app (Node, v4 programming model): parses the
 * configuration once, builds the clients and registers every HTTP function, the SLA sweep
 * timer and the calendar outbox timer. Outside the Functions host (jest, the local host of
 * `npm start`) nothing registers here: those call composeApp() with the same configuration.
 */
import { app } from '@azure/functions';
import { makeCosmosClient } from './platform/cosmos/cosmos-client';
import { makeEntraTokenValidator } from './platform/auth/entra';
import { makeLocalTokenIssuer, makeLocalTokenValidator } from './platform/auth/local-token-issuer';
import type { TokenValidator } from './platform/auth/token-validator';
import { loadBotConfig } from './platform/teams/bot-config';
import { type ComposeParts, composeApp } from './compose';
import { type Config, loadConfig } from './config';
import { registerRoutes } from './platform/http/register-routes';
import { ensureErrorType } from './platform/http/problem';
import { DEMO_TENANT_ID } from './platform/local/demo-tenant';

/** The Functions worker sets this; `node` running the local host or jest does not. */
const insideFunctionsHost = process.env.FUNCTIONS_WORKER_RUNTIME !== undefined;

/**
 * Production validates Entra ID tokens. `func start` in local mode (against the embedded Cosmos
 * server or the emulator) uses the local issuer, created on first use, with the same validator.
 */
function signIn(config: Config): Pick<ComposeParts, 'tokenValidator' | 'dev'> {
  if (config.mode === 'azure') return { tokenValidator: makeEntraTokenValidator(config.auth) };
  const issuer = makeLocalTokenIssuer({
    audience: config.auth.clientId,
    issuerBaseUrl: `${config.publicBaseUrl}/local-issuer`,
  });
  const validator = issuer.then((i) => makeLocalTokenValidator(i, config.auth));
  const tokenValidator: TokenValidator = {
    validate: async (header) => (await validator).validate(header),
  };
  return {
    tokenValidator,
    dev: {
      issuer: { issue: async (id, ttl) => (await issuer).issue(id, ttl) },
      demoTenantId: DEMO_TENANT_ID,
    },
  };
}

if (insideFunctionsHost) {
  const config = loadConfig(process.env);
  // The bot is optional in Azure (an API-only deployment sets no BOT_ID); local mode always has it.
  const withBot = config.mode === 'local' || process.env.BOT_ID !== undefined;
  const composed = composeApp(config, {
    client: makeCosmosClient(config),
    ...signIn(config),
    ...(withBot ? { bot: { config: loadBotConfig(process.env, config) } } : {}),
  });
  registerRoutes(composed.routes);
  app.timer('slaSweep', {
    schedule: '0 */1 * * * *',
    handler: async (_timer, ctx) => {
      try {
        ctx.log('SLA sweep', await composed.sweep());
      } catch (err) {
        ctx.error('SLA sweep failed', ensureErrorType(err));
        throw err;
      }
    },
  });
  // Calendar writes queued by the meetings API; each write also kicks a run, this catches the rest
  // (retries after 429/503, runs cut short when the host froze the instance).
  app.timer('calendarOutbox', {
    schedule: '30 */1 * * * *',
    handler: async (_timer, ctx) => {
      try {
        const report = await composed.processCalendarOutbox();
        if (report.sent + report.retrying + report.failed > 0) ctx.log('Calendar outbox', report);
      } catch (err) {
        ctx.error('Calendar outbox failed', ensureErrorType(err));
        throw err;
      }
    },
  });
}

export { signIn };
