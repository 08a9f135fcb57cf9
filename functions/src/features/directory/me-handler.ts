/** GET /api/me: the caller as the directory knows them, with department, branch and zone. */
import type { Directory } from '../../kernel/ports';
import { timeZoneOf } from '../../kernel/caller';
import { type AuthDeps, authed } from '../../platform/http/authed';

export function makeMeHandler(deps: AuthDeps & { directory: Directory }) {
  return authed(deps, async (_req, caller) => {
    const setup = await deps.directory.setup(caller.tenantId);
    return {
      status: 200,
      headers: { 'Cache-Control': 'no-store' },
      jsonBody: {
        person: caller,
        department: setup.departments.find((d) => d.id === caller.departmentId) ?? null,
        branch: setup.branches.find((b) => b.id === caller.branchId) ?? null,
        timeZone: timeZoneOf(caller, setup),
      },
    };
  });
}
