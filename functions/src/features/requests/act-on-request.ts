/**
 * A person acts on a request (acknowledge, answer, …). The caller must present the ETag they
 * saw: a stale one is refused before anything is computed, and the write itself is conditional,
 * so of two people acting at once exactly one wins and the other gets PreconditionFailed with
 * nothing lost.
 */
import {
  type Person,
  type RequestId,
  PreconditionFailed,
  ValidationFailed,
  applyAction,
  isDomainError,
  parseRequestAction,
} from '@tandem/shared';
import type { Capabilities } from '../../kernel/ports';
import { timeZoneOf } from '../../kernel/caller';
import { type RequestView, toRequestView } from './get-request';
import { assertCanView } from './request-access';
import { evaluateSla, toRequestIndex } from '../../kernel/sla-view';
import { sameVersion } from './request-version';

type Deps = Pick<Capabilities, 'clock' | 'directory' | 'requestStore' | 'ids'>;

export async function actOnRequest(
  deps: Deps,
  caller: Person,
  id: RequestId,
  actionName: string,
  body: unknown,
  ifMatch: string | undefined,
): Promise<RequestView> {
  if (!ifMatch) {
    throw new ValidationFailed('Send the ETag you last saw in an If-Match header.', [
      { path: 'If-Match', message: 'Required.' },
    ]);
  }
  const action = parseRequestAction(actionName, body);
  const setup = await deps.directory.setup(caller.tenantId);
  if (
    action.action === 'reassign' &&
    !setup.departments.some((d) => d.id === action.toDepartmentId)
  ) {
    throw new ValidationFailed('The request is not valid.', [
      { path: 'toDepartmentId', message: 'No such department.' },
    ]);
  }
  // A write can lose a race against the sweep (which changes the stored document but not the
  // version people see): then read again and retry. A race against another person changes the
  // version, and the next round answers PreconditionFailed.
  for (let attempt = 1; ; attempt++) {
    const current = await deps.requestStore.get(caller.tenantId, id);
    assertCanView(current.value, caller);
    if (!sameVersion(current.value, ifMatch)) throw new PreconditionFailed();
    const now = deps.clock.now();
    const next = applyAction(
      current.value,
      action,
      caller,
      now,
      timeZoneOf(caller, setup),
      deps.ids.newId(),
    );
    const evaluation = evaluateSla(next, setup, now);
    const index = toRequestIndex(evaluation);
    try {
      const stored = await deps.requestStore.replace(next, index, current.etag);
      return toRequestView(stored, setup, caller, now, evaluation.sla);
    } catch (err) {
      if (!(isDomainError(err) && err._tag === 'PreconditionFailed') || attempt >= MAX_ATTEMPTS) {
        throw err;
      }
    }
  }
}

const MAX_ATTEMPTS = 3;
