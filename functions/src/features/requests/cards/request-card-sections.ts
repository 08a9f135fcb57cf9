/** The read-only parts of a request card: summary, SLA and the latest history. */
import type { IsoInstant, Request, RequestEvent } from '@tandem/shared';
import type { SlaDto } from '../../../kernel/sla-view';
import type { CardNames } from '../../../platform/cards/card-names';
import type { CardTexts, ClockName } from '../../../platform/cards/card-texts';
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
const historyShown = 3;

export function summarySection(request: Request, names: CardNames, t: CardTexts): CardElement[] {
  const name = (map: ReadonlyMap<string, string>, id: string) => escapeInline(map.get(id) ?? '');
  const from = [
    personName(names, request.requesterId, t),
    name(names.departments, request.fromDepartmentId),
    request.fromBranchId ? name(names.branches, request.fromBranchId) : '',
  ].filter((part) => part !== '');
  const typeName = name(names.requestTypes, request.typeId) || escapeInline(request.typeId);
  const elements: CardElement[] = [
    text(escapeInline(request.title), { size: 'Medium', weight: 'Bolder' }),
    text(t.kind(typeName, t.priority[request.priority]), { isSubtle: true, spacing: 'None' }),
    {
      type: 'FactSet',
      facts: [
        { title: t.fact.from, value: from.join(', ') },
        { title: t.fact.to, value: name(names.departments, request.toDepartmentId) },
        { title: t.fact.status, value: t.status[request.status] },
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
export function slaSection(sla: SlaDto, timeZone: string | undefined, t: CardTexts): Container {
  const when = (instant: IsoInstant) => {
    const local = `${t.yourTime} ${inReadersZone(instant)}`;
    return timeZone ? `${formatInZone(instant, timeZone, t.lang)} · ${local}` : local;
  };
  const clockLine = (name: ClockName) => {
    const clock = sla[name];
    const label = t.clock[name];
    if (clock.state === 'met' || clock.state === 'paused') {
      return t.clockStopped(label, t.slaState[clock.state]);
    }
    return clock.state === 'breached'
      ? t.overdue(label, when(clock.dueAt))
      : t.due(label, when(clock.dueAt));
  };
  return {
    type: 'Container',
    separator: true,
    items: [
      text(`**SLA:** ${t.slaState[sla.state]} · ${t.percentUsed(Math.round(sla.percentUsed))}`, {
        color: stateColor[sla.state],
      }),
      text(clockLine('firstResponse'), { spacing: 'Small' }),
      text(clockLine('resolution'), { spacing: 'None' }),
    ],
  };
}

export function historySection(request: Request, names: CardNames, t: CardTexts): Container {
  const latest = request.history.slice(-historyShown).reverse();
  return {
    type: 'Container',
    separator: true,
    items: [text(`**${t.latest}**`), ...latest.flatMap((e) => eventLines(e, names, t))],
  };
}

function eventLines(event: RequestEvent, names: CardNames, t: CardTexts): TextBlock[] {
  const target =
    event.type === 'reassigned' && event.toDepartmentId
      ? ` → ${escapeInline(names.departments.get(event.toDepartmentId) ?? '')}`
      : '';
  const who = personName(names, event.actorId, t);
  const head = `**${t.event[event.type]}**${target} · ${who} · ${inReadersZone(event.at)}`;
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

function personName(names: CardNames, id: string, t: CardTexts): string {
  const name = names.people.get(id);
  return name ? escapeInline(name) : t.someone;
}
