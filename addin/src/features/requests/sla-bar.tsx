/**
 * The SLA of a request as a bar and in words. The colour follows the state, and the state is
 * also said in text (colour is never the only signal).
 */
import { ProgressBar, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { SlaDto } from '@tandem/shared/browser';
import { formatSlaText } from '../../app/i18n/format-sla';
import { useLocale, useT } from '../../app/i18n/i18n-context';

const colours = {
  on_track: 'success',
  met: 'success',
  warning: 'warning',
  breached: 'error',
  paused: 'brand',
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  bar: { flex: '0 0 140px' },
  text: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  breached: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function SlaBar({ sla, now }: { sla: SlaDto; now: number }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const percent = Math.round(Math.min(100, Math.max(0, sla.percentUsed)));
  const stateClass =
    sla.state === 'breached' ? styles.breached : sla.state === 'warning' ? styles.warning : '';
  return (
    <div className={styles.root}>
      <ProgressBar
        className={styles.bar}
        data-testid="sla-bar"
        data-sla-state={sla.state}
        value={percent}
        max={100}
        thickness="large"
        color={colours[sla.state]}
        aria-label={`${t('sla.progress')}: ${t(`slaState.${sla.state}`)}`}
      />
      <span className={`${styles.text} ${stateClass}`} data-testid="sla-text">
        {formatSlaText(sla, now, t, locale)}
      </span>
    </div>
  );
}
