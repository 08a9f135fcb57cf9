/**
 * Seeds the demo tenant on the first `npm start` (an empty database): the directory, then each
 * feature's demo data (its module's `seedDemo`), made through the real use cases.
 */
import { type TenantId, slaPolicySchema } from '@tandem/shared';
import type { DirectoryStore } from '../cosmos/directory-store';
import type { FeatureModule } from '../module';
import {
  DEMO_TENANT_ID,
  demoBranches,
  demoCalendars,
  demoDepartments,
  demoPeople,
  demoSlaPolicies,
} from './demo-directory';

export { DEMO, DEMO_TENANT_ID } from './demo-directory';

const tenantId = DEMO_TENANT_ID as TenantId;

export async function isDemoSeeded(directory: DirectoryStore): Promise<boolean> {
  return (await directory.listPeople(tenantId)).length > 0;
}

/** Seeds the directory, then every module's demo data; answers how many aggregates were made. */
export async function seedDemoTenant(
  directory: DirectoryStore,
  modules: readonly FeatureModule[],
  now: number,
): Promise<number> {
  const put = (type: Parameters<DirectoryStore['put']>[1], doc: { id: string }) =>
    directory.put(tenantId, type, doc);
  for (const c of demoCalendars) await put('calendar', c);
  for (const d of demoDepartments) await put('department', d);
  for (const b of demoBranches) await put('branch', b);
  for (const p of demoPeople) await put('person', p);
  for (const p of demoSlaPolicies) await put('sla-policy', slaPolicySchema.parse(p));
  let made = 0;
  for (const m of modules) made += (await m.seedDemo?.(tenantId, now)) ?? 0;
  return made;
}
