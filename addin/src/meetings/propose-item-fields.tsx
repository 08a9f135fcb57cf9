/** The fields of a proposed agenda item: title, owner, time box, kind and what it is about. */
import { Field, Input, Select } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { agendaItemKinds } from '@tandem/shared/meetings';
import { useT } from '../i18n/i18n-context';
import type { LinkType, ProposalValues } from './agenda-item-values';
import { useFormStyles } from './meeting-forms.styles';

export function ProposeItemFields(props: {
  values: ProposalValues;
  owners: readonly { id: string; displayName: string }[];
  fieldError(...paths: string[]): ReactElement | undefined;
  set(patch: Partial<ProposalValues>): void;
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
        <Field
          label={t('meetings.propose.owner')}
          required
          validationMessage={fieldError('ownerId')}
        >
          <Select
            data-testid="propose-owner"
            value={values.ownerId}
            onChange={(_, d) => set({ ownerId: d.value })}
          >
            {owners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </Select>
        </Field>
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
        <Field label={t('meetings.propose.kind')} required validationMessage={fieldError('kind')}>
          <Select
            data-testid="propose-kind"
            value={values.kind}
            onChange={(_, d) => set({ kind: d.value })}
          >
            {agendaItemKinds.map((k) => (
              <option key={k} value={k}>
                {t(`meetings.kind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t('meetings.propose.linkType')}>
          <Select
            data-testid="propose-link-type"
            value={values.linkType}
            onChange={(_, d) => set({ linkType: d.value as LinkType })}
          >
            <option value="none">{t('meetings.propose.linkNone')}</option>
            <option value="request">{t('meetings.propose.linkRequest')}</option>
            <option value="campaign">{t('meetings.propose.linkCampaign')}</option>
          </Select>
        </Field>
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
