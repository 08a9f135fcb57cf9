import { formatAgo, formatBusinessMinutes, formatSlaText, summarizeSla } from './format-sla';
import type { ClockLike, SlaLike } from './format-sla';
import { en } from './messages-en';
import { ru } from './messages-ru';
import { makeTranslate } from '@tandem/shared/browser';

const tEn = makeTranslate('en', en);
const tRu = makeTranslate('ru', ru);
const NOW = Date.parse('2026-11-27T12:00:00Z');
const HOUR = 3_600_000;

const clock = (state: ClockLike['state'], remainingMinutes = 0, dueAt = NOW): ClockLike => ({
  state,
  remainingMinutes,
  dueAt: new Date(dueAt).toISOString(),
});
const sla = (state: SlaLike['state'], firstResponse: ClockLike, resolution: ClockLike) => ({
  state,
  firstResponse,
  resolution,
});

describe('formatBusinessMinutes', () => {
  it('shows hours and minutes, rounded down', () => {
    expect(formatBusinessMinutes(135, tEn)).toBe('2 h 15 min');
    expect(formatBusinessMinutes(135.9, tEn)).toBe('2 h 15 min');
    expect(formatBusinessMinutes(180, tEn)).toBe('3 h');
    expect(formatBusinessMinutes(40, tEn)).toBe('40 min');
    expect(formatBusinessMinutes(2400, tEn)).toBe('40 h');
    expect(formatBusinessMinutes(0.5, tEn)).toBe('less than 1 min');
    expect(formatBusinessMinutes(135, tRu)).toBe('2 ч 15 мин');
  });
});

describe('formatAgo', () => {
  it('uses the largest whole unit of wall-clock time', () => {
    expect(formatAgo(NOW - 24 * HOUR, NOW, 'en')).toBe('1 day ago');
    expect(formatAgo(NOW - 50 * HOUR, NOW, 'en')).toBe('2 days ago');
    expect(formatAgo(NOW - 3 * HOUR - 5, NOW, 'en')).toBe('3 hours ago');
    expect(formatAgo(NOW - 10_000, NOW, 'en')).toBe('1 minute ago');
    expect(formatAgo(NOW - 24 * HOUR, NOW, 'ru')).toBe('1 день назад');
    expect(formatAgo(NOW - 5 * 24 * HOUR, NOW, 'ru')).toBe('5 дней назад');
  });
});

describe('summarizeSla and formatSlaText', () => {
  it('counts down the clock that runs out first', () => {
    const s = sla('warning', clock('warning', 135), clock('on_track', 1200));
    expect(summarizeSla(s)).toEqual({ kind: 'left', minutes: 135 });
    expect(formatSlaText(s, NOW, tEn, 'en')).toBe('2 h 15 min of business time left');
    expect(formatSlaText(s, NOW, tRu, 'ru')).toBe('осталось 2 ч 15 мин рабочего времени');
  });

  it('ignores a clock that has already been met', () => {
    const s = sla('on_track', clock('met', 0), clock('on_track', 600));
    expect(summarizeSla(s)).toEqual({ kind: 'left', minutes: 600 });
  });

  it('dates a breach from the earliest breached due instant', () => {
    const s = sla(
      'breached',
      clock('breached', 0, NOW - 26 * HOUR),
      clock('breached', 0, NOW - HOUR),
    );
    expect(formatSlaText(s, NOW, tEn, 'en')).toBe('breached 1 day ago');
    expect(formatSlaText(s, NOW, tRu, 'ru')).toBe('просрочено 1 день назад');
  });

  it('says met and paused in words', () => {
    expect(formatSlaText(sla('met', clock('met'), clock('met')), NOW, tEn, 'en')).toBe('met');
    const paused = sla('paused', clock('met'), clock('paused', 300));
    expect(formatSlaText(paused, NOW, tEn, 'en')).toBe('paused');
    expect(formatSlaText(paused, NOW, tRu, 'ru')).toBe('на паузе');
  });
});
