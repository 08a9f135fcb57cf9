/**
 * Approvals joined the SLA schedule on a running deployment: its sweep already has a checkpoint,
 * the buckets hold requests under keys without a kind (`tenantId/requestId`), and no approval was
 * ever filed. Against the real local stack: the first sweep after the upgrade files the pending
 * approvals (once, recorded in the checkpoint) and still reads the old request entries; from
 * then on both are found in the buckets, with no query.
 */
import type { Container } from '@azure/cosmos';
import type { EpochMs } from '@tandem/shared';
import {
  bucketId,
  minuteId,
  shardOf,
} from '../../../functions/src/platform/cosmos/sla-schedule-buckets';
import {
  type ApprovalsStack,
  DEMO,
  budgetApproval,
  startApprovalsStack,
} from '../../fixtures/approvals-stack';
import { makeRequestsClient, newRequestBody, PEOPLE } from '../../fixtures/api-requests';

const MINUTE = 60_000;
const iso = (at: EpochMs) => new Date(at).toISOString();

let s: ApprovalsStack;
beforeAll(async () => {
  s = await startApprovalsStack('2026-12-01T07:00:00Z'); // Tuesday 10:00 in Moscow
});
afterAll(() => s.close());

/**
 * The schedule as the deployment before kinds left it: every request filed under its next SLA
 * change by its old key, no approval anywhere, and a checkpoint with no kinds recorded.
 */
async function rewindToBeforeKinds(
  schedule: Container,
  requests: Container,
  sweptThrough: EpochMs,
) {
  const { resources: docs } = await schedule.items
    .query<{ id: string }>('SELECT c.id FROM c')
    .fetchAll();
  for (const { id } of docs) await schedule.item(id, id).delete();
  const { resources: filed } = await requests.items
    .query<{ id: string; tenantId: string; nextSlaChangeAt: string }>(
      "SELECT c.id, c.tenantId, c.nextSlaChangeAt FROM c WHERE c.docType = 'request' AND IS_STRING(c.nextSlaChangeAt)",
    )
    .fetchAll();
  const buckets = new Map<string, Record<string, number>>();
  for (const r of filed) {
    const key = `${r.tenantId}/${r.id}`;
    const at = Date.parse(r.nextSlaChangeAt);
    const id = bucketId(minuteId(at), shardOf(key));
    buckets.set(id, { ...buckets.get(id), [key]: at });
  }
  for (const [id, entries] of buckets) {
    await schedule.items.create({ id, docType: 'sla-bucket', entries });
  }
  await schedule.items.create({
    id: 'sweep-checkpoint',
    docType: 'sla-checkpoint',
    sweptThrough: minuteId(sweptThrough),
  });
}

/** As if the sweep had run every minute up to `at` and found nothing else to do. */
async function sweptUpTo(at: EpochMs) {
  const schedule = s.stack.app.platform.slaSchedule;
  const checkpoint = await schedule.checkpoint();
  await schedule.advance(
    { sweptThrough: at - 2 * MINUTE, backfilled: checkpoint!.value.backfilled },
    checkpoint!.etag,
  );
  s.clock.set(iso(at));
}

it('backfills the approvals once and still reads the request entries filed before kinds', async () => {
  const platform = s.stack.app.platform;
  const requestsApi = makeRequestsClient(s);
  const request = await requestsApi.create(PEOPLE.requester, newRequestBody());
  const asked = await s.ask(DEMO.marketer, budgetApproval([DEMO.marketingHead]));
  expect(asked.status).toBe(201);
  const requestDoc = async () =>
    (await platform.container('requests').item(request.id, request.tenantId).read()).resource as {
      nextSlaChangeAt: string;
    };
  const approvalAlert = Date.parse(
    (
      (await platform.container('requests').item(asked.body.id, asked.body.tenantId).read())
        .resource as { nextAlertAt: string }
    ).nextAlertAt,
  );
  const requestChange = Date.parse((await requestDoc()).nextSlaChangeAt);
  expect(requestChange).toBeLessThan(approvalAlert);

  const now = s.clock.now();
  await rewindToBeforeKinds(
    platform.container('sla-schedule'),
    platform.container('requests'),
    now - MINUTE,
  );
  s.clock.set(iso(now + MINUTE));
  const upgrade = await s.stack.app.sweep();
  expect(upgrade).toMatchObject({ source: 'schedule', backfilled: { approval: 1 } });
  expect((await platform.slaSchedule.checkpoint())?.value.backfilled.slice().sort()).toEqual([
    'approval',
    'request',
  ]);

  // The request's old entry is read at its minute: the sweep moves it on and files it anew.
  await sweptUpTo(requestChange - (requestChange % MINUTE));
  const atRequest = await s.stack.app.sweep();
  expect(atRequest).toMatchObject({ source: 'schedule', backfilled: {} });
  expect(atRequest.requests.examined).toBeGreaterThanOrEqual(1);
  expect(Date.parse((await requestDoc()).nextSlaChangeAt)).toBeGreaterThan(requestChange);

  // The approval, filed by the backfill, is found in its bucket at its warning.
  await sweptUpTo(approvalAlert - (approvalAlert % MINUTE));
  const atApproval = await s.stack.app.sweep();
  expect(atApproval).toMatchObject({ source: 'schedule', backfilled: {} });
  expect(atApproval.approvals).toMatchObject({ examined: 1, notifications: 2, updated: 1 });
});
