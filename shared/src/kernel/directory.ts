/** Who is who in a tenant: departments, branches and people with their roles. */
import { z } from 'zod';
import {
  branchIdSchema,
  calendarIdSchema,
  departmentIdSchema,
  personIdSchema,
  tenantIdSchema,
} from './ids';

const nameSchema = z.string().trim().min(1).max(100);

export const departmentSchema = z.object({
  id: departmentIdSchema,
  tenantId: tenantIdSchema,
  name: nameSchema,
  nameRu: nameSchema.optional(),
  /** Business calendar (BusinessCalendarSpec id) the department's SLA clocks run in. */
  calendarId: calendarIdSchema,
  kind: z.literal('department'),
});
export type Department = z.infer<typeof departmentSchema>;

export const branchSchema = z.object({
  id: branchIdSchema,
  tenantId: tenantIdSchema,
  name: nameSchema,
  nameRu: nameSchema.optional(),
  city: nameSchema,
  calendarId: calendarIdSchema,
});
export type Branch = z.infer<typeof branchSchema>;

export const personRoles = ['member', 'head', 'executive', 'admin'] as const;
export const personRoleSchema = z.enum(personRoles);
export type PersonRole = z.infer<typeof personRoleSchema>;

export const personSchema = z.object({
  /** Entra ID object id, so a token's `oid` claim maps to a person without a lookup table. */
  id: personIdSchema,
  tenantId: tenantIdSchema,
  displayName: z.string().trim().min(1).max(200),
  email: z.email(),
  departmentId: departmentIdSchema,
  /** Null for head-office staff. */
  branchId: branchIdSchema.nullable(),
  role: personRoleSchema,
});
export type Person = z.infer<typeof personSchema>;
