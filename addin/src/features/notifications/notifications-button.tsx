/** The bell in the header: a count of new notifications and a panel listing them. */
import {
  Button,
  CounterBadge,
  Popover,
  PopoverSurface,
  PopoverTrigger,
} from '@fluentui/react-components';
import { Alert20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { formatInstant } from '../../app/i18n/format-date';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { useSession } from '../../app/session-context';
import { useNotificationStyles } from './notifications-button.styles';
import type { NotificationsState } from './use-notifications';

export function NotificationsButton(props: {
  state: NotificationsState;
  onOpenRequest: (requestId: string) => void;
  onOpenApproval: (approvalId: string) => void;
}) {
  const { state } = props;
  const t = useT();
  const locale = useLocale();
  const { me } = useSession();
  const styles = useNotificationStyles();
  const [open, setOpen] = useState(false);
  // Items that were new when the panel opened stay marked while it is open.
  const [highlight, setHighlight] = useState(0);
  const label =
    state.unseen > 0
      ? `${t('notifications.label')}: ${t('notifications.newCount', { count: state.unseen })}`
      : t('notifications.label');

  return (
    <Popover
      open={open}
      positioning="below-end"
      trapFocus
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) {
          setHighlight(state.unseen);
          state.markSeen();
          state.refresh();
        }
      }}
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          // The badge sits in the icon slot: the button stays icon-sized and still contains it.
          icon={
            <span className={styles.trigger}>
              <Alert20Regular />
              {state.unseen > 0 && (
                <CounterBadge
                  className={styles.badge}
                  count={state.unseen}
                  size="small"
                  color="danger"
                  data-testid="notifications-count"
                  aria-hidden
                />
              )}
            </span>
          }
          aria-label={label}
          data-testid="notifications-button"
        />
      </PopoverTrigger>
      <PopoverSurface
        className={styles.surface}
        data-testid="notifications-panel"
        aria-label={t('notifications.title')}
      >
        <h2 className={styles.title}>{t('notifications.title')}</h2>
        {state.items.length === 0 ? (
          <p className={styles.empty}>{t('notifications.empty')}</p>
        ) : (
          <ul className={styles.list}>
            {state.items.map((n, i) => (
              <li key={n.id} data-testid="notification-item">
                <button
                  type="button"
                  className={`${styles.item} ${i < highlight ? styles.unseen : ''}`}
                  onClick={() => {
                    setOpen(false);
                    if ('requestId' in n) props.onOpenRequest(n.requestId);
                    else props.onOpenApproval(n.approvalId);
                  }}
                >
                  <span className={styles.itemTitle}>{n.title}</span>
                  <span className={styles.itemBody}>{n.body}</span>
                  <span className={styles.itemTime}>
                    {formatInstant(n.createdAt, locale, me.timeZone)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </PopoverSurface>
    </Popover>
  );
}
