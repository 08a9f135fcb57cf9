export { escapeICalText, foldICalLine, localIsoOf } from './ical-text';
export { vTimezoneLines } from './vtimezone';
