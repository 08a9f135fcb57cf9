/**
 * An SLA in words: how much business time is left on the clock that runs out
 * first, or how long ago it was breached. Business minutes are shown as hours and minutes only —
 * "days" of business time would read as calendar days.
 */
import type { Locale, Translate } from './messages';

type State = 'on_track' | 'warning' | 'breached' | 'met' | 'paused';

export interface ClockLike {
  readonly state: State;
  readonly dueAt: string;
  readonly remainingMinutes: number;
}

export interface SlaLike {
  readonly state: State;
  readonly firstResponse: ClockLike;
  readonly resolution: ClockLike;
}

export type SlaSummary =
  | { readonly kind: 'left'; readonly minutes: number }
  | { readonly kind: 'breached'; readonly since: number }
  | { readonly kind: 'met' }
  | { readonly kind: 'paused' };

export function summarizeSla(sla: SlaLike): SlaSummary {
  const clocks = [sla.firstResponse, sla.resolution];
  if (sla.state === 'breached') {
    const since = Math.min(
      ...clocks.filter((c) => c.state === 'breached').map((c) => Date.parse(c.dueAt)),
    );
    return { kind: 'breached', since };
  }
  if (sla.state === 'paused') return { kind: 'paused' };
  const running = clocks.filter((c) => c.state === 'on_track' || c.state === 'warning');
  if (sla.state === 'met' || running.length === 0) return { kind: 'met' };
  return { kind: 'left', minutes: Math.min(...running.map((c) => c.remainingMinutes)) };
}

/** "2 h 15 min", "3 h", "40 min"; rounded down so the tab never promises more than is left. */
export function formatBusinessMinutes(minutes: number, t: Translate): string {
  const whole = Math.floor(minutes);
  if (whole < 1) return t('sla.lessThanMinute');
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  const parts = [
    ...(h > 0 ? [t('sla.hours', { count: h })] : []),
    ...(m > 0 ? [t('sla.minutes', { count: m })] : []),
  ];
  return parts.join(' ');
}

/** "1 day ago", "3 hours ago", "1 день назад": wall-clock time since an instant. */
export function formatAgo(since: number, now: number, locale: Locale): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const minutes = Math.max(1, Math.floor((now - since) / 60_000));
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return rtf.format(-hours, 'hour');
  return rtf.format(-Math.floor(hours / 24), 'day');
}

export function formatSlaText(sla: SlaLike, now: number, t: Translate, locale: Locale): string {
  const summary = summarizeSla(sla);
  switch (summary.kind) {
    case 'left':
      return t('sla.left', { time: formatBusinessMinutes(summary.minutes, t) });
    case 'breached':
      return t('sla.breachedAgo', { ago: formatAgo(summary.since, now, locale) });
    case 'met':
      return t('sla.met');
    case 'paused':
      return t('sla.paused');
  }
}
