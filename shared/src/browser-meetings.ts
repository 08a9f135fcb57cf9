/**
 * What the tab's meetings page imports from the shared package: the meeting contract, the
 * meeting, agenda and minutes schemas it builds on, and the wall-clock conversion of a zone. Its
 * own entry, so that these schemas load with the meetings page and stay out of the tab's first
 * bundle.
 */
export * from './meetings/agenda-item';
export * from './meetings/meeting-series';
export * from './meetings/minutes';
export * from './meetings/meeting-contract';
export { wallTimeToInstant } from './calendar/time-zone';
