/** The read-only parts of an approval card: summary, approvers, deadlines and the trail. */
import { type Approval, type ApprovalEvent, awaitingApprovers } from '@tandem/shared';
import type { ApprovalSlaDto } from '../approval-view';
import {
  type ApprovalCardTranslate,
  type ApproverState,
  formatDuration,
} from './approval-card-texts';
import type { CardNames } from '../../../platform/cards/card-names';
import type { CardLocale } from '../../../platform/cards/card-texts';
import { formatInZone, inReadersZone } from '../../../platform/cards/card-time';
import type {
  CardElement,
  Container,
  TextBlock,
  TextColor,
} from '../../../platform/cards/card-types';
import { escapeCardText, escapeInline, excerpt } from '../../../platform/cards/escape-text';
import { text } from '../../../platform/cards/card-elements';

const maxDescriptionChars = 1000;
const maxCommentChars = 300;
const intlLocale: Readonly<Record<string, string>> = { en: 'en-GB', ru: 'ru-RU' };

interface Words {
  readonly t: ApprovalCardTranslate;
  readonly locale: CardLocale;
  readonly names: CardNames;
}

const personName = (w: Words, id: string) => {
  const name = w.names.people.get(id);
  return name ? escapeInline(name) : w.t('card.someone');
};

export function approvalSummary(approval: Approval, w: Words): CardElement[] {
  const facts = [
    { title: w.t('fact.askedBy'), value: personName(w, approval.requesterId) },
    ...(approval.amount
      ? [{ title: w.t('fact.amount'), value: money(approval.amount, w.locale) }]
      : []),
    { title: w.t('fact.mode'), value: w.t(`mode.${approval.mode}`) },
    { title: w.t('fact.status'), value: w.t(`status.${approval.status}`) },
  ];
  const elements: CardElement[] = [
    text(escapeInline(approval.title), { size: 'Medium', weight: 'Bolder' }),
    text(w.t(`kind.${approval.kind}`), { isSubtle: true, spacing: 'None' }),
    { type: 'FactSet', facts },
  ];
  if (approval.description.trim() !== '') {
    elements.push(text(escapeCardText(excerpt(approval.description, maxDescriptionChars))));
  }
  return elements;
}

/** Every approver in order with where they stand: who has decided, who decides now. */
export function approversSection(approval: Approval, w: Words): Container {
  const awaiting = new Set<string>(awaitingApprovers(approval));
  const stateOf = (personId: string): ApproverState => {
    const decision = approval.decisions.find((d) => d.approverId === personId);
    if (decision) return decision.decision;
    if (awaiting.has(personId)) return 'deciding';
    return approval.status === 'pending' ? 'queued' : 'notNeeded';
  };
  const facts = approval.approvers.map((a, i) => ({
    title:
      approval.mode === 'sequential'
        ? `${i + 1}\\. ${personName(w, a.personId)}`
        : personName(w, a.personId),
    value: w.t(`approver.${stateOf(a.personId)}`),
  }));
  return {
    type: 'Container',
    separator: true,
    items: [text(`**${w.t('approvers')}**`), { type: 'FactSet', facts }],
  };
}

const stateColor: Readonly<Record<ApprovalSlaDto['state'], TextColor>> = {
  on_track: 'Good',
  warning: 'Warning',
  breached: 'Attention',
  met: 'Good',
  paused: 'Default',
};

/**
 * The instant the requester needs the answer by (in their zone and the reader's) and the
 * approval's own SLA in business time, with what is left of it while it runs.
 */
export function deadlineSection(
  approval: Approval,
  sla: ApprovalSlaDto,
  now: number,
  w: Words,
): Container {
  const neededBy = `${formatInZone(approval.dueAt, approval.timeZone, w.locale)} · ${w.t('card.yourTime')} ${inReadersZone(approval.dueAt)}`;
  const overdue = approval.status === 'pending' && now > Date.parse(approval.dueAt);
  const slaLine = w.t('sla.line', {
    state: w.t(`sla.${sla.state}`),
    percent: Math.round(sla.percentUsed),
  });
  const items: TextBlock[] = [
    overdue
      ? text(w.t('overdueSince', { when: neededBy }), { color: 'Attention' })
      : text(w.t('neededBy', { when: neededBy })),
    text(slaLine, { color: stateColor[sla.state], spacing: 'Small' }),
  ];
  const due = inReadersZone(sla.dueAt);
  if (sla.state === 'on_track' || sla.state === 'warning') {
    const left = Math.max(0, Math.ceil(sla.remainingMinutes));
    items.push(
      text(w.t('sla.due', { when: due, left: formatDuration(w.t, left) }), { spacing: 'None' }),
    );
  } else if (sla.state === 'breached') {
    items.push(text(w.t('sla.passed', { when: due }), { spacing: 'None' }));
  }
  return { type: 'Container', separator: true, items };
}

/** The whole trail, oldest first: who decided what, when, and why. */
export function trailSection(approval: Approval, w: Words): Container {
  return {
    type: 'Container',
    separator: true,
    items: [text(`**${w.t('trail')}**`), ...approval.history.flatMap((e) => eventLines(e, w))],
  };
}

function eventLines(event: ApprovalEvent, w: Words): TextBlock[] {
  const head = `**${w.t(`event.${event.type}`)}** · ${personName(w, event.actorId)} · ${inReadersZone(event.at)}`;
  const lines = [text(head, { spacing: 'Small' })];
  if (event.comment?.trim()) {
    lines.push(
      text(escapeCardText(excerpt(event.comment, maxCommentChars)), {
        spacing: 'None',
        isSubtle: true,
      }),
    );
  }
  return lines;
}

function money(amount: NonNullable<Approval['amount']>, lang: string): string {
  return new Intl.NumberFormat(intlLocale[lang] ?? lang, {
    style: 'currency',
    currency: amount.currency,
  }).format(amount.value);
}
