/**
 * The chat experience in the browser: the cards Tandem's bot would show the signed-in person in
 * Teams now, drawn by the Adaptive Cards renderer (loaded with the page's first card) with
 * working buttons that go through the bot's own handler. "Open in Tandem" opens the request or
 * approval here, in the same tab.
 */
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { describeError } from '../../app/status-views';
import { useHost } from '../../app/host/host-context';
import { useT } from '../../app/i18n/i18n-context';
import { PageFrame } from '../../app/shell/page-frame';
import { useCardPreviewStyles } from './card-preview.styles';
import { PreviewCardItem } from './preview-card-item';
import { useCardRenderer, useOpenCardLink } from './use-card-links';
import { useCardPreview } from './use-card-preview';

export default function CardPreviewPage() {
  const t = useT();
  const host = useHost();
  const styles = useCardPreviewStyles();
  const preview = useCardPreview();
  const renderer = useCardRenderer();
  const openLink = useOpenCardLink();
  useEffect(() => host.notifyLoaded(), [host]);

  const failure = preview.error ?? renderer.error;
  return (
    <PageFrame>
      <div className={styles.page} data-testid="card-preview-page" data-state={preview.status}>
        <div className={styles.head}>
          <h2 className={styles.title}>{t('cards.title')}</h2>
          {preview.status === 'ready' && (
            <span className={styles.count} aria-live="polite">
              {t('cards.count', { count: preview.items.length })}
            </span>
          )}
          <div className={styles.spacer} />
          <Button
            icon={<ArrowClockwise20Regular />}
            data-testid="cards-reload"
            disabled={preview.status === 'loading'}
            onClick={preview.reload}
          >
            {t('cards.reload')}
          </Button>
        </div>
        <p className={styles.intro}>{t('cards.intro')}</p>
        {failure !== null && (
          <MessageBar intent="error" data-testid="cards-error">
            <MessageBarBody>{describeError(failure, t)}</MessageBarBody>
          </MessageBar>
        )}
        {(preview.status === 'loading' || (!renderer.module && renderer.error === null)) && (
          <Spinner label={t('app.loading')} />
        )}
        {preview.status === 'ready' && preview.items.length === 0 && (
          <p className={styles.empty} data-testid="cards-empty">
            {t('cards.empty')}
          </p>
        )}
        {preview.status === 'ready' && renderer.module && preview.items.length > 0 && (
          <ul className={styles.grid} aria-label={t('cards.listLabel')}>
            {preview.items.map((item) => (
              <PreviewCardItem
                key={item.id}
                item={item}
                renderer={renderer.module!}
                onExecute={(verb, data) => void preview.act(item.id, verb, data)}
                onOpenUrl={openLink}
              />
            ))}
          </ul>
        )}
      </div>
    </PageFrame>
  );
}
