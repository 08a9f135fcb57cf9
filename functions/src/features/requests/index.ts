/** The requests feature's public face: what the root and other features may use. */
export { type RequestsFeature, requestsModule } from './module';
export { createRequest, draftRequest } from './create-request';
/** The Cosmos adapter of the request store (the SLA schedule's tests write through it). */
export { makeCosmosRequestStore } from './cosmos-request-store';
export { assertCanView, canView } from './request-access';
export { type CardViewOptions, requestCardOf, requestCardViewOf } from './chat/request-card-view';
export { alertOf as requestAlertOf } from './chat/sla-alert-notifier';
export { slaAlertCard } from './cards/sla-alert-card';
export type { RequestSlaSweepReport } from './sweep-sla';
export type {
  Box,
  RequestIndex,
  RequestPage,
  RequestQuery,
  RequestStore,
  RequestStoreCapability,
  StoredRequest,
} from './request-store';
export { type SlaEvaluation, evaluateSla, toRequestIndex } from './request-sla';
