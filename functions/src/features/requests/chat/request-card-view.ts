/**
 * From a stored request to the card a given viewer sees, with everything the pure card builders
 * need looked up once per tenant: names, SLA figures as of now, the version people act on.
 */
import type { EpochMs, Person, Request } from '@tandem/shared';
import {
  type AdaptiveCard,
  type CardLocale,
  type TabLink,
  cardNamesFrom,
} from '../../../platform/cards';
import { type RequestCardView, requestCard } from '../cards/request-card';
import type { TenantCardData } from '../../../platform/cards/tenant-card-data';
import type { TenantSetup } from '../../../kernel/ports';

export { type TenantCardData, loadTenantCardData } from '../../../platform/cards/tenant-card-data';
import { requestVersion } from '../request-version';
import { toSlaDto } from '../../../kernel/sla-view';
import { evaluateSla } from '../request-sla';

export interface CardViewOptions {
  readonly viewer: Person | null;
  readonly locale: CardLocale;
  readonly now: EpochMs;
  readonly tab: TabLink;
  readonly refreshUserIds?: readonly string[] | undefined;
}

export function requestCardViewOf(
  request: Request,
  data: TenantCardData,
  o: CardViewOptions,
): RequestCardView {
  return {
    request,
    etag: requestVersion(request),
    sla: toSlaDto(evaluateSla(request, data.setup, o.now).sla),
    viewer: o.viewer,
    names: cardNamesFrom(data.setup, data.people, o.locale),
    tab: o.tab,
    now: o.now,
    locale: o.locale,
    ...(o.refreshUserIds ? { refreshUserIds: o.refreshUserIds } : {}),
  };
}

export function requestCardOf(
  request: Request,
  data: TenantCardData,
  o: CardViewOptions,
): AdaptiveCard {
  return requestCard(requestCardViewOf(request, data, o));
}

/**
 * What a posted card shows that can change without anyone's action: the version and the SLA
 * states. The same key means the posted card needs no update (only its "as of" time would move).
 */
export function shownKey(request: Request, setup: TenantSetup, now: EpochMs): string {
  const { sla } = evaluateSla(request, setup, now);
  return [requestVersion(request), sla.state, sla.firstResponse.state, sla.resolution.state].join(
    '|',
  );
}
