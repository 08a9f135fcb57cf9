/** Loaders of the response schemas (see api-client): each resolves to one schema of api-schemas. */
const load = () => import('./api-schemas');

export const schemas = {
  me: () => load().then((m) => m.meDtoSchema),
  directory: () => load().then((m) => m.directoryDtoSchema),
  requestPage: () => load().then((m) => m.requestPageSchema),
  requestDto: () => load().then((m) => m.requestDtoSchema),
  slaPreview: () => load().then((m) => m.slaPreviewSchema),
  notificationList: () => load().then((m) => m.notificationListSchema),
  devUsers: () => load().then((m) => m.devUsersDtoSchema),
};
