import { en } from '../../app/i18n/messages-en';
import { ru } from '../../app/i18n/messages-ru';
import { makeTranslate } from '@tandem/shared/browser';
import {
  describeRecurrence,
  formatDay,
  formatWhen,
  reasonText,
  weekdayNames,
} from './meeting-format';

const tEn = makeTranslate('en', en);
const tRu = makeTranslate('ru', ru);

describe('formatWhen', () => {
  it('shows the same instant on each zone’s clock, with the weekday', () => {
    const at = '2026-03-10T07:00:00.000Z';
    expect(formatWhen(at, 'en', 'Europe/Moscow')).toMatch(/Tue.*Mar 10.*10:00/);
    expect(formatWhen(at, 'en', 'Asia/Krasnoyarsk')).toMatch(/14:00/);
    expect(formatWhen(at, 'en', 'America/New_York')).toMatch(/03:00/);
  });
});

describe('weekdayNames', () => {
  it('starts on Monday in both languages', () => {
    expect(weekdayNames('en')[0]).toBe('Mon');
    expect(weekdayNames('en', 'long')[6]).toBe('Sunday');
    expect(weekdayNames('ru', 'long')[0]).toBe('понедельник');
  });
});

describe('reasonText', () => {
  it('says why an item was suggested, with Russian plurals', () => {
    expect(reasonText({ code: 'breached' }, tEn)).toBe('SLA breached');
    expect(reasonText({ code: 'open-too-long', openDays: 1 }, tEn)).toBe('open 1 day');
    expect(reasonText({ code: 'open-too-long', openDays: 5 }, tRu)).toBe('открыт 5 дней');
    expect(reasonText({ code: 'open-too-long', openDays: 3 }, tRu)).toBe('открыт 3 дня');
  });
});

describe('describeRecurrence', () => {
  const weekly = { weekdays: [2, 4], interval: 1, localTime: '10:00', timeZone: 'Europe/Moscow' };

  it('names the days, the local time and the zone', () => {
    expect(describeRecurrence(weekly, 'en', tEn)).toBe(
      'Weekly on Tue, Thu at 10:00 (Europe/Moscow)',
    );
    expect(describeRecurrence({ ...weekly, interval: 2 }, 'en', tEn)).toBe(
      'Every 2 weeks on Tue, Thu at 10:00 (Europe/Moscow)',
    );
  });
});

describe('formatDay', () => {
  it('reads a local date the same in every runtime zone, and leaves junk as it is', () => {
    expect(formatDay('2026-03-10', 'en')).toBe('Tue, Mar 10, 2026');
    expect(formatDay('2026-03-10', 'ru')).toMatch(/^вт, 10 мар\.? 2026/);
    expect(formatDay('next week', 'en')).toBe('next week');
  });
});
