/**
 * The agenda as it goes into an invitation: plain text for iCalendar DESCRIPTION and HTML for
 * the Outlook body (Graph) and X-ALT-DESC. Only accepted (and done) items are on it.
 */
import type { Person } from '../kernel/directory';
import { type Agenda, type AgendaItem, type AgendaItemKind, activeItems } from './agenda-item';
import type { MeetingSeries } from './meeting-series';

const kindLabels: Record<AgendaItemKind, string> = {
  'promotion-planning': 'Promotion planning',
  'spend-review': 'Spend review',
  'request-escalation': 'Request escalation',
  'trade-show': 'Trade show',
  other: 'Other',
};

interface Line {
  readonly title: string;
  readonly details: string;
}

function lines(agenda: Agenda, people: readonly Person[]): Line[] {
  const names = new Map<string, string>(people.map((p) => [p.id, p.displayName]));
  return activeItems(agenda).map((item) => ({
    title: item.title,
    details: [
      `${item.timeBoxMinutes} min`,
      names.get(item.ownerId) ?? item.ownerId,
      kindLabels[item.kind],
      ...linkLabel(item),
    ].join(' · '),
  }));
}

function linkLabel(item: AgendaItem): string[] {
  if (!item.link) return [];
  return 'requestId' in item.link
    ? [`request ${item.link.requestId}`]
    : [`campaign ${item.link.campaignId}`];
}

function total(agenda: Agenda, series: Pick<MeetingSeries, 'durationMinutes'>): string {
  const planned = activeItems(agenda).reduce((sum, i) => sum + i.timeBoxMinutes, 0);
  return `Planned ${planned} of ${series.durationMinutes} min.`;
}

export function agendaAsText(
  series: Pick<MeetingSeries, 'title' | 'durationMinutes'>,
  agenda: Agenda,
  people: readonly Person[],
): string {
  const items = lines(agenda, people);
  const body =
    items.length === 0
      ? ['No items yet.']
      : items.map((l, i) => `${i + 1}. ${l.title}\n   ${l.details}`);
  return [`Agenda: ${series.title}`, '', ...body, '', total(agenda, series)].join('\n');
}

export function agendaAsHtml(
  series: Pick<MeetingSeries, 'title' | 'durationMinutes'>,
  agenda: Agenda,
  people: readonly Person[],
): string {
  const items = lines(agenda, people);
  const list =
    items.length === 0
      ? '<p>No items yet.</p>'
      : `<ol>${items
          .map(
            (l) => `<li><strong>${escapeHtml(l.title)}</strong><br>${escapeHtml(l.details)}</li>`,
          )
          .join('')}</ol>`;
  return `<html><body><h2>Agenda: ${escapeHtml(series.title)}</h2>${list}<p>${escapeHtml(
    total(agenda, series),
  )}</p></body></html>`;
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);
}
