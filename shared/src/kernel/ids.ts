/**
 * Branded identifiers. Brands stop a PersonId being passed where a DepartmentId is expected;
 * they exist only at compile time, so documents stay plain strings.
 */
import { z } from 'zod';

/**
 * Cosmos DB forbids '/', '\\', '?' and '#' in ids, and whitespace in ids only causes trouble in
 * URLs (`/api/requests/{id}/...`), so every id is held to the same rule.
 */
const idString = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[^/\\?#\s]+$/, 'Ids may not contain /, \\, ?, # or whitespace.');

export const tenantIdSchema = idString.brand<'TenantId'>();
export const departmentIdSchema = idString.brand<'DepartmentId'>();
export const branchIdSchema = idString.brand<'BranchId'>();
/** The Entra ID (Azure AD) object id of the person. */
export const personIdSchema = idString.brand<'PersonId'>();
export const calendarIdSchema = idString.brand<'CalendarId'>();
export const requestTypeIdSchema = idString.brand<'RequestTypeId'>();
export const requestIdSchema = idString.brand<'RequestId'>();
export const requestEventIdSchema = idString.brand<'RequestEventId'>();
/** Policies are documents of the SLA engine, which allows any id of up to 200 characters. */
export const slaPolicyIdSchema = z.string().min(1).max(200).brand<'SlaPolicyId'>();

export type TenantId = z.infer<typeof tenantIdSchema>;
export type DepartmentId = z.infer<typeof departmentIdSchema>;
export type BranchId = z.infer<typeof branchIdSchema>;
export type PersonId = z.infer<typeof personIdSchema>;
export type CalendarId = z.infer<typeof calendarIdSchema>;
export type RequestTypeId = z.infer<typeof requestTypeIdSchema>;
export type RequestId = z.infer<typeof requestIdSchema>;
export type RequestEventId = z.infer<typeof requestEventIdSchema>;
export type SlaPolicyId = z.infer<typeof slaPolicyIdSchema>;
