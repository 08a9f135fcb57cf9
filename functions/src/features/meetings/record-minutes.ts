/**
 * A curator records the minutes of the agenda's occurrence. Every action item becomes a request
 * from the recorder to its owner department through the one createRequest use case, keyed per
 * action item, so recording the same minutes again raises no second request. Then the minutes
 * are archived and, in one If-Match write, the agenda moves to the next occurrence with the
 * unfinished items carried over (which revises the invitation).
 */
import {
  Conflict,
  type MeetingMinutes,
  type Person,
  type RequestId,
  toIsoInstant,
  type FieldIssue,
  type ActionRequest,
  ValidationFailed,
  isDomainError,
  mergeSuggestions,
  minutesInputSchema,
  recordMinutes,
  toActionRequestInputs,
} from '@tandem/shared';
import type { StoredMeeting } from './meeting-store';
import type { TenantSetup } from '../../kernel/ports';
import { createRequest, draftRequest } from '../requests';
import { assertActive } from './agenda-changes';
import { assertCanCurateMeeting } from './meeting-access';
import { parseBody } from './meeting-inputs';
import { occurrenceOn } from './meeting-occurrences';
import type { MeetingCapabilities } from './meeting-ports';
import { loadSuggestions } from './meeting-suggestions';
import { assertMeetingVersion } from './meeting-version';
import { requireIfMatch } from '../../kernel/version';
import { minutesDocumentId } from './minutes-document';
import { readMeeting } from './read-meeting';
import { agendaWithDiscussed, closeOccurrence } from './series-changes';
import { writeMeeting } from './write-meeting';

export type RecordMinutesDeps = Pick<
  MeetingCapabilities,
  'meetings' | 'minutes' | 'directory' | 'requestStore' | 'clock' | 'ids' | 'kickOutbox'
>;

export async function recordMeetingMinutes(
  deps: RecordMinutesDeps,
  caller: Person,
  id: string,
  body: unknown,
  ifMatch: string | undefined,
): Promise<StoredMeeting> {
  const input = parseBody(minutesInputSchema, body, 'minutes');
  const version = requireIfMatch(ifMatch);
  const { value: doc } = await readMeeting(deps, caller, id);
  assertCanCurateMeeting(doc.series, caller);
  assertActive(doc);
  // Checked before any request is raised: a stale page must not raise requests at all.
  assertMeetingVersion(doc, version);
  if (!occurrenceOn(doc.series, doc.agenda.occurrenceDate)) {
    throw new Conflict('The meeting series has ended; its last minutes are recorded.');
  }
  const now = deps.clock.now();
  const shown = mergeSuggestions(
    doc.agenda,
    await loadSuggestions(deps, doc.series, caller, now),
  ).items;
  const discussed = input.items.map((i) => i.agendaItemId as string);
  const minutes = recordMinutes(agendaWithDiscussed(doc, discussed, shown), input);
  const actions = toActionRequestInputs(minutes);
  const setup = await deps.directory.setup(caller.tenantId);
  assertActionsValid(actions, minutes, caller, setup, now);

  const createdRequestIds: RequestId[] = [];
  for (const action of actions) {
    // Keyed by the meeting, not the recorder: two curators sending the same minutes at once
    // raise each action item once (the second create replays the first).
    const { stored } = await createRequest(
      deps,
      caller,
      action.input,
      action.key,
      `meeting:${doc.id}`,
    );
    createdRequestIds.push(stored.value.id);
  }
  await deps.minutes.put({
    id: minutesDocumentId(doc.id, minutes.occurrenceDate),
    tenantId: doc.tenantId,
    docType: 'meeting-minutes',
    seriesId: doc.series.id,
    occurrenceDate: minutes.occurrenceDate,
    recordedBy: caller.id,
    recordedAt: toIsoInstant(now),
    items: minutes.items,
    createdRequestIds,
  });
  return writeMeeting(deps, caller, id, version, (current) => ({
    doc: closeOccurrence(
      { ...current, agenda: agendaWithDiscussed(current, discussed, shown) },
      minutes,
    ),
  }));
}

/**
 * Every action item checked as a request before the first one is raised, so that one bad item
 * does not leave the others raised without their minutes.
 */
function assertActionsValid(
  actions: readonly ActionRequest[],
  minutes: MeetingMinutes,
  caller: Person,
  setup: TenantSetup,
  now: number,
): void {
  const paths = minutes.items.flatMap((item, i) =>
    item.actionItems.map((_, j) => `items.${i}.actionItems.${j}`),
  );
  const issues: FieldIssue[] = [];
  actions.forEach((action, k) => {
    try {
      draftRequest(action.input, caller, setup, now, { requestId: action.key, eventId: 'check' });
    } catch (err) {
      if (!(isDomainError(err) && err._tag === 'ValidationFailed')) throw err;
      const fields = { toDepartmentId: 'ownerDepartmentId' } as Record<string, string>;
      for (const issue of err.issues) {
        const field = fields[issue.path] ?? issue.path;
        issues.push({ path: `${paths[k]}${field ? `.${field}` : ''}`, message: issue.message });
      }
    }
  });
  if (issues.length > 0) throw new ValidationFailed('The minutes are not valid.', issues);
}
