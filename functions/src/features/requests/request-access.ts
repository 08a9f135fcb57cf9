/**
 * Who may see a request: both sides (the requesting and every department that was responsible),
 * executives over the departments, and admins. Another tenant's request does not exist for the
 * caller (404), so ids cannot be probed across tenants.
 */
import { type Person, type Request, Forbidden, NotFound } from '@tandem/shared';

export function canView(request: Request, viewer: Person): boolean {
  if (viewer.tenantId !== request.tenantId) return false;
  if (viewer.role === 'executive' || viewer.role === 'admin') return true;
  if (viewer.id === request.requesterId) return true;
  if (viewer.departmentId === request.fromDepartmentId) return true;
  return request.history.some(
    (e) => e.toDepartmentId === viewer.departmentId || e.fromDepartmentId === viewer.departmentId,
  );
}

export function assertCanView(request: Request, viewer: Person): void {
  if (viewer.tenantId !== request.tenantId) throw new NotFound('Request', request.id);
  if (!canView(request, viewer)) {
    throw new Forbidden('This request is between other departments.');
  }
}
