/**
 * The minutes form as plain values: per agenda item the decisions (one per line), whether it
 * was dealt with, and its action items. Only items with something recorded are sent: the rest
 * carry over to the next meeting.
 */
import { type MinutesInput, minutesInputSchema } from '@tandem/shared/meetings';
import { type IssueLike, toFieldErrors } from '../../app/i18n/field-errors';
import type { Translate } from '../../app/i18n/messages';

export interface ActionItemDraft {
  /** Stable React key of the row (rows are added and removed). */
  readonly key: string;
  readonly title: string;
  readonly ownerDepartmentId: string;
  /** "YYYY-MM-DD" */
  readonly dueDate: string;
}

export interface MinutesItemDraft {
  readonly decisions: string;
  readonly discussed: boolean;
  readonly actionItems: readonly ActionItemDraft[];
}

export type MinutesDraft = Readonly<Record<string, MinutesItemDraft>>;

export const emptyItemDraft: MinutesItemDraft = {
  decisions: '',
  discussed: false,
  actionItems: [],
};

const decisionsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const recorded = (d: MinutesItemDraft) =>
  d.discussed || d.actionItems.length > 0 || decisionsOf(d.decisions).length > 0;

export interface MinutesBody {
  readonly input: MinutesInput;
  /** The agenda item of `input.items[i]`, to put the server's `items.i.…` errors back in place. */
  readonly agendaItemIds: readonly string[];
}

/** The body for the agenda items in `order`, leaving out those with nothing recorded. */
export function toMinutesBody(draft: MinutesDraft, order: readonly string[]): MinutesBody {
  const agendaItemIds = order.filter((id) => draft[id] && recorded(draft[id]));
  const items = agendaItemIds.map((agendaItemId) => {
    const d = draft[agendaItemId] ?? emptyItemDraft;
    return {
      agendaItemId,
      decisions: decisionsOf(d.decisions),
      actionItems: d.actionItems.map((a) => ({
        title: a.title,
        ownerDepartmentId: a.ownerDepartmentId,
        dueDate: a.dueDate,
      })),
    };
  });
  return { input: { items }, agendaItemIds };
}

/**
 * Field errors keyed `<agendaItemId>.actionItems.<n>.title` (and so on): stable while the list
 * of sent items shifts, and the same for the client's check and the server's 400.
 */
export function minutesErrors(
  issues: readonly IssueLike[],
  body: MinutesBody,
  t: Translate,
): Record<string, string> {
  const values: Record<string, unknown> = {};
  body.input.items.forEach((item, i) =>
    item.actionItems?.forEach((a, n) => {
      values[`items.${i}.actionItems.${n}.title`] = a.title;
      values[`items.${i}.actionItems.${n}.dueDate`] = a.dueDate;
    }),
  );
  const owners = body.input.items.flatMap((item, i) =>
    (item.actionItems ?? []).map((_, n) => `items.${i}.actionItems.${n}.ownerDepartmentId`),
  );
  const byPath = toFieldErrors(issues, values, t, owners);
  return Object.fromEntries(
    Object.entries(byPath).map(([path, message]) => [toDraftPath(path, body), message]),
  );
}

/** `items.2.actionItems.0.title` → `<id of the third sent item>.actionItems.0.title`. */
export function toDraftPath(path: string, body: MinutesBody): string {
  const m = /^items\.(\d+)(?:\.(.*))?$/.exec(path);
  const id = m ? body.agendaItemIds[Number(m[1])] : undefined;
  if (!m || id === undefined) return path;
  return m[2] ? `${id}.${m[2]}` : id;
}

export type MinutesCheck =
  | { readonly ok: true; readonly body: MinutesBody }
  | { readonly ok: false; readonly errors: Record<string, string> };

export function checkMinutes(
  draft: MinutesDraft,
  order: readonly string[],
  t: Translate,
): MinutesCheck {
  const body = toMinutesBody(draft, order);
  if (body.input.items.length === 0) {
    return { ok: false, errors: { minutes: t('meetings.minutes.nothing') } };
  }
  const parsed = minutesInputSchema.safeParse(body.input);
  return parsed.success
    ? { ok: true, body }
    : { ok: false, errors: minutesErrors(parsed.error.issues, body, t) };
}
