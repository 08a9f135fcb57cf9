/**
 * One Graph calendar gateway per tenant. With a client secret the multi-tenant app registration
 * gets an app-only token in each customer's tenant; without one the Functions' managed identity
 * signs in, which only works in its own tenant (single-tenant deployments). The README lists the
 * application permission (Calendars.ReadWrite) and the access policy that limits it to the
 * organiser mailboxes.
 */
import {
  ClientSecretCredential,
  type ClientSecretCredentialOptions,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import type { TenantId } from '@tandem/shared';
import type { CalendarGateway, CalendarGatewayFor } from './calendar-gateway';
import { makeGraphCalendarGateway } from './graph-calendar-gateway';
import { type GraphClientOptions, makeGraphClient } from '../../../platform/graph/graph-client';
import { type GraphFetcherDeps, makeGraphFetcher } from '../../../platform/graph/graph-fetcher';

export type GraphSignIn =
  | {
      readonly kind: 'client-secret';
      readonly clientId: string;
      readonly clientSecret: string;
      /** Entra's authority host; https://login.microsoftonline.com by default. */
      readonly authorityHost?: string;
      /** Extra credential options (tests add a policy that trusts their CA). */
      readonly credentialOptions?: ClientSecretCredentialOptions;
    }
  | {
      readonly kind: 'managed-identity';
      /** Client id of a user-assigned identity; absent for the system-assigned one. */
      readonly clientId?: string;
    };

export interface GraphCalendarsOptions extends Omit<GraphClientOptions, 'credential'> {
  readonly signIn: GraphSignIn;
  readonly fetcher?: GraphFetcherDeps;
}

export function makeGraphCredential(signIn: GraphSignIn, tenantId: TenantId): TokenCredential {
  if (signIn.kind === 'managed-identity') {
    return signIn.clientId
      ? new ManagedIdentityCredential({ clientId: signIn.clientId })
      : new ManagedIdentityCredential();
  }
  return new ClientSecretCredential(tenantId, signIn.clientId, signIn.clientSecret, {
    ...signIn.credentialOptions,
    ...(signIn.authorityHost
      ? { authorityHost: signIn.authorityHost, disableInstanceDiscovery: true }
      : {}),
  });
}

/** Gateways are cached per tenant so that each keeps its token cache between calls. */
export function makeGraphCalendars(options: GraphCalendarsOptions): CalendarGatewayFor {
  const { signIn, fetcher, ...client } = options;
  const gateways = new Map<TenantId, CalendarGateway>();
  return (tenantId) => {
    let gateway = gateways.get(tenantId);
    if (!gateway) {
      const credential = makeGraphCredential(signIn, tenantId);
      gateway = makeGraphCalendarGateway(
        makeGraphFetcher(makeGraphClient({ ...client, credential }), fetcher),
      );
      gateways.set(tenantId, gateway);
    }
    return gateway;
  };
}
