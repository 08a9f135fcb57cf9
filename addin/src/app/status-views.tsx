/** Whole-page states: loading, and an error with a way out (retry, or sign in as someone else). */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ApiProblem, ResponseInvalid } from './api/api-problem';
import { useT } from './i18n/i18n-context';
import type { Translate } from './i18n/messages';

const useStyles = makeStyles({
  center: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    height: '100%',
    padding: tokens.spacingHorizontalXXL,
    boxSizing: 'border-box',
  },
  bar: { maxWidth: '640px' },
});

export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.center}>
      <Spinner label={label ?? t('app.loading')} />
    </div>
  );
}

export function ErrorState(props: {
  error: unknown;
  onRetry?: () => void;
  onSignOut?: () => void;
}) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.center}>
      <MessageBar intent="error" className={styles.bar} data-testid="app-error">
        <MessageBarBody>
          <MessageBarTitle>{t('app.error')}</MessageBarTitle>
          {describeError(props.error, t)}
        </MessageBarBody>
        <MessageBarActions>
          {props.onRetry && <Button onClick={props.onRetry}>{t('app.retry')}</Button>}
          {props.onSignOut && <Button onClick={props.onSignOut}>{t('header.signOut')}</Button>}
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

/** A sentence for the user: the API's own detail when there is one (written for people). */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiProblem) {
    if (error.status === 0) return t('app.networkError');
    return error.detail || error.title;
  }
  if (error instanceof ResponseInvalid) return t('app.badResponse');
  return error instanceof Error ? error.message : String(error);
}
