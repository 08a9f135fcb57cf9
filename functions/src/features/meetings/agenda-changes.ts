/**
 * Agenda changes on the meeting document, pure. The invitation carries the accepted items, so a
 * change to them revises the series (the outbox then queues one calendar update); a proposal
 * or a dismissed suggestion does not touch the invitation. A suggestion shown in the view is
 * stored the moment someone accepts or dismisses it.
 */
import {
  type Agenda,
  type AgendaItem,
  Conflict,
  NotFound,
  type NewAgendaItemInput,
  type Person,
  ValidationFailed,
  acceptAgendaItem,
  activeItems,
  addAgendaItem,
  dismissAgendaItem,
  mergeSuggestions,
  nextOrder,
  reorderAgenda,
  reviseMeetingSeries,
} from '@tandem/shared';
import type { MeetingDocument } from './meeting-document';
import { stableJson } from './meeting-version';

export function assertActive(doc: MeetingDocument): void {
  if (doc.series.status === 'cancelled') throw new Conflict('The meeting is cancelled.');
}

/** What the invitation shows of an agenda: the accepted items, in order. */
function invitationOf(agenda: Agenda): string {
  return stableJson(
    activeItems(agenda).map(({ id, title, ownerId, timeBoxMinutes, kind, link }) => ({
      id,
      title,
      ownerId,
      timeBoxMinutes,
      kind,
      link,
    })),
  );
}

/** The document with a new agenda; the same document when nothing changed. */
export function withAgenda(doc: MeetingDocument, agenda: Agenda): MeetingDocument {
  if (stableJson(agenda) === stableJson(doc.agenda)) return doc;
  const revise = invitationOf(agenda) !== invitationOf(doc.agenda);
  return { ...doc, agenda, series: revise ? reviseMeetingSeries(doc.series) : doc.series };
}

export function proposeItem(
  doc: MeetingDocument,
  input: NewAgendaItemInput,
  itemId: string,
  people: readonly Person[],
): MeetingDocument {
  assertActive(doc);
  if (!people.some((p) => p.id === input.ownerId && p.tenantId === doc.tenantId)) {
    throw new ValidationFailed('The agenda item is not valid.', [
      { path: 'ownerId', message: 'No such person.' },
    ]);
  }
  return withAgenda(doc, addAgendaItem(doc.agenda, input, itemId));
}

/** The stored agenda, plus the suggestion `itemId` stored as proposed if the view showed it. */
function withItem(agenda: Agenda, itemId: string, suggestions: readonly AgendaItem[]): Agenda {
  if (agenda.items.some((i) => i.id === itemId)) return agenda;
  const shown = mergeSuggestions(agenda, suggestions).items.find((i) => i.id === itemId);
  if (!shown) throw new NotFound('Agenda item', itemId);
  return { ...agenda, items: [...agenda.items, { ...shown, order: nextOrder(agenda) }] };
}

export function decideItem(
  doc: MeetingDocument,
  itemId: string,
  decision: 'accept' | 'dismiss',
  suggestions: readonly AgendaItem[],
): MeetingDocument {
  assertActive(doc);
  const agenda = withItem(doc.agenda, itemId, suggestions);
  const next =
    decision === 'accept' ? acceptAgendaItem(agenda, itemId) : dismissAgendaItem(agenda, itemId);
  return withAgenda(doc, next);
}

/**
 * Orders the agenda. The list names every item that is not dismissed, either as stored or as
 * the view showed it (suggestions included); suggestions stay unstored and follow the items.
 */
export function reorderItems(
  doc: MeetingDocument,
  itemIds: readonly string[],
  suggestions: readonly AgendaItem[],
): MeetingDocument {
  assertActive(doc);
  const stored = new Set<string>(doc.agenda.items.map((i) => i.id));
  try {
    if (itemIds.every((id) => stored.has(id))) {
      return withAgenda(doc, reorderAgenda(doc.agenda, itemIds));
    }
    const shown = reorderAgenda(mergeSuggestions(doc.agenda, suggestions), itemIds);
    return withAgenda(doc, { ...shown, items: shown.items.filter((i) => stored.has(i.id)) });
  } catch (err) {
    if (!(err instanceof ValidationFailed)) throw err;
    throw new ValidationFailed(err.message, [
      { path: 'itemIds', message: 'List every item that is not dismissed, once each.' },
    ]);
  }
}
