/**
 * The tenants' calendars from the configuration: Outlook through Microsoft Graph, or the local
 * calendar in the `meetings` container when there is no tenant. Tests reach a Graph stand-in
 * through the same configuration, adding only trust in its certificate and recorded sleeps.
 */
import type { Container } from '@azure/cosmos';
import type { ClientSecretCredentialOptions } from '@azure/identity';
import type { GraphCalendarsOptions, GraphSignIn } from './calendar/graph-calendars';
import { makeGraphCalendars } from './calendar/graph-calendars';
import { makeLocalCalendars } from './calendar/local/local-calendar-gateway';
import type { CalendarGatewayFor } from './calendar/calendar-gateway';
import type { CalendarConfig } from '../../config';
import type { Clock } from '../../kernel/ports';

/** What a test adds to a Graph configuration; production passes nothing. */
export interface GraphHooks extends Pick<GraphCalendarsOptions, 'fetchOptions' | 'fetcher'> {
  readonly credentialOptions?: ClientSecretCredentialOptions;
}

export function makeCalendars(
  config: CalendarConfig,
  meetingsContainer: Container,
  clock: Clock,
  hooks: GraphHooks = {},
): CalendarGatewayFor {
  if (config.mode === 'local') return makeLocalCalendars(meetingsContainer, clock);
  const signIn: GraphSignIn =
    config.signIn.kind === 'managed-identity'
      ? config.signIn
      : {
          ...config.signIn,
          ...(config.authorityHost ? { authorityHost: config.authorityHost } : {}),
          ...(hooks.credentialOptions ? { credentialOptions: hooks.credentialOptions } : {}),
        };
  const root = new URL(config.baseUrl);
  return makeGraphCalendars({
    signIn,
    // The SDK adds the version itself.
    baseUrl: config.baseUrl.replace(/\/v1\.0$/, ''),
    // The SDK sends the token to Graph's public hosts only; a national cloud or a stand-in is named.
    customHosts: [root.hostname],
    ...(hooks.fetchOptions ? { fetchOptions: hooks.fetchOptions } : {}),
    ...(hooks.fetcher ? { fetcher: hooks.fetcher } : {}),
  });
}
