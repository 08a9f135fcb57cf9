/** What every card of a tenant needs looked up once: the directory's setup and its people. */
import type { Person, TenantId } from '@tandem/shared';
import type { Directory, TenantSetup } from '../../kernel/ports';

export interface TenantCardData {
  readonly setup: TenantSetup;
  readonly people: readonly Person[];
}

export async function loadTenantCardData(
  directory: Directory,
  tenantId: TenantId,
): Promise<TenantCardData> {
  const [setup, people] = await Promise.all([
    directory.setup(tenantId),
    directory.listPeople(tenantId),
  ]);
  return { setup, people };
}
