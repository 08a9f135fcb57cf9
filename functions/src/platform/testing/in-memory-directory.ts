/** An in-memory Directory and Notifier, seeded with the demo tenant, for use-case tests. */
import {
  type Person,
  type PersonId,
  type TenantId,
  builtInRequestTypesFor,
  personSchema,
  slaPolicySchema,
} from '@tandem/shared';
import {
  DEMO_TENANT_ID,
  demoBranches,
  demoCalendars,
  demoDepartments,
  demoPeople,
  demoSlaPolicies,
} from '../local/demo-directory';
import type { AnyNotification } from '@tandem/shared';
import type { Directory, Notifier, TenantSetup } from '../../kernel/ports';

export const demoTenantId = DEMO_TENANT_ID as TenantId;

export function makeDemoDirectory(): Directory {
  const people: Person[] = demoPeople.map((p) =>
    personSchema.parse({ ...p, tenantId: demoTenantId }),
  );
  const setup = {
    departments: demoDepartments.map((d) => ({ ...d, tenantId: demoTenantId })),
    branches: demoBranches.map((b) => ({ ...b, tenantId: demoTenantId })),
    calendars: demoCalendars,
    requestTypes: builtInRequestTypesFor(demoTenantId),
    slaPolicies: demoSlaPolicies.map((p) => slaPolicySchema.parse(p)),
  } as unknown as TenantSetup;
  return {
    async findPerson(tenantId, id: PersonId) {
      return tenantId === demoTenantId ? people.find((p) => p.id === id) : undefined;
    },
    async listPeople(tenantId) {
      return tenantId === demoTenantId ? people : [];
    },
    async setup(tenantId) {
      if (tenantId !== demoTenantId) throw new Error(`unknown tenant ${tenantId}`);
      return setup;
    },
  };
}

/** Stores notifications by id, like the Cosmos adapter: a repeat is a no-op. */
export function makeRecordingNotifier(): Notifier & {
  readonly sent: Map<string, AnyNotification>;
} {
  const sent = new Map<string, AnyNotification>();
  return {
    sent,
    async notify(n) {
      if (!sent.has(n.id)) sent.set(n.id, n);
    },
  };
}
