/**
 * The "Schedule joint planning" form as plain values, and its check with the same zod schema
 * the server uses, so a form that would be refused is never sent.
 */
import { type NewMeetingSeriesInput, newMeetingSeriesInputSchema } from '@tandem/shared/meetings';
import { type IssueLike, toFieldErrors } from '../../app/i18n/field-errors';
import type { Translate } from '../../app/i18n/messages';

export interface ScheduleDraft {
  readonly title: string;
  readonly departmentIds: readonly string[];
  readonly requiredAttendeeIds: readonly string[];
  readonly optionalAttendeeIds: readonly string[];
  readonly weekdays: readonly number[];
  /** "HH:mm" */
  readonly localTime: string;
  readonly timeZone: string;
  /** As typed: the number input gives text. */
  readonly durationMinutes: string;
  /** "YYYY-MM-DD" */
  readonly startDate: string;
}

/** A weekly hour on Tuesdays in the organiser's zone, with their own department in it. */
export function initialScheduleDraft(
  departmentId: string,
  timeZone: string,
  today: string,
): ScheduleDraft {
  return {
    title: '',
    departmentIds: [departmentId],
    requiredAttendeeIds: [],
    optionalAttendeeIds: [],
    weekdays: [2],
    localTime: '10:00',
    timeZone,
    durationMinutes: '60',
    startDate: today,
  };
}

export function toScheduleInput(draft: ScheduleDraft): NewMeetingSeriesInput {
  const duration = draft.durationMinutes.trim();
  return {
    title: draft.title,
    departmentIds: [...draft.departmentIds],
    requiredAttendeeIds: [...draft.requiredAttendeeIds],
    optionalAttendeeIds: [...draft.optionalAttendeeIds],
    recurrence: {
      weekdays: [...draft.weekdays].sort((a, b) => a - b),
      interval: 1,
      localTime: draft.localTime,
      timeZone: draft.timeZone,
      startDate: draft.startDate,
    },
    durationMinutes: duration === '' ? Number.NaN : Number(duration),
  };
}

/** Field paths as the API reports them; lists picked from are "choose" rather than "fill in". */
const choiceFields = ['departmentIds', 'recurrence.weekdays', 'recurrence.timeZone'];

export type ScheduleCheck =
  | { readonly ok: true; readonly input: NewMeetingSeriesInput }
  | { readonly ok: false; readonly errors: Record<string, string> };

export function checkSchedule(draft: ScheduleDraft, t: Translate): ScheduleCheck {
  const input = toScheduleInput(draft);
  const parsed = newMeetingSeriesInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, input };
  return { ok: false, errors: scheduleErrors(parsed.error.issues, draft, t) };
}

export function scheduleErrors(
  issues: readonly IssueLike[],
  draft: ScheduleDraft,
  t: Translate,
): Record<string, string> {
  const values = {
    title: draft.title,
    durationMinutes: draft.durationMinutes,
    'recurrence.localTime': draft.localTime,
    'recurrence.startDate': draft.startDate,
    'recurrence.timeZone': draft.timeZone,
  };
  const errors = toFieldErrors(issues, values, t, choiceFields);
  if (errors.departmentIds && draft.departmentIds.length < 2) {
    errors.departmentIds = t('meetings.validation.twoDepartments');
  }
  if (errors.durationMinutes && draft.durationMinutes.trim() !== '') {
    errors.durationMinutes = t('meetings.validation.duration');
  }
  return errors;
}
