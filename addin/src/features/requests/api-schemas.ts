/** The response schemas of the requests API, picked from the shared contract (see app/api). */
export { requestDtoSchema, requestPageSchema, slaPreviewSchema } from '@tandem/shared/browser';
