/**
 * Changes to the series itself, pure: time, people or title (the agenda follows the series to
 * its new weekday if its date is no longer a meeting day), cancelling, and closing an occurrence
 * after its minutes (done items stay behind, unfinished ones carry over to the next occurrence).
 */
import {
  type AgendaItem,
  type EpochMs,
  type MeetingMinutes,
  type MeetingSeriesChanges,
  carryOver,
  cancelMeetingSeries,
  completeAgendaItem,
  acceptAgendaItem,
  emptyAgenda,
  updateMeetingSeries,
} from '@tandem/shared';
import type { MeetingDocument } from './meeting-document';
import { assertActive, withAgenda } from './agenda-changes';
import {
  dayAfter,
  occurrenceAfter,
  occurrenceOn,
  requireUpcomingOccurrence,
} from './meeting-occurrences';
import { stableJson } from './meeting-version';

export function changeSeries(
  doc: MeetingDocument,
  changes: MeetingSeriesChanges,
  now: EpochMs,
): MeetingDocument {
  assertActive(doc);
  const series = updateMeetingSeries(doc.series, changes);
  const unrevised = { ...series, revision: doc.series.revision };
  if (stableJson(unrevised) === stableJson(doc.series)) return doc;
  const upcoming = requireUpcomingOccurrence(series, now);
  const stillMeets = occurrenceOn(series, doc.agenda.occurrenceDate) !== undefined;
  const agenda = stillMeets ? doc.agenda : { ...doc.agenda, occurrenceDate: upcoming.localDate };
  return { ...doc, series, agenda };
}

export function cancelSeries(doc: MeetingDocument): MeetingDocument {
  const series = cancelMeetingSeries(doc.series);
  return series === doc.series ? doc : { ...doc, series };
}

/**
 * The agenda after the minutes of its occurrence: the items discussed are done, the rest moves
 * to the next occurrence (first, in their order). After the last occurrence the agenda rests on
 * the day after it, empty, so that the minutes still count as recorded.
 */
export function closeOccurrence(doc: MeetingDocument, minutes: MeetingMinutes): MeetingDocument {
  assertActive(doc);
  let agenda = doc.agenda;
  for (const { agendaItemId } of minutes.items) {
    const item = agenda.items.find((i) => i.id === agendaItemId);
    if (item?.status === 'proposed') agenda = acceptAgendaItem(agenda, agendaItemId);
    if (item?.status !== 'done') agenda = completeAgendaItem(agenda, agendaItemId);
  }
  const next = occurrenceAfter(doc.series, agenda.occurrenceDate);
  const following = next
    ? carryOver(agenda, emptyAgenda(doc.series, next.localDate)).next
    : emptyAgenda(doc.series, dayAfter(agenda.occurrenceDate));
  return withAgenda(doc, following);
}

/** The stored agenda plus the suggestions the minutes speak about, so that they can be recorded. */
export function agendaWithDiscussed(
  doc: MeetingDocument,
  discussedIds: readonly string[],
  shown: readonly AgendaItem[],
): MeetingDocument['agenda'] {
  const stored = new Set<string>(doc.agenda.items.map((i) => i.id));
  const extra = shown.filter((s) => !stored.has(s.id) && discussedIds.includes(s.id));
  return extra.length === 0
    ? doc.agenda
    : { ...doc.agenda, items: [...doc.agenda.items, ...extra] };
}
