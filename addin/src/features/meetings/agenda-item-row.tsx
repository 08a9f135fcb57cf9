/**
 * One agenda item: title, status, time box, kind, owner, why Tandem suggested it and the request
 * it is about; and the buttons the caller may use on it (accept, dismiss, move up / down).
 */
import { Badge, Button } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import type { AgendaItemDto } from '@tandem/shared/meetings';
import { useSession } from '../../app/session-context';
import { useT } from '../../app/i18n/i18n-context';
import type { Direction } from './agenda-order';
import { reasonText } from './meeting-format';
import { useMeetingsStyles } from './meetings.styles';
import { RequestLink } from './request-link';

const statusColour = {
  proposed: 'informative',
  accepted: 'brand',
  dismissed: 'subtle',
  done: 'success',
  'carried-over': 'subtle',
} as const;

export function AgendaItemRow(props: {
  item: AgendaItemDto;
  canCurate: boolean;
  busy: boolean;
  first: boolean;
  last: boolean;
  onMove: (direction: Direction) => void;
  onCurate: (verb: 'accept' | 'dismiss') => void;
}) {
  const { item, canCurate, busy } = props;
  const t = useT();
  const { names } = useSession();
  const styles = useMeetingsStyles();
  const reasons = item.suggestedBecause ?? [];
  const canAccept = item.status === 'proposed' || item.status === 'dismissed';
  const canDismiss = item.status === 'proposed' || item.status === 'accepted';
  // Only the agenda proper has an order that matters; proposals wait for a decision first.
  const movable = item.status === 'accepted';

  return (
    <li
      className={styles.row}
      data-testid="agenda-item"
      data-item-id={item.id}
      data-status={item.status}
    >
      <span className={styles.rowTitle} data-testid="agenda-item-title">
        {item.title}
      </span>
      <div className={styles.chips}>
        <Badge appearance="tint" color={statusColour[item.status]} data-testid="agenda-item-status">
          {t(`meetings.itemStatus.${item.status}`)}
        </Badge>
        <span className={styles.muted}>
          {t('meetings.minutesCount', { count: item.timeBoxMinutes })} ·{' '}
          {t(`meetings.kind.${item.kind}`)} · {names.person(item.ownerId)}
        </span>
      </div>
      {reasons.length > 0 && (
        <p className={styles.muted} data-testid="agenda-item-reason">
          {t('meetings.suggestedBecause', {
            reasons: reasons.map((r) => reasonText(r, t)).join(', '),
          })}
        </p>
      )}
      {item.link && 'requestId' in item.link && (
        <span className={styles.muted}>
          <RequestLink requestId={item.link.requestId} testId="agenda-item-link" />
        </span>
      )}
      {item.link && 'campaignId' in item.link && (
        <span className={styles.muted}>{t('meetings.campaign', { id: item.link.campaignId })}</span>
      )}
      {canCurate && (
        <div className={styles.actions}>
          {canAccept && (
            <Button
              size="small"
              appearance="primary"
              data-testid="agenda-accept"
              disabledFocusable={busy}
              aria-label={t('meetings.agenda.acceptNamed', { title: item.title })}
              onClick={() => props.onCurate('accept')}
            >
              {t('meetings.agenda.accept')}
            </Button>
          )}
          {canDismiss && (
            <Button
              size="small"
              data-testid="agenda-dismiss"
              disabledFocusable={busy}
              aria-label={t('meetings.agenda.dismissNamed', { title: item.title })}
              onClick={() => props.onCurate('dismiss')}
            >
              {t('meetings.agenda.dismiss')}
            </Button>
          )}
          {movable && (
            <>
              <Button
                size="small"
                icon={<ArrowUp16Regular />}
                data-testid="agenda-move-up"
                disabledFocusable={busy || props.first}
                aria-label={t('meetings.agenda.moveUpNamed', { title: item.title })}
                onClick={() => props.onMove('up')}
              >
                {t('meetings.agenda.moveUp')}
              </Button>
              <Button
                size="small"
                icon={<ArrowDown16Regular />}
                data-testid="agenda-move-down"
                disabledFocusable={busy || props.last}
                aria-label={t('meetings.agenda.moveDownNamed', { title: item.title })}
                onClick={() => props.onMove('down')}
              >
                {t('meetings.agenda.moveDown')}
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
