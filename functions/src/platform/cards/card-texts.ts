/** The words on the cards, in English and Russian. Only these strings are not escaped. */
import type { Priority, RequestEventType, RequestStatus, SlaState } from '@tandem/shared';
import { ru } from './card-texts-ru';

export type CardLocale = 'en' | 'ru';
export const cardLocales: readonly CardLocale[] = ['en', 'ru'];

/** The request actions a card offers; everything else is done in the tab. */
export const cardActionNames = ['acknowledge', 'answer', 'decline', 'cancel', 'close'] as const;
export type CardActionName = (typeof cardActionNames)[number];

export type ClockName = 'firstResponse' | 'resolution';

export interface CardTexts {
  /** BCP 47 tag for the card's `lang` and for Intl date formatting. */
  readonly lang: string;
  readonly status: Readonly<Record<RequestStatus, string>>;
  readonly priority: Readonly<Record<Priority, string>>;
  readonly slaState: Readonly<Record<SlaState, string>>;
  readonly event: Readonly<Record<RequestEventType, string>>;
  readonly clock: Readonly<Record<ClockName, string>>;
  readonly action: Readonly<Record<CardActionName, string>>;
  readonly fact: { readonly from: string; readonly to: string; readonly status: string };
  readonly kind: (typeName: string, priority: string) => string;
  readonly percentUsed: (percent: number) => string;
  readonly due: (clock: string, when: string) => string;
  readonly overdue: (clock: string, when: string) => string;
  readonly clockStopped: (clock: string, state: string) => string;
  readonly yourTime: string;
  readonly latest: string;
  readonly asOf: string;
  readonly someone: string;
  readonly answer: InputTexts;
  readonly decline: InputTexts;
  readonly openInTandem: string;
  readonly refresh: string;
  readonly staleCard: string;
  readonly alertWarning: (clock: string, percent: number) => string;
  readonly alertBreach: (clock: string) => string;
}

export interface InputTexts {
  readonly label: string;
  readonly placeholder: string;
  readonly errorMessage: string;
  readonly submit: string;
}

const en: CardTexts = {
  lang: 'en',
  status: {
    new: 'New',
    acknowledged: 'Acknowledged',
    in_progress: 'In progress',
    waiting_on_requester: 'Waiting on the requester',
    resolved: 'Resolved',
    closed: 'Closed',
    declined: 'Declined',
    cancelled: 'Cancelled',
  },
  priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  slaState: {
    on_track: 'On track',
    warning: 'At risk',
    breached: 'Breached',
    met: 'Met',
    paused: 'Paused',
  },
  event: {
    created: 'Created',
    acknowledged: 'Acknowledged',
    answered: 'Answered',
    commented: 'Comment',
    asked_requester: 'Question to the requester',
    resumed: 'Resumed',
    resolved: 'Resolved',
    closed: 'Closed',
    reopened: 'Reopened',
    declined: 'Declined',
    cancelled: 'Cancelled',
    reassigned: 'Reassigned',
  },
  clock: { firstResponse: 'First response', resolution: 'Resolution' },
  action: {
    acknowledge: 'Acknowledge',
    answer: 'Answer…',
    decline: 'Decline…',
    cancel: 'Cancel request',
    close: 'Close',
  },
  fact: { from: 'From', to: 'To', status: 'Status' },
  kind: (type, priority) => `${type} · ${priority} priority`,
  percentUsed: (p) => `${p}% of the time used`,
  due: (clock, when) => `${clock} due ${when}`,
  overdue: (clock, when) => `${clock} overdue since ${when}`,
  clockStopped: (clock, state) => `${clock}: ${state.toLowerCase()}`,
  yourTime: 'your time',
  latest: 'Latest activity',
  asOf: 'As of',
  someone: 'Someone',
  answer: {
    label: 'Your answer',
    placeholder: 'What the requester needs to know',
    errorMessage: 'Write the answer before sending it.',
    submit: 'Send answer',
  },
  decline: {
    label: 'Why is the request declined?',
    placeholder: 'The requester will see this reason',
    errorMessage: 'Give the reason before declining.',
    submit: 'Decline request',
  },
  openInTandem: 'Open in Tandem',
  refresh: 'Refresh',
  staleCard: 'This request changed before your click. Here is its current state.',
  alertWarning: (clock, p) => `SLA warning: ${p}% of the ${clock.toLowerCase()} time is used`,
  alertBreach: (clock) => `SLA breached: the ${clock.toLowerCase()} target has passed`,
};

const dictionaries: Readonly<Record<CardLocale, CardTexts>> = { en, ru };

export function cardTexts(locale: CardLocale): CardTexts {
  return dictionaries[locale];
}
