/** Standalone sign-in: one tile per demo person, grouped by department. */
import { Spinner } from '@fluentui/react-components';
import type { Person } from '@tandem/shared/browser';
import { ErrorState } from '../status-views';
import { useHost } from '../host/host-context';
import { localName, useLocale, useT } from '../i18n/i18n-context';
import { BrandMark } from '../shell/brand-mark';
import { Initials } from '../../ui/initials';
import { useSignInStyles } from './sign-in-picker.styles';
import { useDemoPeople } from './use-demo-people';

export function SignInPicker() {
  const t = useT();
  const locale = useLocale();
  const host = useHost();
  const styles = useSignInStyles();
  const { data, error } = useDemoPeople();
  if (error) return <ErrorState error={error} onRetry={() => location.reload()} />;

  const dir = data?.directory;
  const deptName = (id: string) => {
    const d = dir?.departments.find((x) => x.id === id);
    return d ? localName(d, locale) : id;
  };
  const branchName = (id: string | null) => {
    if (id === null) return t('signin.headOffice');
    const b = dir?.branches.find((x) => x.id === id);
    return b ? localName(b, locale) : id;
  };
  const groups = new Map<string, Person[]>();
  for (const p of data?.people ?? [])
    groups.set(p.departmentId, [...(groups.get(p.departmentId) ?? []), p]);

  return (
    <main className={styles.page} data-testid="signin-picker">
      <BrandMark size={48} />
      <div className={styles.head}>
        <h1 className={styles.title}>{t('signin.title')}</h1>
        <p className={styles.subtitle}>{t('signin.subtitle')}</p>
      </div>
      {!data && <Spinner label={t('app.loading')} />}
      {data && data.people.length === 0 && <p>{t('signin.noPeople')}</p>}
      <div className={styles.groups}>
        {[...groups].map(([departmentId, people]) => (
          <section key={departmentId} aria-labelledby={`dept-${departmentId}`}>
            <h2 id={`dept-${departmentId}`} className={styles.groupTitle}>
              {deptName(departmentId)}
            </h2>
            <div className={styles.grid}>
              {people.map((p) => (
                <button
                  key={p.id}
                  type="button"
                  className={styles.person}
                  data-testid={`signin-person-${p.id}`}
                  onClick={() => host.signIn(p.id)}
                >
                  <Initials name={p.displayName} size={40} />
                  <span className={styles.personText}>
                    <span className={styles.name}>{p.displayName}</span>
                    <span className={styles.meta}>
                      {deptName(p.departmentId)} · {branchName(p.branchId)}
                    </span>
                    <span className={styles.meta}>{t(`role.${p.role}`)}</span>
                  </span>
                </button>
              ))}
            </div>
          </section>
        ))}
      </div>
    </main>
  );
}
