/**
 * Tenant administration (admin role only): departments, branches, people, calendars, request
 * types and SLA policies under /api/admin/{kind}[/{id}]. Writes need `If-Match` to replace and
 * create otherwise, so two admins never overwrite each other. Every body is checked against the
 * domain schema and its references (a department's calendar must exist, …).
 */
import { type Person, ValidationFailed, isBuiltInRequestTypeId } from '@tandem/shared';
import { z } from 'zod';
import {
  type DirectoryDocType,
  type DirectoryStore,
  directoryDocTypes,
} from '../../platform/cosmos/directory-store';
import { readJson } from '../../platform/http/read-input';
import {
  type DirectoryUsageCheck,
  assertNotInUse,
  assertReferencesExist,
} from './directory-references';
import { requireRole } from '../../kernel/caller';
import { type AuthDeps, authed } from '../../platform/http/authed';
import { requireIfMatch } from '../../kernel/version';

const kinds = {
  departments: 'department',
  branches: 'branch',
  people: 'person',
  calendars: 'calendar',
  'request-types': 'request-type',
  'sla-policies': 'sla-policy',
} as const satisfies Record<string, DirectoryDocType>;
/** The `{kind}` segment of /api/admin/{kind}[/{id}]. */
export const adminKindSchema = z.enum(Object.keys(kinds) as [keyof typeof kinds]);
export const adminIdSchema = z
  .string()
  .regex(/^[^/\\?#\s]{1,128}$/, 'Ids may not contain /, \\, ?, # or whitespace.');

type Deps = AuthDeps & {
  readonly directoryStore: DirectoryStore;
  /** What other features say still uses an entry; read at each delete. */
  readonly usage: readonly DirectoryUsageCheck[];
};

function parseKind(raw: string | undefined): DirectoryDocType {
  const k = adminKindSchema.safeParse(raw);
  if (!k.success) throw ValidationFailed.fromZod(k.error, `Unknown kind "${raw}".`);
  return kinds[k.data];
}

export function makeAdminListHandler(deps: Deps) {
  return authed(deps, async (req, caller) => {
    requireRole(caller, ['admin'], 'administer Tandem');
    const docs = await deps.directoryStore.list(caller.tenantId, parseKind(req.params.kind));
    return { status: 200, jsonBody: { items: docs.map((d) => ({ ...d.value, etag: d.etag })) } };
  });
}

export function makeAdminPutHandler(deps: Deps) {
  return authed(deps, async (req, caller) => {
    requireRole(caller, ['admin'], 'administer Tandem');
    const docType = parseKind(req.params.kind);
    const id = adminIdSchema.safeParse(req.params.id);
    if (!id.success) throw ValidationFailed.fromZod(id.error, 'The id is not valid.');
    const body = await readJson(req, z.unknown(), 64 * 1024);
    const doc = toDocument(docType, body, id.data, caller);
    assertReferencesExist(docType, doc, await deps.directory.setup(caller.tenantId));
    const etag = await deps.directoryStore.put(
      caller.tenantId,
      docType,
      doc,
      req.headers.get('if-match') ?? undefined,
    );
    return {
      status: req.headers.get('if-match') ? 200 : 201,
      headers: { ETag: etag },
      jsonBody: { ...doc, etag },
    };
  });
}

export function makeAdminDeleteHandler(deps: Deps) {
  return authed(deps, async (req, caller) => {
    requireRole(caller, ['admin'], 'administer Tandem');
    const etag = requireIfMatch(req.headers.get('if-match'));
    const kind = parseKind(req.params.kind);
    const id = String(req.params.id);
    const [setup, people] = await Promise.all([
      deps.directory.setup(caller.tenantId),
      deps.directory.listPeople(caller.tenantId),
    ]);
    await assertNotInUse(kind, id, caller.tenantId, setup, people, deps.usage);
    await deps.directoryStore.remove(caller.tenantId, kind, id, etag);
    return { status: 204 };
  });
}

function toDocument(docType: DirectoryDocType, body: unknown, id: string, caller: Person) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationFailed('The body must be a JSON object.', [
      { path: '', message: 'Expected an object.' },
    ]);
  }
  const extra: Record<string, unknown> = { id, tenantId: caller.tenantId };
  if (docType === 'department') extra.kind = 'department';
  if (docType === 'request-type') {
    if (isBuiltInRequestTypeId(id)) {
      throw new ValidationFailed('Built-in request types cannot be changed.', [
        { path: 'id', message: 'Built-in.' },
      ]);
    }
    extra.builtIn = false;
  }
  const parsed = directoryDocTypes[docType].safeParse({ ...body, ...extra });
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error);
  return { ...(parsed.data as object), tenantId: caller.tenantId, id };
}
