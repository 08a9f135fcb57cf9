/**
 * The bar above everything: the app, the channel, the sections, the page's header items, language
 * and who is signed in.
 */
import { Button, Select } from '@fluentui/react-components';
import { SignOut20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useSession } from '../session-context';
import { useHost } from '../host/host-context';
import { useLocale, useT } from '../i18n/i18n-context';
import { type Locale, locales } from '../i18n/messages';
import { useHeaderStyles } from './app-header.styles';
import { BrandMark } from './brand-mark';
import { Initials } from '../../ui/initials';
import { PageNav } from './page-nav';

export function AppHeader({ actions }: { actions: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const host = useHost();
  const { me, names } = useSession();
  const styles = useHeaderStyles();
  const where = [names.department(me.person.departmentId), names.branch(me.person.branchId)]
    .filter(Boolean)
    .join(' · ');

  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <BrandMark />
        <h1 className={styles.appName}>{t('app.name')}</h1>
        {host.channelDepartmentId && (
          <span
            className={`${styles.channel} ${styles.hideNarrow}`}
            data-testid="channel-department"
          >
            {t('header.channel', { department: names.department(host.channelDepartmentId) })}
          </span>
        )}
      </div>
      <PageNav />
      <div className={styles.spacer} />
      {actions}
      {host.setLocale && (
        <Select
          className={styles.locale}
          aria-label={t('header.language')}
          data-testid="locale-switch"
          value={locale}
          onChange={(_, data) => host.setLocale?.(data.value as Locale)}
        >
          {locales.map((l) => (
            <option key={l} value={l}>
              {t(`locale.${l}`)}
            </option>
          ))}
        </Select>
      )}
      <div className={styles.me}>
        <Initials name={me.person.displayName} size={32} />
        <div className={styles.meText}>
          <span className={styles.meName} data-testid="me-name">
            {me.person.displayName}
          </span>
          <span className={`${styles.meDept} ${styles.hideNarrow}`}>{where}</span>
        </div>
      </div>
      {host.mode === 'standalone' && (
        <Button
          appearance="subtle"
          icon={<SignOut20Regular />}
          aria-label={t('header.signOut')}
          title={t('header.signOut')}
          data-testid="signout-button"
          onClick={host.signOut}
        />
      )}
    </header>
  );
}
