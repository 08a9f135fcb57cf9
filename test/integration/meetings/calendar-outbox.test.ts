/**
 * The calendar outbox end to end: meetings in the local Cosmos server, the production Graph
 * adapter against the Graph stand-in, injected faults (429 and 503 with Retry-After, an answer
 * lost after Graph made the event) and two processes that die midway, each replaced by a new
 * processor on the same data. Every meeting must end up on the calendar exactly once, with
 * the latest agenda.
 */
import type { Container } from '@azure/cosmos';
import { graphTransactionId } from '@tandem/shared';
import { makeCosmosClient } from '../../../functions/src/platform/cosmos/cosmos-client';
import { ensureContainers } from '../../../functions/src/main';
import { makeCosmosMeetingStore } from '../../../functions/src/features/meetings/meeting-store';
import { makeOutboxProcessor } from '../../../functions/src/features/meetings/outbox/outbox-processor';
import { tenant } from '../../../shared/src/meetings/test-series';
import { type GraphStandIn, startGraphStandIn } from '../../fixtures/graph-stand-in';
import { requestsTo } from '../../fixtures/graph-stand-in-state';
import {
  addToAgenda,
  cancelMeeting,
  dyingAfter,
  organiser,
  scheduleMeeting,
  seriesNumber,
} from '../../fixtures/graph-meetings';
import { expectEachOnCalendarOnce, runTimerUntilIdle } from '../../fixtures/graph-outbox-checks';
import { testGraphCalendars } from '../../fixtures/graph-test-calendars';
import { type CosmosFixture, startCosmosFixture } from '../platform/infra-cosmos-fixture';

const MEETINGS = [1, 2, 3, 4, 5, 6];
let fx: CosmosFixture;
let meetings: Container;
let standIn: GraphStandIn;
let t = Date.parse('2026-03-01T09:00:00Z');
const clock = { now: () => t, advance: (ms: number) => void (t += ms) };

beforeAll(async () => {
  fx = await startCosmosFixture();
  ({ meetings } = await ensureContainers(fx.client, 'calendar-outbox'));
  standIn = await startGraphStandIn();
});
afterAll(async () => {
  await standIn.close();
  await fx.close();
});

const idOf = (i: number) => `series-${i}`;
const txOf = (i: number) => graphTransactionId(seriesNumber(i));

describe('calendar outbox with Graph, faults and restarts', () => {
  it('puts every meeting on the calendar exactly once, with the latest agenda', async () => {
    const store = makeCosmosMeetingStore(meetings);
    const graphA = testGraphCalendars(standIn);
    for (const i of MEETINGS) {
      await scheduleMeeting(store, clock, i);
      for (const title of ['Spring promo', 'Spend review'])
        await addToAgenda(store, clock, tenant, idOf(i), title);
    }
    standIn.inject({
      method: 'POST',
      path: /\/events$/,
      times: 2,
      answer: { kind: 'status', status: 429, retryAfter: '1' },
    });
    standIn.inject({ method: 'POST', path: /\/events$/, answer: { kind: 'drop-after-commit' } });

    // Process A sends meeting 1, then dies right after Graph made meeting 2's event.
    const a = dyingAfter(graphA.calendarFor, (call, tx) => call === 'create' && tx === txOf(2));
    const processorA = makeOutboxProcessor({
      meetings: store,
      calendarFor: a.calendarFor,
      clock,
      claimMs: 60_000,
    });
    expect(await processorA.processMeeting(tenant, idOf(1))).toEqual({
      sent: 2,
      retrying: 0,
      failed: 0,
    });
    // Process A dies on the way (dyingAfter): this call never settles, so nothing awaits it.
    void processorA.processMeeting(tenant, idOf(2));
    await a.died;
    // The 429s' Retry-After of 1 s, plus jitter; then the backoff after the lost answer.
    expect(graphA.sleeps).toEqual([1100, 1100, 1500]);

    // While A is down the agendas move on; after its claim runs out, process B takes over.
    for (const i of MEETINGS) await addToAgenda(store, clock, tenant, idOf(i), 'Late requests');
    t += 61_000;
    standIn.inject({
      method: 'PATCH',
      times: 2,
      answer: { kind: 'status', status: 503, retryAfter: '45' },
    });
    const graphB = testGraphCalendars(standIn);
    const b = dyingAfter(graphB.calendarFor, (call) => call === 'update');
    const clientB = makeCosmosClient({
      mode: 'local',
      cosmos: { endpoint: fx.server.endpoint, key: 'k', databaseId: 'x' },
    });
    const storeB = makeCosmosMeetingStore(
      clientB.database('calendar-outbox').container('meetings'),
    );
    const processorB = makeOutboxProcessor({
      meetings: storeB,
      calendarFor: b.calendarFor,
      clock,
      claimMs: 60_000,
    });
    // Process B dies on the way too; its run never settles.
    void processorB.processDue();
    // Concurrent edits race B's claims and settlements (412s on both sides).
    await Promise.all([4, 5].map((i) => addToAgenda(store, clock, tenant, idOf(i), 'Trade show')));
    await b.died;
    const waiting = await Promise.all(MEETINGS.map((i) => store.get(tenant, idOf(i))));
    const throttled = waiting
      .flatMap((m) => m.value.outbox)
      .filter((e) => e.lastError?.includes('503'));
    expect(throttled.length).toBeGreaterThan(0);
    for (const entry of throttled)
      expect(Date.parse(entry.notBefore ?? '')).toBeGreaterThanOrEqual(t + 45_000);

    // The latest changes, one meeting cancelled; then process C runs the timer until nothing is due.
    for (const i of MEETINGS) await addToAgenda(store, clock, tenant, idOf(i), 'Decisions');
    await cancelMeeting(store, clock, tenant, idOf(6));
    const graphC = testGraphCalendars(standIn);
    const processorC = makeOutboxProcessor({
      meetings: store,
      calendarFor: graphC.calendarFor,
      clock,
    });
    await runTimerUntilIdle(store, processorC, clock);

    await expectEachOnCalendarOnce(store, standIn, tenant, MEETINGS, [6]);
    // The retried creates were deduplicated by transactionId, not avoided.
    expect(requestsTo(standIn.state, 'POST', /\/events$/).length).toBeGreaterThan(
      MEETINGS.length + 2,
    );
    // Superseded updates never went out: fewer PATCHes than updates queued.
    const queuedUpdates = (
      await Promise.all(MEETINGS.map((i) => store.get(tenant, idOf(i))))
    ).flatMap((m) => m.value.outbox.filter((e) => e.kind === 'update'));
    const patches = requestsTo(standIn.state, 'PATCH', /\/events\//);
    expect(patches.length).toBeLessThan(queuedUpdates.length);
    const listed = await graphC.calendarFor(tenant).listEvents(organiser);
    expect(listed.map((e) => e.transactionId).sort()).toEqual([1, 2, 3, 4, 5].map(txOf).sort());

    await Promise.all([graphA.close(), graphB.close(), graphC.close()]);
    clientB.dispose();
  });
});
