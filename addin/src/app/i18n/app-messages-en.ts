/**
 * The words of the app itself (shell, sign-in, set-up, form and validation words) and the
 * vocabulary several features show (SLA states and business time, roles), in English: the
 * reference for the other languages. A feature's own words, its page's name in the navigation
 * among them, live in its folder.
 */
import type { Dictionary } from '@tandem/shared/browser';

export const appEn = {
  'app.name': 'Tandem',
  'app.loading': 'Loading…',
  'app.error': 'Something went wrong',
  'app.retry': 'Try again',
  'app.networkError': 'Cannot reach the Tandem server.',
  'app.badResponse': 'The server sent an answer the tab does not understand.',

  'signin.title': 'Sign in to Tandem',
  'signin.subtitle':
    'Local mode: choose a demo person. In Teams and Outlook you are signed in with your work account.',
  'signin.headOffice': 'Head office',
  'signin.noPeople': 'No demo people found. Is the server running in local mode?',
  'role.member': 'Member',
  'role.head': 'Head',
  'role.executive': 'Executive',
  'role.admin': 'Administrator',

  'header.signOut': 'Sign out',
  'header.language': 'Language',
  'header.channel': 'Channel of {department}',

  'nav.label': 'Sections',

  'slaState.on_track': 'On track',
  'slaState.warning': 'At risk',
  'slaState.breached': 'Breached',
  'slaState.met': 'Met',
  'slaState.paused': 'Paused',

  'sla.left': '{time} of business time left',
  'sla.breachedAgo': 'breached {ago}',
  'sla.met': 'met',
  'sla.paused': 'paused',
  'sla.lessThanMinute': 'less than 1 min',
  'sla.hours': '{count} h',
  'sla.minutes': '{count} min',

  'validation.required': 'Fill this in.',
  'validation.choose': 'Choose a value.',
  'validation.tooLong': 'Too long: {length} characters, at most {max}.',
  'validation.invalid': 'This value is not valid.',

  'config.title': 'Set up Tandem for this channel',
  'config.intro':
    'Choose the department this channel belongs to. The tab opens that department’s requests.',
  'config.department': 'Department of this channel',
  'config.saveHint': 'Select Save to add the tab.',
  'config.open': 'Open the tab for this department',

  'locale.en': 'English',
  'locale.ru': 'Русский',

  'common.choose': 'Choose…',
  'common.cancel': 'Cancel',
  'common.notValid': 'Check the highlighted fields.',
  'common.close': 'Close',
  'common.saving': 'Saving…',
  'common.back': 'Back',
  'common.conflictKept': 'Your text was not sent; it is kept here so that you can copy it.',
} as const satisfies Dictionary;
