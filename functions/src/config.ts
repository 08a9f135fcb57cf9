/**
 * The app's configuration, parsed from the environment once at start (see main.ts) into a frozen
 * object. Handlers and adapters get what they need from it as arguments; nothing else reads
 * process.env. Bad configuration stops the app at start with every problem listed by variable.
 */
import path from 'node:path';
import { z } from 'zod';

export interface CosmosConfig {
  readonly endpoint: string;
  /** Absent in Azure: the app then signs in with DefaultAzureCredential (managed identity). */
  readonly key?: string;
  readonly databaseId: string;
}

export interface AuthConfig {
  /** Application ID URI of the API app registration, e.g. api://tandem.example.com/<clientId>. */
  readonly audience: string;
  /** Client id of the same registration: Entra v2 access tokens carry it as `aud`. */
  readonly clientId: string;
  readonly allowedTenantIds?: readonly string[];
}

/** How the app signs in to Microsoft Graph in each customer tenant (application permissions). */
export type GraphSignInConfig =
  | { readonly kind: 'client-secret'; readonly clientId: string; readonly clientSecret: string }
  /** The Functions' managed identity: its own tenant only; `clientId` of a user-assigned one. */
  | { readonly kind: 'managed-identity'; readonly clientId?: string };

/** Where calendar invitations go: Outlook through Graph, or the local calendar with .ics files. */
export type CalendarConfig =
  | { readonly mode: 'local' }
  | {
      readonly mode: 'graph';
      /** Graph's v1.0 root, e.g. https://graph.microsoft.com/v1.0 (national clouds differ). */
      readonly baseUrl: string;
      /** Entra's authority host when not the public cloud's. */
      readonly authorityHost?: string;
      readonly signIn: GraphSignInConfig;
    };

interface CommonConfig {
  readonly cosmos: CosmosConfig;
  readonly auth: AuthConfig;
  readonly publicBaseUrl: string;
  readonly calendar: CalendarConfig;
}

export interface LocalConfig extends CommonConfig {
  readonly mode: 'local';
  readonly local: {
    readonly port: number;
    /** Port of the embedded Cosmos DB server; its endpoint is cosmos.endpoint. */
    readonly cosmosPort: number;
    /** Absolute folder for local data (the Cosmos snapshot). */
    readonly dataDir: string;
  };
}

export interface AzureConfig extends CommonConfig {
  readonly mode: 'azure';
}

export type Config = LocalConfig | AzureConfig;

export class ConfigError extends Error {}

const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z
  .object({
    TANDEM_MODE: z.enum(['local', 'azure']).default('local'),
    COSMOS_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    COSMOS_KEY: z.string().optional(),
    COSMOS_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,255}$/, 'letters, digits, "_" and "-" only')
      .default('tandem'),
    AUTH_AUDIENCE: z.string().optional(),
    AUTH_CLIENT_ID: z.guid().optional(),
    AUTH_ALLOWED_TENANT_IDS: z
      .string()
      .transform((s) => s.split(',').map((t) => t.trim()))
      .pipe(z.array(z.guid()).min(1))
      .optional(),
    PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    PORT: port.default(7071),
    COSMOS_LOCAL_PORT: port.default(8081),
    TANDEM_DATA_DIR: z.string().default('.data'),
    CALENDAR_MODE: z.enum(['graph', 'local']).optional(),
    GRAPH_CLIENT_ID: z.guid().optional(),
    GRAPH_CLIENT_SECRET: z.string().optional(),
    GRAPH_BASE_URL: z
      .url({ protocol: /^https$/ })
      .transform(trimSlash)
      .refine((u) => u.endsWith('/v1.0'), 'must end with /v1.0 (the Graph version Tandem speaks)')
      .default('https://graph.microsoft.com/v1.0'),
    GRAPH_AUTHORITY_HOST: z.url({ protocol: /^https$/ }).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.GRAPH_CLIENT_SECRET !== undefined && env.GRAPH_CLIENT_ID === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['GRAPH_CLIENT_ID'],
        message: 'required with GRAPH_CLIENT_SECRET',
      });
    }
  })
  .superRefine((env, ctx) => {
    if (env.TANDEM_MODE !== 'azure') return;
    const required = ['COSMOS_ENDPOINT', 'AUTH_AUDIENCE', 'AUTH_CLIENT_ID', 'PUBLIC_BASE_URL'];
    for (const name of required) {
      if (env[name as keyof typeof env] === undefined) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'required in azure mode' });
      }
    }
    if (env.COSMOS_ENDPOINT?.startsWith('http:')) {
      ctx.addIssue({
        code: 'custom',
        path: ['COSMOS_ENDPOINT'],
        message: 'must be https in azure mode',
      });
    }
  });

type Env = Readonly<Record<string, string | undefined>>;

/** Parses the given environment (pass process.env in main.ts); throws ConfigError listing every problem. */
export function loadConfig(env: Env, cwd: string = process.cwd()): Config {
  // App settings left blank in the portal arrive as "": treat them as not set.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  - ${i.path.join('.') || '(env)'}: ${i.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const auth: AuthConfig = {
    audience: e.AUTH_AUDIENCE ?? 'api://tandem-local',
    clientId: e.AUTH_CLIENT_ID ?? '00000000-0000-4000-8000-000000000001',
    ...(e.AUTH_ALLOWED_TENANT_IDS ? { allowedTenantIds: e.AUTH_ALLOWED_TENANT_IDS } : {}),
  };
  const calendar = calendarConfig(e);
  if (e.TANDEM_MODE === 'azure') {
    return deepFreeze({
      mode: 'azure',
      cosmos: {
        endpoint: e.COSMOS_ENDPOINT as string,
        ...(e.COSMOS_KEY ? { key: e.COSMOS_KEY } : {}),
        databaseId: e.COSMOS_DATABASE,
      },
      auth,
      publicBaseUrl: trimSlash(e.PUBLIC_BASE_URL as string),
      calendar,
    });
  }
  return deepFreeze({
    mode: 'local',
    cosmos: {
      endpoint: e.COSMOS_ENDPOINT ?? `http://127.0.0.1:${e.COSMOS_LOCAL_PORT}`,
      // The embedded server accepts any key; the SDK insists on one.
      key: e.COSMOS_KEY ?? 'local-emulator-key',
      databaseId: e.COSMOS_DATABASE,
    },
    auth,
    publicBaseUrl: trimSlash(e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`),
    calendar,
    local: {
      port: e.PORT,
      cosmosPort: e.COSMOS_LOCAL_PORT,
      dataDir: path.resolve(cwd, e.TANDEM_DATA_DIR),
    },
  });
}

/** Graph by default in Azure, the local calendar by default on a machine without a tenant. */
function calendarConfig(e: z.output<typeof envSchema>): CalendarConfig {
  const mode = e.CALENDAR_MODE ?? (e.TANDEM_MODE === 'azure' ? 'graph' : 'local');
  if (mode === 'local') return { mode };
  const signIn: GraphSignInConfig =
    e.GRAPH_CLIENT_SECRET !== undefined && e.GRAPH_CLIENT_ID !== undefined
      ? { kind: 'client-secret', clientId: e.GRAPH_CLIENT_ID, clientSecret: e.GRAPH_CLIENT_SECRET }
      : {
          kind: 'managed-identity',
          ...(e.GRAPH_CLIENT_ID !== undefined ? { clientId: e.GRAPH_CLIENT_ID } : {}),
        };
  return {
    mode,
    baseUrl: e.GRAPH_BASE_URL,
    ...(e.GRAPH_AUTHORITY_HOST ? { authorityHost: trimSlash(e.GRAPH_AUTHORITY_HOST) } : {}),
    signIn,
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
