/**
 * The frame of every meeting dialog (schedule, edit, cancel): a form dialog with the notice that
 * someone changed the meeting first and the error of the last try, both announced as alerts.
 * Test ids are `<testId>-form`, `-submit`, `-close`, `-conflict`, `-error`.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { FormDialog } from '../../ui/forms/form-dialog';
import { useT } from '../../app/i18n/i18n-context';
import { useFormStyles } from './meeting-forms.styles';

export function MeetingFormDialog(props: {
  testId: string;
  title: string;
  submitLabel: string;
  closeLabel?: string;
  busy: boolean;
  conflict?: boolean;
  error: string | null;
  /** An alert dialog is not closed by a click beside it (used to confirm what cannot be undone). */
  modalType?: 'modal' | 'alert';
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const styles = useFormStyles();
  const id = (part: string) => `${props.testId}-${part}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!props.busy) props.onSubmit();
  };
  return (
    <FormDialog
      testId={props.testId}
      title={props.title}
      className={styles.surface}
      submitLabel={props.submitLabel}
      cancelLabel={props.closeLabel ?? t('common.cancel')}
      cancelTestId={id('close')}
      busy={props.busy}
      modalType={props.modalType}
      onSubmit={submit}
      onClose={props.onClose}
    >
      {props.children}
      {props.conflict && (
        <MessageBar intent="warning" layout="multiline" data-testid={id('conflict')} role="alert">
          <MessageBarBody>{t('meetings.conflict')}</MessageBarBody>
        </MessageBar>
      )}
      {props.error && (
        <MessageBar intent="error" layout="multiline" data-testid={id('error')} role="alert">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
    </FormDialog>
  );
}
