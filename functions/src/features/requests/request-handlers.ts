/** HTTP handlers of /api/requests: thin adapters from HTTP to the use cases. */
import { z } from 'zod';
import type { Capabilities } from '../../kernel/ports';
import { actOnRequest } from './act-on-request';
import { createRequest } from './create-request';
import { getRequest, parseRequestId, toRequestView } from './get-request';
import { listRequests } from './list-requests';
import { previewSla } from './preview-sla';
import { readJson } from '../../platform/http/read-input';
import { type AuthDeps, authed } from '../../platform/http/authed';
import { requestResponse, toRequestDto } from './request-dto';
import type { RequestStoreCapability } from './request-store';

type Deps = AuthDeps & Pick<Capabilities, 'clock' | 'directory' | 'ids'> & RequestStoreCapability;

const MAX_BODY_BYTES = 64 * 1024;

export function makeCreateRequestHandler(deps: Deps) {
  return authed(deps, async (req, caller) => {
    const body = await readJson(req, z.unknown(), MAX_BODY_BYTES);
    const key = req.headers.get('idempotency-key') ?? undefined;
    const { stored, created, evaluated } = await createRequest(deps, caller, body, key);
    const setup = await deps.directory.setup(caller.tenantId);
    const view = evaluated
      ? toRequestView(stored, setup, caller, evaluated.at, evaluated.sla)
      : toRequestView(stored, setup, caller, deps.clock.now());
    return requestResponse(view, created ? 201 : 200, {
      Location: `/api/requests/${encodeURIComponent(stored.value.id)}`,
      ...(created ? {} : { 'Idempotent-Replayed': 'true' }),
    });
  });
}

export function makeListRequestsHandler(deps: Deps) {
  return authed(deps, async (req, caller) => {
    const page = await listRequests(deps, caller, Object.fromEntries(req.query.entries()));
    return {
      status: 200,
      headers: { 'Cache-Control': 'no-store' },
      jsonBody: { items: page.items.map(toRequestDto), continuation: page.continuation },
    };
  });
}

export function makeGetRequestHandler(deps: Deps) {
  return authed(deps, async (req, caller) =>
    requestResponse(await getRequest(deps, caller, parseRequestId(req.params.id))),
  );
}

export function makeRequestActionHandler(deps: Deps) {
  return authed(deps, async (req, caller) => {
    // Actions without input (acknowledge, resolve, …) may come without a body.
    const body = req.body === null ? {} : await readJson(req, z.unknown(), MAX_BODY_BYTES);
    const view = await actOnRequest(
      deps,
      caller,
      parseRequestId(req.params.id),
      req.params.action ?? '',
      body,
      req.headers.get('if-match') ?? undefined,
    );
    return requestResponse(view);
  });
}

export function makePreviewSlaHandler(deps: Deps) {
  return authed(deps, async (req, caller) => {
    const body = await readJson(req, z.unknown(), MAX_BODY_BYTES);
    return {
      status: 200,
      headers: { 'Cache-Control': 'no-store' },
      jsonBody: await previewSla(deps, caller, body),
    };
  });
}
