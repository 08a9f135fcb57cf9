/** Agenda items of one occurrence of a series, and the agenda that holds them. */
import { z } from 'zod';
import { localDateSchema } from '../calendar/calendar-spec-schema';
import { personIdSchema, requestIdSchema, tenantIdSchema } from '../kernel/ids';
import { titleSchema } from '../requests';
import { agendaItemIdSchema, campaignIdSchema, meetingSeriesIdSchema } from './meeting-ids';

export const agendaItemKinds = [
  'promotion-planning',
  'spend-review',
  'request-escalation',
  'trade-show',
  'other',
] as const;
export const agendaItemKindSchema = z.enum(agendaItemKinds);
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

export const agendaItemStatuses = [
  'proposed',
  'accepted',
  'dismissed',
  'done',
  'carried-over',
] as const;
export const agendaItemStatusSchema = z.enum(agendaItemStatuses);
export type AgendaItemStatus = z.infer<typeof agendaItemStatusSchema>;

export const agendaItemLinkSchema = z.union([
  z.strictObject({ requestId: requestIdSchema }),
  z.strictObject({ campaignId: campaignIdSchema }),
]);
export type AgendaItemLink = z.infer<typeof agendaItemLinkSchema>;

export const suggestionReasonSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('breached') }),
  z.strictObject({ code: z.literal('at-risk') }),
  z.strictObject({ code: z.literal('open-too-long'), openDays: z.number().int().min(0) }),
]);
export type SuggestionReason = z.infer<typeof suggestionReasonSchema>;

/** Body of "propose an agenda item". */
export const newAgendaItemInputSchema = z.strictObject({
  title: titleSchema,
  ownerId: personIdSchema,
  timeBoxMinutes: z.number().int().min(1).max(480),
  kind: agendaItemKindSchema,
  link: agendaItemLinkSchema.optional(),
});
export type NewAgendaItemInput = z.input<typeof newAgendaItemInputSchema>;

export const agendaItemSchema = newAgendaItemInputSchema.extend({
  id: agendaItemIdSchema,
  status: agendaItemStatusSchema,
  /** Position on the agenda, 0 first; dismissed items keep a place after the others. */
  order: z.number().int().min(0),
  /** Why Tandem suggested the item; absent for items people proposed. */
  suggestedBecause: z.array(suggestionReasonSchema).min(1).optional(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaSchema = z.object({
  tenantId: tenantIdSchema,
  seriesId: meetingSeriesIdSchema,
  /** Local date of the occurrence in the series' zone. */
  occurrenceDate: localDateSchema,
  items: z.array(agendaItemSchema).max(200),
});
export type Agenda = z.infer<typeof agendaSchema>;

/** Items that will be discussed (or were), in agenda order. */
export function activeItems(agenda: Agenda): AgendaItem[] {
  return agenda.items
    .filter((i) => i.status === 'accepted' || i.status === 'done')
    .sort((a, b) => a.order - b.order);
}
