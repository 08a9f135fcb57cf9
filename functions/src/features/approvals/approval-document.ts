/**
 * How an approval is stored in the `requests` container: the aggregate plus `docType: 'approval'`
 * and the index fields. Every read is checked against the domain schema.
 */
import type { ItemDefinition } from '@azure/cosmos';
import { type Approval, approvalSchema, personIdSchema, toIsoInstant } from '@tandem/shared';
import { z } from 'zod';
import type { ApprovalIndex, StoredApproval } from './approval-store';

export const APPROVAL_DOC_TYPE = 'approval';

const indexFieldsSchema = z.object({
  _etag: z.string(),
  docType: z.literal(APPROVAL_DOC_TYPE),
  awaiting: z.array(personIdSchema),
  slaDueAt: z.iso.datetime({ offset: false }),
  // Absent on documents written before the alert sweep: nothing is due for them until they change.
  alertsSent: z.array(z.string()).default([]),
  nextAlertAt: z.iso.datetime({ offset: false }).nullable().default(null),
  idempotencyFingerprint: z.string().optional(),
});

export function toApprovalDocument(
  approval: Approval,
  index: ApprovalIndex,
  fingerprint?: string,
): ItemDefinition {
  return {
    ...approval,
    docType: APPROVAL_DOC_TYPE,
    awaiting: [...index.awaiting],
    slaDueAt: toIsoInstant(index.slaDueAt),
    alertsSent: [...index.alertsSent],
    nextAlertAt: index.nextAlertAt === null ? null : toIsoInstant(index.nextAlertAt),
    ...(fingerprint ? { idempotencyFingerprint: fingerprint } : {}),
  };
}

/** The approval and its index fields, from a stored document (throws when it fails its schema). */
export function fromApprovalDocument(doc: unknown): StoredApproval {
  const fields = indexFieldsSchema.parse(doc);
  return {
    value: approvalSchema.parse(doc),
    etag: fields._etag,
    index: {
      awaiting: fields.awaiting,
      slaDueAt: Date.parse(fields.slaDueAt),
      alertsSent: fields.alertsSent,
      nextAlertAt: fields.nextAlertAt === null ? null : Date.parse(fields.nextAlertAt),
    },
    ...(fields.idempotencyFingerprint
      ? { idempotencyFingerprint: fields.idempotencyFingerprint }
      : {}),
  };
}
