/**
 * How a request aggregate is stored: the domain fields plus what the SLA engine computed, so that
 * Cosmos can filter and sort on it (`slaState`, `nextDueAt`, `nextSlaChangeAt`). Every read is
 * checked against the domain schema.
 */
import type { ItemDefinition } from '@azure/cosmos';
import { type Request, requestSchema, slaStateSchema, toIsoInstant } from '@tandem/shared';
import { z } from 'zod';
import { NO_DUE_AT } from './requests-container';
import type { RequestIndex, StoredRequest } from './request-store';

const indexFieldsSchema = z.object({
  _etag: z.string(),
  slaState: slaStateSchema,
  nextDueAt: z.string(),
  nextSlaChangeAt: z.string().nullable(),
  idempotencyFingerprint: z.string().optional(),
});

export function toDocument(
  request: Request,
  index: RequestIndex,
  fingerprint?: string,
): ItemDefinition {
  // The same object as `{ ...request, docType, … }`, copied key by key: V8 builds a spread
  // followed by more fields about ten times slower (request-dto.ts).
  const doc: ItemDefinition = {};
  const fields = request as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(fields)) doc[key] = fields[key];
  doc.docType = 'request';
  doc.slaState = index.slaState;
  doc.nextDueAt = index.slaDueAt === null ? NO_DUE_AT : toIsoInstant(index.slaDueAt);
  doc.nextSlaChangeAt = index.nextSlaChangeAt === null ? null : toIsoInstant(index.nextSlaChangeAt);
  if (fingerprint) doc.idempotencyFingerprint = fingerprint;
  return doc;
}

export function fromDocument(doc: unknown): StoredRequest {
  const fields = indexFieldsSchema.parse(doc);
  const value = requestSchema.parse(doc);
  const nextDue = fields.nextDueAt === NO_DUE_AT ? null : Date.parse(fields.nextDueAt);
  return {
    value,
    etag: fields._etag,
    index: {
      slaState: fields.slaState,
      slaDueAt: nextDue,
      nextSlaChangeAt: fields.nextSlaChangeAt === null ? null : Date.parse(fields.nextSlaChangeAt),
    },
    ...(fields.idempotencyFingerprint
      ? { idempotencyFingerprint: fields.idempotencyFingerprint }
      : {}),
  };
}
