/**
 * The state both series dialogs (schedule, edit) keep: the draft, the error of each field, and
 * an update that clears the errors of the fields it touches. Field paths are the API's, so the
 * server's field errors land where the form's own checks put theirs.
 */
import { useCallback, useState } from 'react';
import { ApiProblem } from '../../app/api/api-problem';
import { fieldErrorOf } from '../../ui/forms/form-errors';
import type { ScheduleDraft } from './schedule-draft';

/** Draft fields that the API reports under `recurrence.` */
const recurrenceFields: ReadonlySet<string> = new Set([
  'weekdays',
  'localTime',
  'timeZone',
  'startDate',
]);

export function useScheduleDraft(initial: () => ScheduleDraft) {
  const [draft, setDraft] = useState<ScheduleDraft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const update = useCallback((patch: Partial<ScheduleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    const touched = Object.keys(patch).map((k) =>
      recurrenceFields.has(k) ? `recurrence.${k}` : k,
    );
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !touched.includes(k))));
  }, []);

  const fieldError = (path: string) => fieldErrorOf(errors, path);

  return { draft, setDraft, errors, setErrors, update, fieldError };
}

/** The field errors of a refused write, keyed by path; none for other failures. */
export function serverFieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiProblem) || err.status < 400 || err.status >= 500) return {};
  return Object.fromEntries(err.errors.map((i) => [i.path, i.message]));
}
