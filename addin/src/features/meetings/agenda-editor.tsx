/**
 * The agenda of the next occurrence: what will be discussed, in order (Move up / Move down,
 * saved at once with PUT order), then what waits for a decision (suggestions from the data and
 * proposals), then what was dismissed. Focus follows a moved item, and a live region says
 * where it went, so reordering works from the keyboard and with a screen reader.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { MeetingsApi } from './api';
import type { AgendaItemDto, MeetingView } from '@tandem/shared/meetings';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { type Direction, isOnAgenda, moveItem, placedInOrder, sectionItems } from './agenda-order';
import { AgendaItemRow } from './agenda-item-row';
import { formatDay } from './meeting-format';
import { useMeetingsStyles } from './meetings.styles';
import type { MeetingWrite } from './use-meeting-write';

export function AgendaEditor(props: {
  meeting: MeetingView;
  writer: MeetingWrite;
  api: MeetingsApi;
}) {
  const { meeting, writer, api } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useMeetingsStyles();
  // The list's element as state (a callback ref), for giving focus back after a move.
  const [listElement, setListElement] = useState<HTMLDivElement | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const items = meeting.agenda.items;
  const placed = placedInOrder(items);
  const agenda = placed.filter(isOnAgenda);
  const waiting = placed.filter((i) => !isOnAgenda(i));
  const dismissed = items.filter((i) => i.status === 'dismissed');
  const canCurate = meeting.allowed.curate && meeting.series.status === 'active';

  const move = async (item: AgendaItemDto, direction: Direction) => {
    const order = moveItem(items, item.id, direction);
    if (!order || writer.busy) return;
    const outcome = await writer.run((etag) => api.reorder(meeting.id, order, etag));
    if (outcome.kind !== 'done') return;
    const section = sectionItems(outcome.meeting.agenda.items, item.id);
    const at = section.findIndex((i) => i.id === item.id);
    setAnnouncement(
      t('meetings.agenda.moved', { title: item.title, position: at + 1, total: section.length }),
    );
    // The row moved in the DOM, which drops focus; give it back to the same button.
    requestAnimationFrame(() => {
      listElement
        ?.querySelector<HTMLElement>(
          `[data-item-id="${CSS.escape(item.id)}"] [data-testid="agenda-move-${direction}"]`,
        )
        ?.focus();
    });
  };

  const curate = (item: AgendaItemDto, verb: 'accept' | 'dismiss') =>
    void writer.run((etag) => api.curate(meeting.id, item.id, verb, etag));

  const rows = (list: readonly AgendaItemDto[], testId: string, label: string) => (
    <ol className={styles.list} data-testid={testId} aria-label={label}>
      {list.map((item, i) => (
        <AgendaItemRow
          key={item.id}
          item={item}
          canCurate={canCurate}
          busy={writer.busy}
          first={i === 0}
          last={i === list.length - 1}
          onMove={(d) => void move(item, d)}
          onCurate={(verb) => curate(item, verb)}
        />
      ))}
    </ol>
  );

  return (
    <section className={styles.section} aria-labelledby="agenda-title" data-testid="agenda">
      <h4 id="agenda-title" className={styles.sectionTitle}>
        {t('meetings.agenda.title', { date: formatDay(meeting.agenda.occurrenceDate, locale) })}
      </h4>
      {meeting.warnings.map((w) =>
        'plannedMinutes' in w ? (
          <MessageBar key={w.code} intent="warning" data-testid="agenda-warning">
            <MessageBarBody>
              {t('meetings.agenda.overTime', {
                planned: w.plannedMinutes,
                meeting: w.meetingMinutes,
                over: w.overByMinutes,
              })}
            </MessageBarBody>
          </MessageBar>
        ) : null,
      )}
      <div ref={setListElement} className={styles.section}>
        {agenda.length === 0 ? (
          <p className={styles.muted} data-testid="agenda-empty">
            {t('meetings.agenda.empty')}
          </p>
        ) : (
          rows(agenda, 'agenda-list', t('meetings.agenda.listLabel'))
        )}
        {waiting.length > 0 && (
          <>
            <h5 className={styles.sectionTitle}>{t('meetings.agenda.waiting')}</h5>
            {rows(waiting, 'agenda-suggestions', t('meetings.agenda.waiting'))}
          </>
        )}
        {dismissed.length > 0 && (
          <details>
            <summary>{t('meetings.agenda.dismissed', { count: dismissed.length })}</summary>
            {rows(dismissed, 'agenda-dismissed', t('meetings.agenda.dismissedLabel'))}
          </details>
        )}
      </div>
      <div aria-live="polite" className={styles.muted} data-testid="agenda-announcement">
        {announcement}
      </div>
    </section>
  );
}
