/** The SLA preview in the form: due instants in the responding department's zone, named. */
import { Spinner, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { describeError } from '../../../app/status-views';
import { formatInstant } from '../../../app/i18n/format-date';
import { formatBusinessMinutes } from '../../../app/i18n/format-sla';
import { useLocale, useT } from '../../../app/i18n/i18n-context';
import type { PreviewState } from './use-sla-preview';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    minHeight: '96px',
    boxSizing: 'border-box',
  },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  row: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  due: { fontWeight: tokens.fontWeightSemibold },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
});

export function SlaPreviewBox({ state }: { state: PreviewState }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <section
      className={styles.box}
      data-testid="new-request-preview"
      data-state={state.kind}
      aria-live="polite"
      aria-labelledby="sla-preview-title"
    >
      <h3 id="sla-preview-title" className={styles.title}>
        {t('newRequest.previewTitle')}
      </h3>
      {state.kind === 'incomplete' && <p className={styles.note}>{t('newRequest.previewHint')}</p>}
      {state.kind === 'loading' && <Spinner size="tiny" label={t('newRequest.previewLoading')} />}
      {state.kind === 'failed' && <p className={styles.note}>{describeError(state.error, t)}</p>}
      {state.kind === 'ready' && (
        <>
          <div className={styles.row}>
            <span>{t('newRequest.firstResponseDue')}</span>
            <time
              className={styles.due}
              dateTime={state.preview.sla.firstResponseDueAt}
              data-testid="preview-first-response"
            >
              {formatInstant(state.preview.sla.firstResponseDueAt, locale, state.preview.timeZone)}
            </time>
          </div>
          <div className={styles.row}>
            <span>{t('newRequest.resolutionDue')}</span>
            <time
              className={styles.due}
              dateTime={state.preview.sla.resolutionDueAt}
              data-testid="preview-resolution"
            >
              {formatInstant(state.preview.sla.resolutionDueAt, locale, state.preview.timeZone)}
            </time>
          </div>
          <p className={styles.note}>
            {t('newRequest.targets', {
              first: formatBusinessMinutes(state.preview.firstResponseMinutes, t),
              resolution: formatBusinessMinutes(state.preview.resolutionMinutes, t),
            })}
          </p>
          <p className={styles.note} data-testid="preview-zone">
            {t('newRequest.zone', { zone: state.preview.timeZone })}
          </p>
        </>
      )}
    </section>
  );
}
