/**
 * The one way to read a stored document back: containers hold several kinds of documents
 * (told apart by `docType`) of many tenants, so a document of another kind or another tenant
 * under the asked id is NotFound, while a document of the right kind that fails its schema is
 * corrupt: a 500 with a log line (withErrors logs what is not a domain error), never a 404 that
 * would hide the damage.
 */
import { NotFound } from '@tandem/shared';
import type { ZodType } from 'zod';

/** A stored document of the right kind that fails its schema. Not a domain error: 500. */
export class CorruptDocument extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
    cause: unknown,
  ) {
    super(`Stored ${entity} ${id} fails its schema: ${String(cause)}`, { cause });
    this.name = 'CorruptDocument';
  }
}

export interface DocumentKind {
  /** What users and logs call it, e.g. "Widget" for docType "widget". */
  readonly entity: string;
  /** The `docType` field every document of this kind carries. */
  readonly docType: string;
}

/** The document's `docType`, or undefined when it has none. */
export function docTypeOf(doc: unknown): unknown {
  return typeof doc === 'object' && doc !== null
    ? (doc as { docType?: unknown }).docType
    : undefined;
}

/**
 * `resource` as read by id in `tenantId`'s partition: NotFound when absent, of another kind or of
 * another tenant (the local Cosmos server ignores partition keys); CorruptDocument when it is of
 * this kind and `parse` throws.
 */
export function readStored<T>(
  kind: DocumentKind,
  resource: unknown,
  tenantId: string,
  id: string,
  parse: (doc: unknown) => T,
): T {
  if (resource === undefined || resource === null) throw new NotFound(kind.entity, id);
  const doc = resource as { tenantId?: unknown };
  if (docTypeOf(doc) !== kind.docType || doc.tenantId !== tenantId) {
    throw new NotFound(kind.entity, id);
  }
  try {
    return parse(resource);
  } catch (err) {
    throw new CorruptDocument(kind.entity, id, err);
  }
}

/** `schema.parse`, for readStored. */
export const parseWith =
  <T>(schema: ZodType<T>) =>
  (doc: unknown): T =>
    schema.parse(doc);
