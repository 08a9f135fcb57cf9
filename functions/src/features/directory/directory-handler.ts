/**
 * GET /api/directory: what any signed-in person needs to fill forms and filters — departments,
 * branches, request types and people's names (no calendars or policies: those are admin data).
 */
import type { Directory } from '../../kernel/ports';
import { type AuthDeps, authed } from '../../platform/http/authed';

export function makeDirectoryHandler(deps: AuthDeps & { directory: Directory }) {
  return authed(deps, async (_req, caller) => {
    const [setup, people] = await Promise.all([
      deps.directory.setup(caller.tenantId),
      deps.directory.listPeople(caller.tenantId),
    ]);
    return {
      status: 200,
      headers: { 'Cache-Control': 'private, max-age=60' },
      jsonBody: {
        departments: setup.departments.map(({ id, name, nameRu }) => ({ id, name, nameRu })),
        branches: setup.branches.map(({ id, name, nameRu, city }) => ({ id, name, nameRu, city })),
        requestTypes: setup.requestTypes.map(({ id, name, nameRu, builtIn }) => ({
          id,
          name,
          nameRu,
          builtIn,
        })),
        people: people.map(({ id, displayName, departmentId, branchId, role }) => ({
          id,
          displayName,
          departmentId,
          branchId,
          role,
        })),
      },
    };
  });
}
