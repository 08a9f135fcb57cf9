/** The read-only parts of a request card: summary, SLA and the latest history. */
import type { IsoInstant, Request, RequestEvent, SlaClockName } from '@tandem/shared';
import type { SlaDto } from '../../../kernel/sla-view';
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
import type { RequestCardTranslate } from './request-card-texts';

const maxDescriptionChars = 1000;
const maxCommentChars = 300;
const historyShown = 3;

export function summarySection(
  request: Request,
  names: CardNames,
  t: RequestCardTranslate,
): CardElement[] {
  const name = (map: ReadonlyMap<string, string>, id: string) => escapeInline(map.get(id) ?? '');
  const from = [
    personName(names, request.requesterId, t),
    name(names.departments, request.fromDepartmentId),
    request.fromBranchId ? name(names.branches, request.fromBranchId) : '',
  ].filter((part) => part !== '');
  const typeName = name(names.requestTypes, request.typeId) || escapeInline(request.typeId);
  const elements: CardElement[] = [
    text(escapeInline(request.title), { size: 'Medium', weight: 'Bolder' }),
    text(t(`kind.${request.priority}`, { type: typeName }), { isSubtle: true, spacing: 'None' }),
    {
      type: 'FactSet',
      facts: [
        { title: t('fact.from'), value: from.join(', ') },
        { title: t('fact.to'), value: name(names.departments, request.toDepartmentId) },
        { title: t('fact.status'), value: t(`status.${request.status}`) },
      ],
    },
  ];
  if (request.description.trim() !== '') {
    elements.push(text(escapeCardText(excerpt(request.description, maxDescriptionChars))));
  }
  return elements;
}

const stateColor: Readonly<Record<SlaDto['state'], TextColor>> = {
  on_track: 'Good',
  warning: 'Warning',
  breached: 'Attention',
  met: 'Good',
  paused: 'Default',
};

/** Deadlines in the responding department's zone, and in the reader's zone through Teams. */
export function slaSection(
  sla: SlaDto,
  timeZone: string | undefined,
  t: RequestCardTranslate,
  locale: CardLocale,
): Container {
  const when = (instant: IsoInstant) => {
    const local = `${t('card.yourTime')} ${inReadersZone(instant)}`;
    return timeZone ? `${formatInZone(instant, timeZone, locale)} · ${local}` : local;
  };
  const clockLine = (name: SlaClockName) => {
    const clock = sla[name];
    const label = t(`clock.${name}`);
    if (clock.state === 'met' || clock.state === 'paused') {
      return t(`clock.${clock.state}`, { clock: label });
    }
    const vars = { clock: label, when: when(clock.dueAt) };
    return clock.state === 'breached' ? t('clock.overdue', vars) : t('clock.due', vars);
  };
  return {
    type: 'Container',
    separator: true,
    items: [
      text(t('sla.line', { state: t(`sla.${sla.state}`), percent: Math.round(sla.percentUsed) }), {
        color: stateColor[sla.state],
      }),
      text(clockLine('firstResponse'), { spacing: 'Small' }),
      text(clockLine('resolution'), { spacing: 'None' }),
    ],
  };
}

export function historySection(
  request: Request,
  names: CardNames,
  t: RequestCardTranslate,
): Container {
  const latest = request.history.slice(-historyShown).reverse();
  return {
    type: 'Container',
    separator: true,
    items: [text(`**${t('latest')}**`), ...latest.flatMap((e) => eventLines(e, names, t))],
  };
}

function eventLines(event: RequestEvent, names: CardNames, t: RequestCardTranslate): TextBlock[] {
  const target =
    event.type === 'reassigned' && event.toDepartmentId
      ? ` → ${escapeInline(names.departments.get(event.toDepartmentId) ?? '')}`
      : '';
  const who = personName(names, event.actorId, t);
  const head = `**${t(`event.${event.type}`)}**${target} · ${who} · ${inReadersZone(event.at)}`;
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

function personName(names: CardNames, id: string, t: RequestCardTranslate): string {
  const name = names.people.get(id);
  return name ? escapeInline(name) : t('card.someone');
}
