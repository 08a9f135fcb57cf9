/** Loaders of the response schemas (see api-client): each resolves to one schema of api-schemas. */
const load = () => import('./api-schemas');

export const schemas = {
  me: () => load().then((m) => m.meDtoSchema),
  directory: () => load().then((m) => m.directoryDtoSchema),
  devUsers: () => load().then((m) => m.devUsersDtoSchema),
};
