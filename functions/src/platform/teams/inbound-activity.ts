/**
 * The gate in front of the Teams SDK: every activity posted to /api/messages is checked here
 * before the SDK (which only casts the body) sees it. A `serviceUrl` is where the bot will post
 * its replies and, once remembered, its proactive cards, so it must be an address the bot may
 * call: a Bot Framework host over https in azure mode, this machine in local mode (which takes
 * unauthenticated activities), and in either mode the configured `BOT_SERVICE_URL`.
 * Anything else is a ValidationFailed (400 problem+json) and never reaches a handler.
 */
import { ValidationFailed } from '@tandem/shared';
import { z } from 'zod';

/** The activity types Teams sends a bot; any other type is refused, not silently ignored. */
const KNOWN_TYPES = [
  'message',
  'messageUpdate',
  'messageDelete',
  'messageReaction',
  'conversationUpdate',
  'installationUpdate',
  'invoke',
  'event',
  'typing',
  'endOfConversation',
  'command',
  'commandResult',
  'trace',
  'handoff',
] as const;

/** Hosts of the Bot Connector in the public and government clouds. */
const BOT_FRAMEWORK_HOSTS = [
  /^smba\.trafficmanager\.net$/,
  /(^|\.)botframework\.(com|us|azure\.us|azure\.cn)$/,
  /(^|\.)teams\.microsoft\.(com|us)$/,
  /(^|\.)infra\.gov\.teams\.microsoft\.us$/,
];

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

const account = z.looseObject({ id: z.string().min(1).max(512) });

const activitySchema = z.looseObject({
  type: z.enum(KNOWN_TYPES),
  serviceUrl: z.string().max(2048),
  id: z.string().max(512).optional(),
  channelId: z.string().max(100).optional(),
  from: account,
  recipient: account.optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
});
export type InboundActivity = z.infer<typeof activitySchema>;

export interface ActivityCheckOptions {
  readonly mode: 'local' | 'azure';
  /** BOT_SERVICE_URL: every proactive call goes there, so its host is allowed too. */
  readonly serviceUrlOverride?: string | undefined;
}

export type ActivityCheck = (body: unknown) => InboundActivity;

export function makeActivityCheck(options: ActivityCheckOptions): ActivityCheck {
  const overrideHost = options.serviceUrlOverride
    ? new URL(options.serviceUrlOverride).host
    : undefined;
  const allowed = (url: URL): boolean => {
    if (overrideHost !== undefined && url.host === overrideHost) return true;
    if (options.mode === 'local') {
      return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.test(url.hostname);
    }
    return url.protocol === 'https:' && BOT_FRAMEWORK_HOSTS.some((h) => h.test(url.hostname));
  };
  return (body) => {
    const parsed = activitySchema.safeParse(body);
    if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The activity is not valid.');
    const url = URL.canParse(parsed.data.serviceUrl) ? new URL(parsed.data.serviceUrl) : undefined;
    if (!url || url.username !== '' || url.password !== '' || !allowed(url)) {
      throw new ValidationFailed('The activity is not valid.', [
        {
          path: 'serviceUrl',
          message:
            options.mode === 'local'
              ? 'Must be an http(s) address on this machine in local mode.'
              : 'Must be an https address of the Bot Framework.',
        },
      ]);
    }
    return parsed.data;
  };
}
