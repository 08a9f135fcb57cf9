/** The request itself in the detail panel: status, route, who raised it, description and SLA. */
import { Badge } from '@fluentui/react-components';
import type { RequestDto } from '@tandem/shared/browser';
import { useSession } from '../../../app/session-context';
import { formatInstant } from '../../../app/i18n/format-date';
import { formatBusinessMinutes } from '../../../app/i18n/format-sla';
import { useLocale, useT } from '../../../app/i18n/i18n-context';
import { SlaBar } from '../sla-bar';
import { StatusBadge } from '../status-badge';
import { useDetailStyles } from './request-detail.styles';
import { useNow } from '../../../ui/use-now';
import { useTypeName } from '../use-type-name';

export function RequestFacts({ request: r }: { request: RequestDto }) {
  const t = useT();
  const locale = useLocale();
  const { names, me } = useSession();
  const typeName = useTypeName();
  const styles = useDetailStyles();
  const now = useNow(60_000);
  const from = [names.department(r.fromDepartmentId), names.branch(r.fromBranchId)]
    .filter(Boolean)
    .join(', ');
  const clocks = [
    { key: 'firstResponse', label: t('detail.firstResponse'), clock: r.sla.firstResponse },
    { key: 'resolution', label: t('detail.resolution'), clock: r.sla.resolution },
  ] as const;

  return (
    <>
      <div className={styles.chips}>
        <StatusBadge status={r.status} testId="detail-status" />
        <Badge appearance="outline" color={r.priority === 'urgent' ? 'danger' : 'informative'}>
          {t(`priority.${r.priority}`)}
        </Badge>
        <Badge appearance="outline" color="informative">
          {typeName(r.typeId)}
        </Badge>
      </div>
      <dl className={styles.facts}>
        <dt className={styles.factName}>{t('detail.routeLabel')}</dt>
        <dd className={styles.factValue}>
          {t('detail.route', { from, to: names.department(r.toDepartmentId) })}
        </dd>
        <dt className={styles.factName}>{t('detail.requester')}</dt>
        <dd className={styles.factValue}>{names.person(r.requesterId)}</dd>
        <dt className={styles.factName}>{t('detail.created')}</dt>
        <dd className={styles.factValue}>{formatInstant(r.createdAt, locale, me.timeZone)}</dd>
      </dl>
      {r.description && <p className={styles.description}>{r.description}</p>}
      <section
        className={styles.section}
        data-testid="detail-sla"
        data-sla-state={r.sla.state}
        aria-labelledby="detail-sla-title"
      >
        <h3 id="detail-sla-title" className={styles.sectionTitle}>
          {t('detail.sla')} · {t(`slaState.${r.sla.state}`)}
        </h3>
        <SlaBar sla={r.sla} now={now} />
        {clocks.map(({ key, label, clock }) => (
          <div key={key} className={styles.clock} data-testid={`detail-sla-${key}`}>
            <span>
              {label} ({formatBusinessMinutes(clock.targetMinutes, t)})
            </span>
            <span>{t(`slaState.${clock.state}`)}</span>
            <span className={styles.clockDue}>
              {t('detail.dueAt', { date: formatInstant(clock.dueAt, locale, me.timeZone) })}
            </span>
          </div>
        ))}
      </section>
    </>
  );
}
