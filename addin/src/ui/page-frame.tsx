/**
 * The frame of every page but requests (which has its own header wiring): the header with the
 * navigation and notifications, and the page below it, scrolling on its own.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePage } from '../app/page-context';
import { NotificationsButton } from '../features/notifications/notifications-button';
import { useNotifications } from '../features/notifications/use-notifications';
import { AppHeader } from '../app/shell/app-header';

const useStyles = makeStyles({
  app: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  content: { flexGrow: 1, minHeight: 0, overflow: 'auto' },
});

export function PageFrame({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const notifications = useNotifications();
  const { openRequest, openApproval } = usePage();
  return (
    <div className={styles.app}>
      <AppHeader
        notifications={
          <NotificationsButton
            state={notifications}
            onOpenRequest={openRequest}
            onOpenApproval={openApproval}
          />
        }
      />
      <div className={styles.content}>{children}</div>
    </div>
  );
}
