import type { PersonId } from '@tandem/shared';
import { DEMO } from '../../platform/local/demo-directory';
import { demoTenantId, makeDemoDirectory } from '../../platform/testing/in-memory-directory';
import { makeInMemoryRequestStore } from './testing/in-memory-request-store';
import { createRequest } from './create-request';
import { toRequestView } from './get-request';

// Monday 2026-11-30 10:00 Moscow (07:00Z), inside Marketing's hours.
const MONDAY_10 = Date.parse('2026-11-30T07:00:00Z');
const body = {
  toDepartmentId: 'marketing',
  typeId: 'question',
  priority: 'normal',
  title: 'Price list for Murmansk',
};

async function world() {
  let n = 0;
  const deps = {
    clock: { now: () => MONDAY_10 },
    ids: { newId: () => `id-${++n}` },
    directory: makeDemoDirectory(),
    requestStore: makeInMemoryRequestStore(),
  };
  const rep = await deps.directory.findPerson(demoTenantId, DEMO.murmanskRep as PersonId);
  return { deps, rep: rep! };
}

describe('createRequest', () => {
  it('hands back the SLA it filed the new request by, the same its view computes', async () => {
    const { deps, rep } = await world();
    const { stored, created, evaluated } = await createRequest(deps, rep, body);
    expect(created).toBe(true);
    expect(evaluated?.at).toBe(MONDAY_10);
    expect(evaluated?.sla.nextChangeAt).toBe(stored.index.nextSlaChangeAt);
    const setup = await deps.directory.setup(demoTenantId);
    expect(toRequestView(stored, setup, rep, MONDAY_10, evaluated?.sla)).toEqual(
      toRequestView(stored, setup, rep, MONDAY_10),
    );
  });

  it('evaluates nothing for an idempotent replay, which returns the stored request', async () => {
    const { deps, rep } = await world();
    const first = await createRequest(deps, rep, body, 'key-1');
    const replay = await createRequest(deps, rep, body, 'key-1');
    expect(replay.created).toBe(false);
    expect(replay.evaluated).toBeUndefined();
    expect(replay.stored.value.id).toBe(first.stored.value.id);
  });
});
