/**
 * A person acts on a request (acknowledge, answer, …), as a versioned write of the kernel: 428
 * without If-Match, 412 on a stale one, a lost race against the sweep retried on a fresh copy.
 */
import {
  type Person,
  type RequestId,
  ValidationFailed,
  applyAction,
  parseRequestAction,
} from '@tandem/shared';
import type { Capabilities } from '../../kernel/ports';
import { timeZoneOf } from '../../kernel/caller';
import { type RequestView, toRequestView } from './get-request';
import { assertCanView } from './request-access';
import { requestVersion } from './request-version';
import { requireIfMatch } from '../../kernel/version';
import { writeOnVersion } from '../../kernel/aggregate-write';
import type { RequestStoreCapability } from './request-store';
import { evaluateSla, toRequestIndex } from './request-sla';

type Deps = Pick<Capabilities, 'clock' | 'directory' | 'ids'> & RequestStoreCapability;

export async function actOnRequest(
  deps: Deps,
  caller: Person,
  id: RequestId,
  actionName: string,
  body: unknown,
  ifMatch: string | undefined,
): Promise<RequestView> {
  requireIfMatch(ifMatch);
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
  return writeOnVersion({
    ifMatch,
    read: async () => {
      const current = await deps.requestStore.get(caller.tenantId, id);
      assertCanView(current.value, caller);
      return current;
    },
    versionOf: (current) => requestVersion(current.value),
    write: async (current) => {
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
      const stored = await deps.requestStore.replace(
        next,
        toRequestIndex(evaluation),
        current.etag,
      );
      return toRequestView(stored, setup, caller, now, evaluation.sla);
    },
  });
}
