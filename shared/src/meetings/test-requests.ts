/** Requests with their SLA states around one meeting, shared by the suggestion tests. */
import type { TenantId } from '../kernel/ids';
import { deepFreeze } from '../requests/test-fixtures';
import type { RequestWithSla } from './suggest-agenda';
import { logistics, marketing, people, requestBetween, sales, weeklySeries } from './test-series';

export const day = 86_400_000;
export const now = Date.parse('2026-03-20T09:00:00Z');
export const series = weeklySeries('Europe/Moscow');
export const options = { openLongerThanDays: 14 };

export const data: RequestWithSla[] = deepFreeze([
  { request: requestBetween('r-warning', people.mark, sales, now - 3 * day), slaState: 'warning' },
  {
    request: requestBetween('r-old', people.rita, marketing, now - 20 * day),
    slaState: 'on_track',
  },
  {
    request: requestBetween('r-breached', people.rita, marketing, now - 5 * day),
    slaState: 'breached',
  },
  {
    request: requestBetween('r-both', people.rita, marketing, now - 30 * day),
    slaState: 'breached',
  },
  {
    request: requestBetween('r-young', people.rita, marketing, now - 2 * day),
    slaState: 'on_track',
  },
  {
    request: requestBetween('r-paused', people.rita, marketing, now - 14 * day),
    slaState: 'paused',
  },
  {
    request: requestBetween('r-logistics', people.rita, logistics, now - 40 * day),
    slaState: 'breached',
  },
  {
    request: requestBetween('r-resolved', people.rita, marketing, now - 40 * day, people.mark),
    slaState: 'breached',
  },
  {
    request: requestBetween(
      'r-t2',
      { ...people.rita, tenantId: 't2' as TenantId },
      marketing,
      now - 40 * day,
    ),
    slaState: 'breached',
  },
]);
