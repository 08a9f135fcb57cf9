/** The response schema of the notifications API, picked from the shared contract (see app/api). */
export { notificationListSchema } from '@tandem/shared/browser';
