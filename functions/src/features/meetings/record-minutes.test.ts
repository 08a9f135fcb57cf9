import { PreconditionFailed } from '@tandem/shared';
import { proposeAgendaItem, decideAgendaItem } from './curate-agenda';
import { DEMO, makeMeetingTestDeps, planningInput } from './meeting-test-fakes';
import { meetingVersion } from './meeting-version';
import { recordMeetingMinutes } from './record-minutes';
import { scheduleMeeting } from './schedule-meeting';
import { WRITE_ATTEMPTS } from '../../kernel/aggregate-write';

async function meetingWithAcceptedItem() {
  const t = makeMeetingTestDeps();
  const head = await t.person(DEMO.marketingHead);
  const { stored } = await scheduleMeeting(t.deps, head, planningInput());
  const id = stored.value.id;
  const proposed = await proposeAgendaItem(
    t.deps,
    head,
    id,
    { title: 'Spring promotion', ownerId: DEMO.marketer, timeBoxMinutes: 20, kind: 'other' },
    meetingVersion(stored.value),
  );
  const itemId = proposed.value.agenda.items[0]?.id ?? '';
  const accepted = await decideAgendaItem(
    t.deps,
    head,
    id,
    itemId,
    'accept',
    meetingVersion(proposed.value),
  );
  const minutes = {
    items: [
      {
        agendaItemId: itemId,
        decisions: ['Launch on 1 April.'],
        actionItems: [
          { title: 'Brief the stores', ownerDepartmentId: 'sales', dueDate: '2026-03-20' },
          { title: 'Price list', ownerDepartmentId: 'sales', dueDate: '2026-03-13' },
        ],
      },
    ],
  };
  return { t, head, id, version: meetingVersion(accepted.value), minutes };
}

describe('recordMeetingMinutes', () => {
  it('raises each action item once when a retry follows a write that was lost', async () => {
    const { t, head, id, version, minutes } = await meetingWithAcceptedItem();
    // The first attempt raises the requests, then loses its meeting write to someone else's
    // write on every attempt (as if the process had died there).
    const current = (await t.store.get(head.tenantId, id)).value;
    let losses = WRITE_ATTEMPTS;
    const lose = () => {
      if (losses-- <= 0) return;
      t.store.put(current); // same content, new ETag: the outbox processor's bookkeeping
      t.store.beforeNextReplace = lose;
    };
    t.store.beforeNextReplace = lose;
    await expect(recordMeetingMinutes(t.deps, head, id, minutes, version)).rejects.toBeInstanceOf(
      PreconditionFailed,
    );
    const raised = () =>
      t.requests
        .all()
        .map((r) => r.value.title)
        .sort();
    expect(raised()).toEqual(['Brief the stores', 'Price list']);
    expect((await t.store.get(head.tenantId, id)).value.agenda.occurrenceDate).toBe('2026-03-03');

    t.store.beforeNextReplace = undefined;
    const done = await recordMeetingMinutes(t.deps, head, id, minutes, version);
    expect(raised()).toEqual(['Brief the stores', 'Price list']);
    expect(done.value.agenda.occurrenceDate).toBe('2026-03-10');
    const [archived] = await t.deps.minutes.list(head.tenantId, id);
    expect(archived?.createdRequestIds).toHaveLength(2);
    expect(t.kicked.filter((k) => k === id).length).toBeGreaterThan(1);
  });

  it('raises each action item once when two curators record the same minutes at once', async () => {
    const accepted = await meetingWithAcceptedItem();
    const { t, head, id, version } = accepted;
    // Owned by a third department, so that either curator may send them.
    const minutes = {
      items: accepted.minutes.items.map((item) => ({
        ...item,
        actionItems: item.actionItems.map((a) => ({ ...a, ownerDepartmentId: 'logistics' })),
      })),
    };
    const salesHead = await t.person(DEMO.salesHead);
    const results = await Promise.allSettled([
      recordMeetingMinutes(t.deps, head, id, minutes, version),
      recordMeetingMinutes(t.deps, salesHead, id, minutes, version),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(PreconditionFailed);
    expect(
      t.requests
        .all()
        .map((r) => r.value.title)
        .sort(),
    ).toEqual(['Brief the stores', 'Price list']);
  });

  it('closes the last occurrence without moving to a meeting that does not exist', async () => {
    const t = makeMeetingTestDeps();
    const head = await t.person(DEMO.marketingHead);
    const input = planningInput({ recurrence: { ...planningInput().recurrence, count: 1 } });
    const { stored } = await scheduleMeeting(t.deps, head, input);
    const closed = await recordMeetingMinutes(
      t.deps,
      head,
      stored.value.id,
      { items: [] },
      meetingVersion(stored.value),
    );
    expect(closed.value.agenda).toMatchObject({ occurrenceDate: '2026-03-04', items: [] });
    const [archived] = await t.deps.minutes.list(head.tenantId, stored.value.id);
    expect(archived?.occurrenceDate).toBe('2026-03-03');
    await expect(
      recordMeetingMinutes(
        t.deps,
        head,
        stored.value.id,
        { items: [] },
        meetingVersion(closed.value),
      ),
    ).rejects.toMatchObject({ _tag: 'Conflict' });
  });
});
