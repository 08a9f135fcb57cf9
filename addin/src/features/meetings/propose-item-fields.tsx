/** The fields of a proposed agenda item: title, owner, time box, kind and what it is about. */
import { Field, Input } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { agendaItemKinds } from '@tandem/shared/meetings';
import { SelectField } from '../../ui/forms/select-field';
import { useT } from '../../app/i18n/i18n-context';
import type { LinkType, ProposalValues } from './agenda-item-values';
import { useFormStyles } from './meeting-forms.styles';

export function ProposeItemFields(props: {
  values: ProposalValues;
  owners: readonly { id: string; displayName: string }[];
  fieldError: (...paths: string[]) => ReactElement | undefined;
  set: (patch: Partial<ProposalValues>) => void;
}) {
  const { values, owners, fieldError, set } = props;
  const t = useT();
  const styles = useFormStyles();
  return (
    <>
      <Field label={t('meetings.field.title')} required validationMessage={fieldError('title')}>
        <Input
          data-testid="propose-title"
          value={values.title}
          onChange={(_, d) => set({ title: d.value })}
        />
      </Field>
      <div className={styles.row}>
        <SelectField
          label={t('meetings.propose.owner')}
          required
          validationMessage={fieldError('ownerId')}
          testId="propose-owner"
          value={values.ownerId}
          choices={owners.map((p) => ({ value: p.id, label: p.displayName }))}
          onChange={(ownerId) => set({ ownerId })}
        />
        <Field
          label={t('meetings.propose.timeBox')}
          required
          validationMessage={fieldError('timeBoxMinutes')}
        >
          <Input
            type="number"
            min={1}
            max={480}
            data-testid="propose-timebox"
            value={values.timeBoxMinutes}
            onChange={(_, d) => set({ timeBoxMinutes: d.value })}
          />
        </Field>
        <SelectField
          label={t('meetings.propose.kind')}
          required
          validationMessage={fieldError('kind')}
          testId="propose-kind"
          value={values.kind}
          choices={agendaItemKinds.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }))}
          onChange={(kind) => set({ kind })}
        />
      </div>
      <div className={styles.row}>
        <SelectField<LinkType>
          label={t('meetings.propose.linkType')}
          testId="propose-link-type"
          value={values.linkType}
          choices={[
            { value: 'none', label: t('meetings.propose.linkNone') },
            { value: 'request', label: t('meetings.propose.linkRequest') },
            { value: 'campaign', label: t('meetings.propose.linkCampaign') },
          ]}
          onChange={(linkType) => set({ linkType })}
        />
        {values.linkType !== 'none' && (
          <Field
            label={t('meetings.propose.linkId')}
            required
            validationMessage={fieldError('link.requestId', 'link.campaignId', 'link')}
          >
            <Input
              data-testid="propose-link-id"
              value={values.linkId}
              onChange={(_, d) => set({ linkId: d.value })}
            />
          </Field>
        )}
      </div>
    </>
  );
}
