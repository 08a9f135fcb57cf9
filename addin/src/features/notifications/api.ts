/** /api/notifications as a typed function; the schema loads with the first call. */
import type { ApiClient } from '../../app/api/api-client';
import { useFeatureApi } from '../../app/api/use-feature-api';

const listSchema = () => import('./api-schemas').then((m) => m.notificationListSchema);

export function makeNotificationsApi(client: ApiClient) {
  return { list: () => client.call('/notifications', listSchema) };
}
export type NotificationsApi = ReturnType<typeof makeNotificationsApi>;

export const useNotificationsApi = (): NotificationsApi => useFeatureApi(makeNotificationsApi);
