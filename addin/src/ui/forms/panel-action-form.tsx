/**
 * The frame of a one-step form inside a detail panel (a request's action, an approval's
 * decision): its fields, then Submit and Back, both off while it is sent, because the answer
 * decides what the panel shows next. `data-action` names the step for the browser tests.
 */
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n-context';
import { SubmitCancelButtons } from './submit-cancel-buttons';

export function PanelActionForm(props: {
  className: string;
  buttonsClassName: string;
  testId: string;
  action: string;
  submitLabel: string;
  submitTestId: string;
  cancelTestId: string;
  submitting: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <form
      className={props.className}
      data-testid={props.testId}
      data-action={props.action}
      onSubmit={submit}
      noValidate
    >
      {props.children}
      <div className={props.buttonsClassName}>
        <SubmitCancelButtons
          submitLabel={props.submitting ? t('common.saving') : props.submitLabel}
          submitTestId={props.submitTestId}
          cancelLabel={t('common.back')}
          cancelTestId={props.cancelTestId}
          busy={props.submitting}
          holdCancelWhileBusy
          onCancel={props.onCancel}
        />
      </div>
    </form>
  );
}
