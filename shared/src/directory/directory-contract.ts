/**
 * The wire contract of what every signed-in person reads about their tenant — `GET /api/me`,
 * `GET /api/directory` — and of the local-only sign-in (`/api/dev/…`), as the zod schemas the
 * tab, the API handlers and the OpenAPI document share.
 */
import { z } from 'zod';
import { branchSchema, departmentSchema, personSchema } from '../kernel/directory';
import { personIdSchema, tenantIdSchema } from '../kernel/ids';
import { timeZoneSchema } from '../kernel/time';
import { requestTypeSchema } from '../requests';

/** The caller as the directory knows them, with their department, branch and zone. */
export const meDtoSchema = z.object({
  person: personSchema,
  department: departmentSchema.nullable(),
  branch: branchSchema.nullable(),
  timeZone: timeZoneSchema,
});
export type MeDto = z.infer<typeof meDtoSchema>;

/** Names for forms and filters; no calendars or policies (those are admin data). */
export const directoryDtoSchema = z.object({
  departments: z.array(departmentSchema.pick({ id: true, name: true, nameRu: true })),
  branches: z.array(branchSchema.pick({ id: true, name: true, nameRu: true, city: true })),
  requestTypes: z.array(
    requestTypeSchema.pick({ id: true, name: true, nameRu: true, builtIn: true }),
  ),
  people: z.array(
    personSchema.pick({
      id: true,
      displayName: true,
      departmentId: true,
      branchId: true,
      role: true,
    }),
  ),
});
export type DirectoryDto = z.infer<typeof directoryDtoSchema>;

/** `GET /api/dev/users`: the demo people to sign in as. */
export const devUsersDtoSchema = z.object({
  tenantId: tenantIdSchema,
  users: z.array(personSchema),
});
export type DevUsersDto = z.infer<typeof devUsersDtoSchema>;

/** Body of `POST /api/dev/token`: whom to sign in as (the demo tenant unless said). */
export const devTokenInputSchema = z.strictObject({
  userId: personIdSchema,
  tenantId: tenantIdSchema.optional(),
});

export const devTokenDtoSchema = z.object({
  token: z.string().min(1),
  tokenType: z.literal('Bearer'),
  /** Seconds. */
  expiresIn: z.number().int().positive(),
  person: personSchema,
});
