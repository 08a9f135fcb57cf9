/**
 * Approvers from the directory, in order: added from a list of the people of the tenant (the
 * requester left out, as the server refuses them), moved up, or removed.
 */
import { Button, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowUp20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import { MAX_APPROVERS } from '@tandem/shared/approvals';
import { useSession } from '../../app/session-context';
import { useT } from '../../app/i18n/i18n-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: '24px 1fr auto auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    ...typographyStyles.body1,
  },
  order: { color: tokens.colorNeutralForeground2, textAlign: 'end' },
  muted: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
});

export function ApproverPicker(props: {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  labelId: string;
}) {
  const t = useT();
  const styles = useStyles();
  const { directory, names, me } = useSession();
  const ids = props.value;
  const describe = (p: (typeof directory.people)[number]) =>
    `${p.displayName} — ${names.department(p.departmentId)}, ${t(`role.${p.role}`)}`;
  const candidates = directory.people.filter((p) => p.id !== me.person.id && !ids.includes(p.id));
  const move = (i: number) => {
    const next = [...ids];
    [next[i - 1], next[i]] = [next[i]!, next[i - 1]!];
    props.onChange(next);
  };

  return (
    <div className={styles.root}>
      {ids.length === 0 ? (
        <p className={styles.muted}>{t('approvals.form.noApprovers')}</p>
      ) : (
        <ol className={styles.list} aria-labelledby={props.labelId}>
          {ids.map((id, i) => {
            const name = names.person(id);
            return (
              <li
                key={id}
                className={styles.item}
                data-testid="new-approval-approver"
                data-person-id={id}
              >
                <span className={styles.order}>{i + 1}.</span>
                <span>{name}</span>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ArrowUp20Regular />}
                  disabled={i === 0}
                  aria-label={t('approvals.form.moveUp', { name })}
                  onClick={() => move(i)}
                />
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<Dismiss20Regular />}
                  aria-label={t('approvals.form.remove', { name })}
                  data-testid="new-approval-approver-remove"
                  onClick={() => props.onChange(ids.filter((x) => x !== id))}
                />
              </li>
            );
          })}
        </ol>
      )}
      {ids.length < MAX_APPROVERS && (
        <Select
          data-testid="new-approval-approver-add"
          aria-label={t('approvals.form.addApprover')}
          value=""
          onChange={(_, data) => data.value && props.onChange([...ids, data.value])}
        >
          <option value="">{t('approvals.form.addApprover')}</option>
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {describe(p)}
            </option>
          ))}
        </Select>
      )}
    </div>
  );
}
