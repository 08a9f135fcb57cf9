/**
 * The request state machine as one table: for every action, the statuses it may start from,
 * the status it leads to, who may take it and the history event it writes.
 */
import type { ActionName } from './request-actions';
import type { RequestEventType } from './request-events';
import type { Side } from './request-sides';
import type { RequestStatus } from './request-status';

export interface Transition {
  readonly from: readonly RequestStatus[];
  /** 'same' keeps the status (a comment changes nothing but the history). */
  readonly to: RequestStatus | 'same';
  readonly who: readonly Side[];
  readonly event: RequestEventType;
}

const open = ['new', 'acknowledged', 'in_progress', 'waiting_on_requester'] as const;
const working = ['new', 'acknowledged', 'in_progress'] as const;

export const transitions: { readonly [A in ActionName]: Transition } = {
  acknowledge: { from: ['new'], to: 'acknowledged', who: ['responder'], event: 'acknowledged' },
  answer: { from: working, to: 'resolved', who: ['responder'], event: 'answered' },
  comment: {
    from: [...open, 'resolved'],
    to: 'same',
    who: ['requester', 'responder', 'executive'],
    event: 'commented',
  },
  wait: {
    from: ['acknowledged', 'in_progress'],
    to: 'waiting_on_requester',
    who: ['responder'],
    event: 'asked_requester',
  },
  resume: {
    from: ['waiting_on_requester'],
    to: 'in_progress',
    who: ['requester', 'responder'],
    event: 'resumed',
  },
  resolve: {
    from: ['acknowledged', 'in_progress'],
    to: 'resolved',
    who: ['responder'],
    event: 'resolved',
  },
  close: { from: ['resolved'], to: 'closed', who: ['requester'], event: 'closed' },
  reopen: {
    from: ['resolved', 'closed'],
    to: 'in_progress',
    who: ['requester'],
    event: 'reopened',
  },
  decline: { from: open, to: 'declined', who: ['responder'], event: 'declined' },
  cancel: { from: open, to: 'cancelled', who: ['requester'], event: 'cancelled' },
  reassign: {
    from: working,
    to: 'new',
    who: ['responder-head', 'executive'],
    event: 'reassigned',
  },
};
