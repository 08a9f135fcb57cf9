/**
 * The meetings use cases on in-memory ports and the demo tenant (tests only): the outbox's fake
 * meeting store (ETags, a hook to lose a race), an in-memory catalog and minutes archive, the
 * in-memory request store, and a kick that only records.
 */
import type { Person, PersonId, TenantId } from '@tandem/shared';
import { makeFakeCalendar, makeFakeMeetingStore } from './outbox/outbox-test-fakes';
import { DEMO } from '../../platform/local/demo-directory';
import { demoTenantId, makeDemoDirectory } from '../../platform/testing/in-memory-directory';
import { makeInMemoryRequestStore } from '../requests/testing/in-memory-request-store';
import type { MeetingCapabilities, MinutesArchive } from './meeting-ports';
import type { StoredMinutes } from './minutes-document';

// Monday 2026-03-02, 10:00 in Moscow; the planning meeting is on Tuesdays at 10:00.
export const MONDAY_10_MSK = Date.parse('2026-03-02T07:00:00Z');

export function makeMeetingTestDeps() {
  let now = MONDAY_10_MSK;
  let n = 0;
  const meetings = makeFakeMeetingStore();
  const created: string[] = [];
  const archive = new Map<string, StoredMinutes>();
  const minutes: MinutesArchive = {
    async put(doc) {
      archive.set(doc.id, structuredClone(doc));
    },
    async list(tenantId, seriesId) {
      return [...archive.values()]
        .filter((d) => d.tenantId === tenantId && d.seriesId === seriesId)
        .sort((a, b) => (a.occurrenceDate < b.occurrenceDate ? 1 : -1));
    },
  };
  const kicked: string[] = [];
  const directory = makeDemoDirectory();
  const requests = makeInMemoryRequestStore();
  const deps: MeetingCapabilities = {
    clock: { now: () => now },
    ids: { newId: () => `id-${++n}` },
    directory,
    requestStore: requests,
    meetings: {
      ...meetings,
      async create(doc) {
        const stored = await meetings.create(doc);
        created.push(doc.id);
        return stored;
      },
    },
    catalog: {
      list: async (tenantId: TenantId) =>
        Promise.all(created.map((id) => meetings.get(tenantId, id))),
    },
    minutes,
    calendarFor: () => makeFakeCalendar(),
    kickOutbox: (_tenantId, id) => void kicked.push(id),
  };
  const person = async (id: string): Promise<Person> => {
    const found = await directory.findPerson(demoTenantId, id as PersonId);
    if (!found) throw new Error(`No demo person ${id}`);
    return found;
  };
  return {
    deps,
    store: meetings,
    requests,
    kicked,
    person,
    advanceMinutes: (minutes: number) => void (now += minutes * 60_000),
  };
}

/** Weekly on Tuesdays at 10:00 Moscow time for Marketing and Sales. */
export const planningInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Joint planning',
  departmentIds: ['marketing', 'sales'],
  requiredAttendeeIds: [DEMO.salesHead, DEMO.marketer],
  recurrence: {
    weekdays: [2],
    localTime: '10:00',
    timeZone: 'Europe/Moscow',
    startDate: '2026-03-03',
  },
  durationMinutes: 60,
  ...overrides,
});

export { DEMO };
