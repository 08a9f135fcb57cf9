/**
 * MeetingStore on the `meetings` container: one document per series (partition key tenantId),
 * every read checked against the schema, every replace conditional on the ETag. Beside the
 * domain fields each document carries `outboxDueAt`, the instant its outbox next wants a
 * processor, so that the timer finds due meetings with one indexed query.
 */
import type { Container, ItemDefinition } from '@azure/cosmos';
import { type EpochMs, type TenantId, toIsoInstant } from '@tandem/shared';
import { z } from 'zod';
import { cosmosCall, requireResource } from '../../platform/cosmos/cosmos-errors';
import type { Versioned } from '../../kernel/ports';
import { writeAsSystem } from '../../kernel/aggregate-write';
import { readStored } from '../../kernel/stored-document';
import { type MeetingDocument, meetingDocumentSchema } from './meeting-document';

export type StoredMeeting = Versioned<MeetingDocument>;

export interface MeetingRef {
  readonly tenantId: TenantId;
  readonly id: string;
}

export interface MeetingStore {
  /** Throws Conflict when the meeting exists already. */
  create(doc: MeetingDocument): Promise<StoredMeeting>;
  /** Throws NotFound. */
  get(tenantId: TenantId, id: string): Promise<StoredMeeting>;
  /** Throws PreconditionFailed when the ETag is stale. */
  replace(doc: MeetingDocument, etag: string): Promise<StoredMeeting>;
  /** Meetings of every tenant whose outbox wants a processor at or before `now`, most overdue first. */
  findOutboxDue(now: EpochMs, limit: number): Promise<readonly MeetingRef[]>;
}

/** When the head of the outbox may next be sent (or its claim runs out); null if nothing is pending. */
export function outboxDueAtOf(doc: MeetingDocument): string | null {
  const head = doc.outbox.find((e) => e.status === 'pending');
  if (!head) return null;
  const candidates = [head.enqueuedAt, head.notBefore, head.claimedUntil].filter(
    (t): t is string => t !== null,
  );
  return candidates.reduce((a, b) => (a > b ? a : b));
}

/**
 * Applies `change` to the latest copy and writes it with If-Match, again on a lost race (the
 * change is a pure function of the document, so applying it to a fresh copy is safe).
 */
export async function changeMeeting(
  meetings: MeetingStore,
  tenantId: TenantId,
  id: string,
  change: (doc: MeetingDocument) => MeetingDocument,
): Promise<void> {
  await writeAsSystem(
    () => meetings.get(tenantId, id),
    async ({ value, etag }) => {
      const next = change(value);
      return next === value ? null : meetings.replace(next, etag);
    },
  );
}

const storedSchema = z.object({ _etag: z.string() });

const MEETING = { entity: 'Meeting', docType: 'meeting' } as const;

function fromDocument(doc: unknown): StoredMeeting {
  return { value: meetingDocumentSchema.parse(doc), etag: storedSchema.parse(doc)._etag };
}

const toDocument = (doc: MeetingDocument) => ({ ...doc, outboxDueAt: outboxDueAtOf(doc) });

export function makeCosmosMeetingStore(container: Container): MeetingStore {
  return {
    async create(doc) {
      const { resource } = await cosmosCall('Meeting', doc.id, () =>
        container.items.create(toDocument(doc)),
      );
      return fromDocument(requireResource(resource, 'Meeting', doc.id));
    },
    async get(tenantId, id) {
      const { resource } = await cosmosCall('Meeting', id, () =>
        container.item(id, tenantId).read<ItemDefinition>(),
      );
      // The container also holds minutes and local calendar events: their ids are not meetings.
      return readStored(MEETING, resource, tenantId, id, fromDocument);
    },
    async replace(doc, etag) {
      const { resource } = await cosmosCall('Meeting', doc.id, () =>
        container.item(doc.id, doc.tenantId).replace(toDocument(doc), {
          accessCondition: { type: 'IfMatch', condition: etag },
        }),
      );
      return fromDocument(requireResource(resource, 'Meeting', doc.id));
    },
    async findOutboxDue(now, limit) {
      const query = {
        query:
          "SELECT TOP @limit c.id, c.tenantId FROM c WHERE c.docType = 'meeting' " +
          'AND IS_STRING(c.outboxDueAt) AND c.outboxDueAt <= @now ORDER BY c.outboxDueAt ASC',
        parameters: [
          { name: '@limit', value: limit },
          { name: '@now', value: toIsoInstant(now) },
        ],
      };
      const { resources } = await cosmosCall('Meetings with due outbox', '*', () =>
        container.items.query<MeetingRef>(query).fetchAll(),
      );
      return resources;
    },
  };
}
