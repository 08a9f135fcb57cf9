/**
 * The response schemas of the app's own calls, picked from the shared contract. lazy-schemas
 * loads this module on demand: a module that names what it needs keeps the chunk to those
 * schemas, where loading the shared entry itself would bring all of it.
 */
export {
  devUsersDtoSchema,
  directoryDtoSchema,
  meDtoSchema,
  notificationListSchema,
  requestDtoSchema,
  requestPageSchema,
  slaPreviewSchema,
} from '@tandem/shared/browser';
