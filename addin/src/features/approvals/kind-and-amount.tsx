/** The first row of the new-approval form: the kind, and the amount the money kinds need. */
import { Field, Input, Select } from '@fluentui/react-components';
import type { JSX } from 'react';
import { type ApprovalKind, approvalKinds } from '@tandem/shared/approvals';
import { useT } from '../../app/i18n/i18n-context';
import { type NewApprovalValues, needsAmount } from './new-approval-values';

export function KindAndAmount(props: {
  values: NewApprovalValues;
  set: <K extends keyof NewApprovalValues>(field: K, value: NewApprovalValues[K]) => void;
  error: (field: string) => JSX.Element | undefined;
  className: string;
}) {
  const t = useT();
  const { values, set, error } = props;
  return (
    <div className={props.className}>
      <Field label={t('approvals.form.kind')} required validationMessage={error('kind')}>
        <Select
          data-testid="new-approval-kind"
          value={values.kind}
          onChange={(_, d) => set('kind', d.value as ApprovalKind)}
        >
          {approvalKinds.map((k) => (
            <option key={k} value={k}>
              {t(`approvals.kind.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('approvals.form.amount')}
        required={needsAmount(values.kind)}
        hint={t('approvals.form.amountHint')}
        validationMessage={error('amount')}
      >
        <Input
          data-testid="new-approval-amount"
          inputMode="decimal"
          value={values.amount}
          onChange={(_, d) => set('amount', d.value)}
        />
      </Field>
      <Field label={t('approvals.form.currency')}>
        <Input
          data-testid="new-approval-currency"
          maxLength={3}
          value={values.currency}
          onChange={(_, d) => set('currency', d.value.toUpperCase())}
        />
      </Field>
    </div>
  );
}
