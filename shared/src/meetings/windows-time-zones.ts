/**
 * IANA → Windows time-zone names for the zones Tandem's departments and branches use (Russia
 * from Kaliningrad to Kamchatka, and the usual European and US zones), after the CLDR
 * windowsZones table. Graph documents Windows names as the format every calendar operation
 * accepts: IANA names work only for a listed subset and "might not" for create/update, and the
 * `Prefer: outlook.timezone` header is answered with an error for IANA names. Windows names are
 * also what Graph echoes in `originalStartTimeZone`.
 */
import { ValidationFailed } from '../kernel/errors';

const windowsNames: Readonly<Record<string, string>> = {
  'Europe/Kaliningrad': 'Kaliningrad Standard Time',
  'Europe/Moscow': 'Russian Standard Time',
  'Europe/Simferopol': 'Russian Standard Time',
  'Europe/Kirov': 'Russian Standard Time',
  'Europe/Volgograd': 'Volgograd Standard Time',
  'Europe/Astrakhan': 'Astrakhan Standard Time',
  'Europe/Ulyanovsk': 'Astrakhan Standard Time',
  'Europe/Saratov': 'Saratov Standard Time',
  'Europe/Samara': 'Russia Time Zone 3',
  'Asia/Yekaterinburg': 'Ekaterinburg Standard Time',
  'Asia/Omsk': 'Omsk Standard Time',
  'Asia/Novosibirsk': 'N. Central Asia Standard Time',
  'Asia/Barnaul': 'Altai Standard Time',
  'Asia/Tomsk': 'Tomsk Standard Time',
  'Asia/Krasnoyarsk': 'North Asia Standard Time',
  'Asia/Novokuznetsk': 'North Asia Standard Time',
  'Asia/Irkutsk': 'North Asia East Standard Time',
  'Asia/Chita': 'Transbaikal Standard Time',
  'Asia/Yakutsk': 'Yakutsk Standard Time',
  'Asia/Vladivostok': 'Vladivostok Standard Time',
  'Asia/Sakhalin': 'Sakhalin Standard Time',
  'Asia/Magadan': 'Magadan Standard Time',
  'Asia/Srednekolymsk': 'Russia Time Zone 10',
  'Asia/Kamchatka': 'Russia Time Zone 11',
  'Europe/Minsk': 'Belarus Standard Time',
  'Europe/London': 'GMT Standard Time',
  'Europe/Berlin': 'W. Europe Standard Time',
  'Europe/Paris': 'Romance Standard Time',
  'Europe/Warsaw': 'Central European Standard Time',
  'Europe/Helsinki': 'FLE Standard Time',
  'Europe/Istanbul': 'Turkey Standard Time',
  'Asia/Dubai': 'Arabian Standard Time',
  'America/New_York': 'Eastern Standard Time',
  'America/Chicago': 'Central Standard Time',
  'America/Denver': 'Mountain Standard Time',
  'America/Los_Angeles': 'Pacific Standard Time',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
};

export function windowsTimeZoneOf(ianaTimeZone: string): string | undefined {
  return windowsNames[ianaTimeZone];
}

/** The Windows name for Graph; a zone outside the table is refused rather than guessed. */
export function graphTimeZoneOf(ianaTimeZone: string, path = 'timeZone'): string {
  const name = windowsTimeZoneOf(ianaTimeZone);
  if (name === undefined) {
    throw new ValidationFailed('Outlook calendars do not support this time zone here.', [
      { path, message: `No Windows time zone is known for "${ianaTimeZone}".` },
    ]);
  }
  return name;
}

/** The IANA zones the table covers (for forms that offer zones). */
export const graphSupportedTimeZones: readonly string[] = Object.freeze(Object.keys(windowsNames));
