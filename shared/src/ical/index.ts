export * from './ical-event';
export { escapeICalText, foldICalLine, localIsoOf } from './ical-text';
export { vTimezoneLines } from './vtimezone';
export * from './to-icalendar';
export * from './meeting-icalendar';
