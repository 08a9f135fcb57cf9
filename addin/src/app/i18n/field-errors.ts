/**
 * zod issues of the shared schemas as field messages in the user's language, keyed by the
 * field path as the API reports it (so client and server errors land in the same place).
 */
import type { Translate } from './messages';

export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
}

export function toFieldErrors(
  issues: readonly IssueLike[],
  values: Readonly<Record<string, unknown>>,
  t: Translate,
  /** Fields filled by picking from a list: "choose" reads better there than "fill in". */
  choiceFields: readonly string[] = [],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (path in errors) continue;
    errors[path] =
      choiceFields.includes(path) && issue.code !== 'too_big'
        ? t('validation.choose')
        : messageFor(issue, values[path], t);
  }
  return errors;
}

function messageFor(issue: IssueLike, value: unknown, t: Translate): string {
  const blank = typeof value !== 'string' || value.trim() === '';
  switch (issue.code) {
    case 'too_small':
      return t('validation.required');
    case 'too_big':
      return t('validation.tooLong', {
        length: typeof value === 'string' ? value.trim().length : 0,
        max: Number(issue.maximum ?? 0),
      });
    case 'invalid_type':
    case 'invalid_value':
      return blank ? t('validation.choose') : t('validation.invalid');
    default:
      return blank ? t('validation.required') : t('validation.invalid');
  }
}
