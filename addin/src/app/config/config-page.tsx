/**
 * The channel tab's configuration page (`#/config`). In Teams, picking a department makes Save
 * valid and saves a contentUrl with `?department=`; in a plain browser it links to the same URL.
 */
import {
  Button,
  Field,
  Select,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useEffectEvent, useState } from 'react';
import { useSession } from '../session-context';
import { useHost } from '../host/host-context';
import { useT } from '../i18n/i18n-context';
import { BrandMark } from '../shell/brand-mark';
import { tabContentUrl } from './tab-content-url';

const useStyles = makeStyles({
  page: {
    maxWidth: '520px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  title: { ...typographyStyles.title3, margin: 0 },
  text: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
});

export function ConfigPage() {
  const t = useT();
  const host = useHost();
  const { me, directory, names } = useSession();
  const styles = useStyles();
  const [departmentId, setDepartmentId] = useState(
    host.channelDepartmentId ?? me.person.departmentId,
  );
  const { tabConfig } = host;

  // Teams calls the handler when Save is pressed; it must read the latest choice.
  const settingsToSave = useEffectEvent(() => {
    const url = tabContentUrl(location.href, departmentId);
    return {
      contentUrl: url,
      websiteUrl: url,
      entityId: `tandem-${departmentId}`,
      suggestedDisplayName: `${t('app.name')} · ${names.department(departmentId)}`,
    };
  });
  useEffect(() => tabConfig?.onSave(() => settingsToSave()), [tabConfig]);
  useEffect(() => tabConfig?.setValid(departmentId !== ''), [tabConfig, departmentId]);

  return (
    <main className={styles.page} data-testid="config-page">
      <BrandMark size={40} />
      <h1 className={styles.title}>{t('config.title')}</h1>
      <p className={styles.text}>{t('config.intro')}</p>
      <Field label={t('config.department')} required>
        <Select
          data-testid="config-department"
          value={departmentId}
          onChange={(_, d) => setDepartmentId(d.value)}
        >
          {directory.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {names.department(d.id)}
            </option>
          ))}
        </Select>
      </Field>
      {tabConfig ? (
        <p className={styles.text}>{t('config.saveHint')}</p>
      ) : (
        <div>
          <Button
            as="a"
            appearance="primary"
            href={tabContentUrl(location.href, departmentId)}
            data-testid="config-open"
          >
            {t('config.open')}
          </Button>
        </div>
      )}
    </main>
  );
}
