/**
 * Names the cards print instead of ids, looked up once per tenant and language. Ids never reach
 * a card's text: a person the directory no longer knows is shown as "Someone".
 */
import { type Person, builtInRequestTypes } from '@tandem/shared';
import type { TenantSetup } from '../../kernel/ports';
import type { CardLocale } from './card-texts';

export interface CardNames {
  readonly people: ReadonlyMap<string, string>;
  readonly departments: ReadonlyMap<string, string>;
  readonly branches: ReadonlyMap<string, string>;
  readonly requestTypes: ReadonlyMap<string, string>;
  /** IANA zone of each department's business calendar: SLA deadlines are shown in it. */
  readonly departmentTimeZones: ReadonlyMap<string, string>;
}

interface Named {
  readonly id: string;
  readonly name: string;
  readonly nameRu?: string | undefined;
}

export function cardNamesFrom(
  setup: TenantSetup,
  people: readonly Person[],
  locale: CardLocale,
): CardNames {
  const localized = (items: readonly Named[]) =>
    new Map(items.map((i) => [i.id, locale === 'ru' ? (i.nameRu ?? i.name) : i.name]));
  const zoneOfCalendar = new Map(setup.calendars.map((c) => [c.id, c.timeZone]));
  const departmentTimeZones = new Map<string, string>();
  for (const d of setup.departments) {
    const zone = zoneOfCalendar.get(d.calendarId);
    if (zone) departmentTimeZones.set(d.id, zone);
  }
  return {
    people: new Map(people.map((p) => [p.id, p.displayName])),
    departments: localized(setup.departments),
    branches: localized(setup.branches),
    // Tenant types after the built-in ones, so a tenant's own wording wins.
    requestTypes: localized([...builtInRequestTypes, ...setup.requestTypes]),
    departmentTimeZones,
  };
}
