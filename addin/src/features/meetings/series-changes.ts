/**
 * "Edit meeting" as plain values: the schedule form's draft filled from a series, the PATCH body
 * holding only what the user changed, and the draft carried over onto a newer version of the
 * series after a 412, so that a change someone else made to another field is not undone.
 */
import type { MeetingSeriesChanges } from '@tandem/shared/meetings';
import type { MeetingView } from '@tandem/shared/meetings';
import type { Translate } from '../../app/i18n/messages';
import { type ScheduleDraft, checkSchedule, toScheduleInput } from './schedule-draft';

export type SeriesView = MeetingView['series'];

export function draftFromSeries(series: SeriesView): ScheduleDraft {
  const { recurrence } = series;
  return {
    title: series.title,
    departmentIds: series.departmentIds,
    requiredAttendeeIds: series.requiredAttendeeIds,
    optionalAttendeeIds: series.optionalAttendeeIds,
    weekdays: recurrence.weekdays,
    localTime: recurrence.localTime,
    timeZone: recurrence.timeZone,
    durationMinutes: String(series.durationMinutes),
    startDate: recurrence.startDate,
  };
}

/** Lists picked from a dropdown come back in the order of clicking: order is not a change. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sorted = (list: readonly unknown[]) => JSON.stringify([...list].map(String).sort());
    return sorted(a) === sorted(b);
  }
  return a === b;
}

/** The PATCH body: the fields that differ from `base`, none when nothing changed. */
export function toSeriesChanges(base: SeriesView, draft: ScheduleDraft): MeetingSeriesChanges {
  const next = toScheduleInput(draft);
  const changes: MeetingSeriesChanges = {};
  const title = next.title.trim();
  if (title !== base.title) changes.title = title;
  for (const key of ['departmentIds', 'requiredAttendeeIds', 'optionalAttendeeIds'] as const) {
    if (!sameValue(next[key], base[key])) changes[key] = next[key];
  }
  if (!sameValue(next.durationMinutes, base.durationMinutes)) {
    changes.durationMinutes = next.durationMinutes;
  }
  const when = next.recurrence;
  const was = base.recurrence;
  const moved =
    !sameValue(when.weekdays, was.weekdays) ||
    when.localTime !== was.localTime ||
    when.timeZone !== was.timeZone ||
    when.startDate !== was.startDate;
  // The recurrence is replaced whole; what the form does not show (interval, end) is kept.
  if (moved) {
    changes.recurrence = {
      ...was,
      weekdays: when.weekdays,
      localTime: when.localTime,
      timeZone: when.timeZone,
      startDate: when.startDate,
    };
  }
  return changes;
}

export type SeriesChangesCheck =
  | { readonly ok: true; readonly changes: MeetingSeriesChanges }
  | { readonly ok: false; readonly errors: Record<string, string> };

/** The same checks as scheduling (the whole series must stay valid), then the changed fields. */
export function checkSeriesChanges(
  base: SeriesView,
  draft: ScheduleDraft,
  t: Translate,
): SeriesChangesCheck {
  const check = checkSchedule(draft, t);
  if (!check.ok) return check;
  return { ok: true, changes: toSeriesChanges(base, draft) };
}

/**
 * The draft on top of `fresh`: fields the user left as they were in `base` take the fresh
 * values, fields the user changed keep what was typed. A person is never left both required
 * and optional by mixing the user's list with the other one's.
 */
export function rebaseDraft(
  base: SeriesView,
  fresh: SeriesView,
  draft: ScheduleDraft,
): ScheduleDraft {
  const was = draftFromSeries(base);
  const now = draftFromSeries(fresh);
  const touched = (key: keyof ScheduleDraft) => !sameValue(draft[key], was[key]);
  const pick = <K extends keyof ScheduleDraft>(key: K) => (touched(key) ? draft[key] : now[key]);
  const merged: ScheduleDraft = {
    title: pick('title'),
    departmentIds: pick('departmentIds'),
    requiredAttendeeIds: pick('requiredAttendeeIds'),
    optionalAttendeeIds: pick('optionalAttendeeIds'),
    weekdays: pick('weekdays'),
    localTime: pick('localTime'),
    timeZone: pick('timeZone'),
    durationMinutes: pick('durationMinutes'),
    startDate: pick('startDate'),
  };
  if (touched('optionalAttendeeIds') && !touched('requiredAttendeeIds')) {
    const optional = merged.optionalAttendeeIds;
    return {
      ...merged,
      requiredAttendeeIds: merged.requiredAttendeeIds.filter((p) => !optional.includes(p)),
    };
  }
  if (touched('requiredAttendeeIds') && !touched('optionalAttendeeIds')) {
    const required = merged.requiredAttendeeIds;
    return {
      ...merged,
      optionalAttendeeIds: merged.optionalAttendeeIds.filter((p) => !required.includes(p)),
    };
  }
  return merged;
}
