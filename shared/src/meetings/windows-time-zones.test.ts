import { offsetAt } from '../calendar/time-zone';
import { outcome } from '../requests/test-fixtures';
import { graphSupportedTimeZones, graphTimeZoneOf, windowsTimeZoneOf } from './windows-time-zones';

/** UTC offsets in minutes, mid-January and mid-July 2026, of each Windows zone. */
const windowsOffsets: Record<string, [number, number]> = {
  'Kaliningrad Standard Time': [120, 120],
  'Russian Standard Time': [180, 180],
  'Volgograd Standard Time': [180, 180],
  'Astrakhan Standard Time': [240, 240],
  'Saratov Standard Time': [240, 240],
  'Russia Time Zone 3': [240, 240],
  'Ekaterinburg Standard Time': [300, 300],
  'Omsk Standard Time': [360, 360],
  'N. Central Asia Standard Time': [420, 420],
  'Altai Standard Time': [420, 420],
  'Tomsk Standard Time': [420, 420],
  'North Asia Standard Time': [420, 420],
  'North Asia East Standard Time': [480, 480],
  'Transbaikal Standard Time': [540, 540],
  'Yakutsk Standard Time': [540, 540],
  'Vladivostok Standard Time': [600, 600],
  'Sakhalin Standard Time': [660, 660],
  'Magadan Standard Time': [660, 660],
  'Russia Time Zone 10': [660, 660],
  'Russia Time Zone 11': [720, 720],
  'Belarus Standard Time': [180, 180],
  'GMT Standard Time': [0, 60],
  'W. Europe Standard Time': [60, 120],
  'Romance Standard Time': [60, 120],
  'Central European Standard Time': [60, 120],
  'FLE Standard Time': [120, 180],
  'Turkey Standard Time': [180, 180],
  'Arabian Standard Time': [240, 240],
  'Eastern Standard Time': [-300, -240],
  'Central Standard Time': [-360, -300],
  'Mountain Standard Time': [-420, -360],
  'Pacific Standard Time': [-480, -420],
  UTC: [0, 0],
};

describe('IANA → Windows time zones', () => {
  it.each(graphSupportedTimeZones)('maps %s to a Windows zone with the same offsets', (zone) => {
    const windows = windowsTimeZoneOf(zone) ?? '';
    const minutes = (iso: string) => offsetAt(zone, Date.parse(iso)) / 60_000;
    expect([minutes('2026-01-15T12:00Z'), minutes('2026-07-15T12:00Z')]).toEqual(
      windowsOffsets[windows],
    );
  });

  it('names the zones of the two organisers of the acceptance test', () => {
    expect(graphTimeZoneOf('Europe/Moscow')).toBe('Russian Standard Time');
    expect(graphTimeZoneOf('America/New_York')).toBe('Eastern Standard Time');
  });

  it('refuses a zone it has no name for instead of guessing', () => {
    expect(windowsTimeZoneOf('Asia/Kolkata')).toBeUndefined();
    expect(outcome(() => graphTimeZoneOf('Asia/Kolkata'))).toBe('ValidationFailed');
  });
});
