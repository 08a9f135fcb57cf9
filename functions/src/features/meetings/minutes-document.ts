/**
 * The minutes of one occurrence as stored beside the meeting (the `meetings` container, the
 * tenant's partition): what was decided and which requests the action items raised. They are
 * written just before the meeting document moves its agenda on, so they count only once the
 * agenda is past their occurrence; an attempt that lost the race is overwritten by its retry.
 */
import {
  localDateSchema,
  meetingSeriesIdSchema,
  minutesItemSchema,
  personIdSchema,
  requestIdSchema,
  tenantIdSchema,
  isoInstantSchema,
} from '@tandem/shared';
import { z } from 'zod';

export const minutesDocumentSchema = z.object({
  id: z.string().min(1),
  tenantId: tenantIdSchema,
  docType: z.literal('meeting-minutes'),
  seriesId: meetingSeriesIdSchema,
  occurrenceDate: localDateSchema,
  recordedBy: personIdSchema,
  recordedAt: isoInstantSchema,
  items: z.array(minutesItemSchema),
  createdRequestIds: z.array(requestIdSchema),
});
export type StoredMinutes = z.output<typeof minutesDocumentSchema>;

export function minutesDocumentId(seriesId: string, occurrenceDate: string): string {
  return `minutes-${seriesId}-${occurrenceDate}`;
}
