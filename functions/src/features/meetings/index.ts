/** The meetings feature's public face: what the root may use. */
export { type MeetingsFeature, type MeetingsOptions, meetingsModule } from './module';
export type { GraphHooks } from './wire-calendar';
export type { OutboxReport } from './outbox/outbox-processor';
