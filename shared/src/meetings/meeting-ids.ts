/**
 * Branded identifiers of the meetings domain. The rule for ids is the one of domain/ids.ts
 * (Cosmos forbids '/', '\\', '?' and '#'; whitespace breaks URLs); that module does not export
 * its base schema, so the same rule is stated here once.
 */
import { z } from 'zod';

const idString = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[^/\\?#\s]+$/, 'Ids may not contain /, \\, ?, # or whitespace.');

export const meetingSeriesIdSchema = idString.brand<'MeetingSeriesId'>();
export const agendaItemIdSchema = idString.brand<'AgendaItemId'>();
/** Campaigns are not modelled yet; agenda items already link to them by id. */
export const campaignIdSchema = idString.brand<'CampaignId'>();

export type MeetingSeriesId = z.infer<typeof meetingSeriesIdSchema>;
export type AgendaItemId = z.infer<typeof agendaItemIdSchema>;
export type CampaignId = z.infer<typeof campaignIdSchema>;
