/**
 * The frame of a page that leaves its header to the app: the header with the navigation and the
 * registry's header items, and the page below it, scrolling on its own.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePage } from '../page-context';
import { AppHeader } from './app-header';

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
  const { headerActions: HeaderActions } = usePage();
  return (
    <div className={styles.app}>
      <AppHeader actions={HeaderActions ? <HeaderActions /> : null} />
      <div className={styles.content}>{children}</div>
    </div>
  );
}
