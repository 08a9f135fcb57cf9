/**
 * The response schemas of the app's own calls, picked from the shared contract. lazy-schemas
 * loads this module on demand: a module that names what it needs keeps the chunk to those
 * schemas, where loading the shared entry itself would bring all of it. A feature keeps its
 * own such module beside its api.ts.
 */
export { devUsersDtoSchema, directoryDtoSchema, meDtoSchema } from '@tandem/shared/browser';
