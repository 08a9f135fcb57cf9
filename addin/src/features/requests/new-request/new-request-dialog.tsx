/**
 * Raising a request: department, type, priority, title and description, checked with the same
 * zod schema as the server before anything is sent, with the SLA preview shown as it is filled.
 */
import { Field, Input, Textarea } from '@fluentui/react-components';
import type { RequestDto } from '@tandem/shared/browser';
import { useSession } from '../../../app/session-context';
import { FormDialog } from '../../../ui/forms/form-dialog';
import { useFormDialogStyles } from '../../../ui/forms/form-dialog.styles';
import { FormErrorBar, fieldErrorOf } from '../../../ui/forms/form-errors';
import { SelectField } from '../../../ui/forms/select-field';
import { useT } from '../../../app/i18n/i18n-context';
import { priorities } from '../domain-lists';
import { useNewRequestStyles } from './new-request-dialog.styles';
import { SlaPreviewBox } from './sla-preview-box';
import { type NewRequestValues, useNewRequestForm } from './use-new-request-form';
import { useSlaPreview } from './use-sla-preview';
import { useTypeName } from '../use-type-name';

export default function NewRequestDialog(props: {
  onClose: () => void;
  onCreated: (r: RequestDto) => void;
}) {
  const t = useT();
  const { me, directory, names } = useSession();
  const typeName = useTypeName();
  const styles = useNewRequestStyles();
  const formStyles = useFormDialogStyles();
  const { values, set, errors, formError, sending, submit } = useNewRequestForm(props.onCreated);
  const preview = useSlaPreview(values.toDepartmentId, values.typeId, values.priority);
  const fieldError = (path: keyof NewRequestValues) => fieldErrorOf(errors, path);
  const departments = directory.departments
    .filter((d) => d.id !== me.person.departmentId)
    .map((d) => ({ value: d.id, label: names.department(d.id) }));

  return (
    <FormDialog
      testId="new-request"
      title={t('newRequest.title')}
      className={styles.surface}
      submitLabel={sending ? t('newRequest.sending') : t('newRequest.submit')}
      cancelLabel={t('common.cancel')}
      cancelTestId="new-request-cancel"
      busy={sending}
      onSubmit={(e) => void submit(e)}
      onClose={props.onClose}
    >
      <div className={formStyles.row}>
        <SelectField
          label={t('newRequest.department')}
          required
          validationMessage={fieldError('toDepartmentId')}
          testId="new-request-department"
          value={values.toDepartmentId}
          placeholder={t('common.choose')}
          choices={departments}
          onChange={set('toDepartmentId')}
        />
        <SelectField
          label={t('newRequest.type')}
          required
          validationMessage={fieldError('typeId')}
          testId="new-request-type"
          value={values.typeId}
          choices={directory.requestTypes.map((x) => ({ value: x.id, label: typeName(x.id) }))}
          onChange={set('typeId')}
        />
        <SelectField
          label={t('newRequest.priority')}
          required
          validationMessage={fieldError('priority')}
          testId="new-request-priority"
          value={values.priority}
          choices={priorities.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          onChange={set('priority')}
        />
      </div>
      <Field label={t('newRequest.subject')} required validationMessage={fieldError('title')}>
        <Input
          data-testid="new-request-title"
          value={values.title}
          onChange={(_, d) => set('title')(d.value)}
        />
      </Field>
      <Field
        label={t('newRequest.description')}
        hint={t('newRequest.descriptionHint')}
        validationMessage={fieldError('description')}
      >
        <Textarea
          data-testid="new-request-description"
          rows={5}
          resize="vertical"
          value={values.description}
          onChange={(_, d) => set('description')(d.value)}
        />
      </Field>
      <SlaPreviewBox state={preview} />
      <FormErrorBar error={formError} testId="new-request-error" />
    </FormDialog>
  );
}
