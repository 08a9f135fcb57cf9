/**
 * Minutes of one occurrence: per agenda item the decisions taken and the action items agreed.
 * Each action item becomes a request to its owner department, so decisions are followed up
 * with an SLA instead of being forgotten.
 */
import { z } from 'zod';
import { localDateSchema } from '../calendar/calendar-spec-schema';
import { ValidationFailed } from '../kernel/errors';
import { departmentIdSchema, requestTypeIdSchema, tenantIdSchema } from '../kernel/ids';
import { type NewRequestInput, newRequestInputSchema, titleSchema } from '../requests';
import { prioritySchema } from '../requests';
import type { Agenda } from './agenda-item';
import { deterministicUuid } from './deterministic-uuid';
import { agendaItemIdSchema, meetingSeriesIdSchema } from './meeting-ids';

/** Leaves room in the request description (4000) for the line that says where it came from. */
const ACTION_DESCRIPTION_MAX = 3500;

export const meetingActionItemSchema = z.strictObject({
  title: titleSchema,
  ownerDepartmentId: departmentIdSchema,
  /** Local date by which the owner department should be done. */
  dueDate: localDateSchema,
  description: z.string().trim().max(ACTION_DESCRIPTION_MAX).default(''),
  priority: prioritySchema.default('normal'),
  /** Request type of the follow-up request; a plain task unless said otherwise. */
  typeId: requestTypeIdSchema.default('task' as z.infer<typeof requestTypeIdSchema>),
});
export type MeetingActionItem = z.output<typeof meetingActionItemSchema>;

export const minutesItemSchema = z.strictObject({
  agendaItemId: agendaItemIdSchema,
  decisions: z.array(z.string().trim().min(1).max(2000)).max(50).default([]),
  actionItems: z.array(meetingActionItemSchema).max(50).default([]),
});

/** Body of "record the minutes". */
export const minutesInputSchema = z.strictObject({
  items: z.array(minutesItemSchema).max(200),
});
export type MinutesInput = z.input<typeof minutesInputSchema>;

export const meetingMinutesSchema = z.object({
  tenantId: tenantIdSchema,
  seriesId: meetingSeriesIdSchema,
  occurrenceDate: localDateSchema,
  items: z.array(minutesItemSchema),
});
export type MeetingMinutes = z.output<typeof meetingMinutesSchema>;

/** Validates minutes against the agenda they are taken on: every item must be on it, once. */
export function recordMinutes(agenda: Agenda, input: MinutesInput): MeetingMinutes {
  const parsed = minutesInputSchema.safeParse(input);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The minutes are not valid.');
  const onAgenda = new Set(agenda.items.filter((i) => i.status !== 'dismissed').map((i) => i.id));
  const seen = new Set<string>();
  const issues = parsed.data.items.flatMap((item, index) => {
    const path = `items.${index}.agendaItemId`;
    if (seen.has(item.agendaItemId)) return [{ path, message: 'Listed more than once.' }];
    seen.add(item.agendaItemId);
    return onAgenda.has(item.agendaItemId) ? [] : [{ path, message: 'Not on this agenda.' }];
  });
  if (issues.length > 0) throw new ValidationFailed('The minutes are not valid.', issues);
  return {
    tenantId: agenda.tenantId,
    seriesId: agenda.seriesId,
    occurrenceDate: agenda.occurrenceDate,
    items: parsed.data.items,
  };
}

export interface ActionRequest {
  /** Body for `createRequest`, sent to the owner department. */
  readonly input: NewRequestInput;
  readonly dueDate: string;
  /**
   * Stable per action item (series, occurrence, agenda item, position): the caller uses it as
   * the idempotency key, so recording the same minutes twice raises each request once.
   */
  readonly key: string;
}

export function toActionRequestInputs(minutes: MeetingMinutes): ActionRequest[] {
  return minutes.items.flatMap((item) =>
    item.actionItems.map((action, index) => {
      const origin = `Due ${action.dueDate}. Agreed at the joint planning meeting of ${minutes.occurrenceDate}.`;
      const input = newRequestInputSchema.parse({
        toDepartmentId: action.ownerDepartmentId,
        typeId: action.typeId,
        priority: action.priority,
        title: action.title,
        description: action.description === '' ? origin : `${action.description}\n\n${origin}`,
      });
      const name = `${minutes.tenantId}/${minutes.seriesId}/${minutes.occurrenceDate}/${item.agendaItemId}/${index}`;
      return { input, dueDate: action.dueDate, key: deterministicUuid(`action:${name}`) };
    }),
  );
}
