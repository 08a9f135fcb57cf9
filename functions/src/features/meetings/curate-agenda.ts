/**
 * Agenda use cases: anyone who may read the meeting proposes an item; curators accept, dismiss
 * (a stored item or a suggestion the view showed) and order the agenda. Each is one
 * If-Match write of the meeting document through writeMeeting.
 */
import {
  type Person,
  agendaItemIdSchema,
  agendaOrderInputSchema,
  newAgendaItemInputSchema,
} from '@tandem/shared';
import type { StoredMeeting } from './meeting-store';
import { assertActive, decideItem, proposeItem, reorderItems } from './agenda-changes';
import { assertCanReadMeeting } from './meeting-access';
import { parseBody } from './meeting-inputs';
import type { MeetingCapabilities } from './meeting-ports';
import { loadSuggestions } from './meeting-suggestions';
import { requireIfMatch } from '../../kernel/version';
import { readMeeting } from './read-meeting';
import { writeMeeting } from './write-meeting';

export type CurateAgendaDeps = Pick<
  MeetingCapabilities,
  'meetings' | 'directory' | 'requestStore' | 'clock' | 'ids' | 'kickOutbox'
>;

export async function proposeAgendaItem(
  deps: CurateAgendaDeps,
  caller: Person,
  id: string,
  body: unknown,
  ifMatch: string | undefined,
): Promise<StoredMeeting> {
  const input = parseBody(newAgendaItemInputSchema, body, 'agenda item');
  const people = await deps.directory.listPeople(caller.tenantId);
  // One id for every attempt, so that a retried write does not add a second item.
  const itemId = deps.ids.newId();
  return writeMeeting(
    deps,
    caller,
    id,
    ifMatch,
    (doc) => ({
      doc: proposeItem(doc, input, itemId, people),
    }),
    { authorize: assertCanReadMeeting },
  );
}

export async function decideAgendaItem(
  deps: CurateAgendaDeps,
  caller: Person,
  id: string,
  rawItemId: string | undefined,
  decision: 'accept' | 'dismiss',
  ifMatch: string | undefined,
): Promise<StoredMeeting> {
  const itemId = parseBody(agendaItemIdSchema, rawItemId, 'agenda item id');
  const suggestions = await suggestionsOf(deps, caller, id, ifMatch);
  return writeMeeting(deps, caller, id, ifMatch, (doc) => ({
    doc: decideItem(doc, itemId, decision, suggestions),
  }));
}

export async function reorderAgenda(
  deps: CurateAgendaDeps,
  caller: Person,
  id: string,
  body: unknown,
  ifMatch: string | undefined,
): Promise<StoredMeeting> {
  const { itemIds } = parseBody(agendaOrderInputSchema, body, 'agenda order');
  const suggestions = await suggestionsOf(deps, caller, id, ifMatch);
  return writeMeeting(deps, caller, id, ifMatch, (doc) => ({
    doc: reorderItems(doc, itemIds, suggestions),
  }));
}

/** The suggestions the caller saw, loaded once before the write (it may be re-applied). */
async function suggestionsOf(
  deps: CurateAgendaDeps,
  caller: Person,
  id: string,
  ifMatch: string | undefined,
) {
  requireIfMatch(ifMatch);
  const { value } = await readMeeting(deps, caller, id);
  assertActive(value);
  return loadSuggestions(deps, value.series, caller, deps.clock.now());
}
