/** The `meetings` container: series, minutes and local calendar events of a tenant (`docType`). */
import type { ContainerDefinition } from '../../platform/cosmos/container-definitions';

export const meetingsContainer = {
  id: 'meetings',
  partitionKey: { paths: ['/tenantId'] },
} as const satisfies ContainerDefinition;
