/**
 * Shown when someone else changed the request first. If the user's action is no longer possible
 * their text stays here, read-only, to copy (it is also offered again in the next form opened).
 */
import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../../../app/i18n/i18n-context';
import { useDetailStyles } from './request-detail.styles';

export function ConflictNotice({ keptText }: { keptText: string | null }) {
  const t = useT();
  const styles = useDetailStyles();
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.kept} data-testid="conflict-message" role="alert">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t('action.conflict')}</MessageBarBody>
      </MessageBar>
      {keptText !== null && (
        <>
          <Field label={t('common.conflictKept')}>
            <Textarea
              data-testid="action-text"
              readOnly
              value={keptText}
              rows={3}
              resize="vertical"
            />
          </Field>
          <div>
            <Button
              size="small"
              onClick={() => {
                navigator.clipboard?.writeText(keptText).then(
                  () => setCopied(true),
                  (err: unknown) => console.warn('Copy to the clipboard was refused', err),
                );
              }}
            >
              {copied ? t('action.copied') : t('action.copy')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
