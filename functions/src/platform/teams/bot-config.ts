/**
 * The bot's part of the configuration (to be merged into config.ts by the lead). In azure mode
 * the bot has an identity: the Azure Bot's Entra app, single-tenant, with a client secret or a
 * managed identity; the SDK then validates every Bot Framework token. Local mode has no identity
 * at all: no tokens in, none out, and only there may unauthenticated activities come in.
 */
import { z } from 'zod';
import type { TabLink } from '../cards';
import { ConfigError } from '../../config';

export type BotCredentials =
  | {
      readonly kind: 'secret';
      readonly appId: string;
      readonly tenantId: string;
      readonly secret: string;
    }
  | {
      readonly kind: 'managed-identity';
      readonly appId: string;
      readonly tenantId: string;
      /** A user-assigned identity other than the bot's app, or 'system' (federated credential). */
      readonly managedIdentityClientId?: string;
    };

export interface BotConfig {
  /** Null only in local mode. */
  readonly credentials: BotCredentials | null;
  /** When set, proactive calls go here instead of the serviceUrl Teams sent with the activity. */
  readonly serviceUrlOverride?: string;
  /** Where "Open in Tandem" on the cards leads. */
  readonly tab: TabLink;
}

const LOCAL_TEAMS_APP_ID = '00000000-0000-4000-8000-00000000b075';

const botEnvSchema = z.object({
  BOT_ID: z.guid().optional(),
  BOT_PASSWORD: z.string().min(1).optional(),
  BOT_TENANT_ID: z.guid().optional(),
  BOT_MANAGED_IDENTITY_CLIENT_ID: z.union([z.guid(), z.literal('system')]).optional(),
  BOT_SERVICE_URL: z.url({ protocol: /^https?$/ }).optional(),
  TEAMS_APP_ID: z.guid().optional(),
});

type Env = Readonly<Record<string, string | undefined>>;

export function loadBotConfig(
  env: Env,
  base: { readonly mode: 'local' | 'azure'; readonly publicBaseUrl: string },
): BotConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = botEnvSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const e = parsed.success ? parsed.data : {};
  if (base.mode === 'azure') {
    for (const name of ['BOT_ID', 'BOT_TENANT_ID', 'TEAMS_APP_ID'] as const) {
      if (parsed.success && e[name] === undefined) problems.push(`${name}: required in azure mode`);
    }
    if (e.BOT_SERVICE_URL?.startsWith('http:')) {
      problems.push('BOT_SERVICE_URL: must be https in azure mode');
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `Invalid bot configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return Object.freeze({
    credentials: base.mode === 'azure' ? credentialsOf(e) : null,
    ...(e.BOT_SERVICE_URL ? { serviceUrlOverride: e.BOT_SERVICE_URL.replace(/\/+$/, '') } : {}),
    tab: Object.freeze({
      appId: e.TEAMS_APP_ID ?? LOCAL_TEAMS_APP_ID,
      webUrl: base.publicBaseUrl,
    }),
  });
}

function credentialsOf(e: z.infer<typeof botEnvSchema>): BotCredentials {
  const appId = e.BOT_ID as string;
  const tenantId = e.BOT_TENANT_ID as string;
  if (e.BOT_PASSWORD) return { kind: 'secret', appId, tenantId, secret: e.BOT_PASSWORD };
  return {
    kind: 'managed-identity',
    appId,
    tenantId,
    ...(e.BOT_MANAGED_IDENTITY_CLIENT_ID
      ? { managedIdentityClientId: e.BOT_MANAGED_IDENTITY_CLIENT_ID }
      : {}),
  };
}
