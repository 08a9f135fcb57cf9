/**
 * The frame of a one-step form inside a detail panel (an action on the item shown): its fields,
 * then Submit and Back, both off while it is sent, because the answer decides what the panel
 * shows next. `data-action` names the step for the browser tests.
 */
import type { FormEvent, ReactNode } from 'react';
import { SubmitCancelButtons } from './submit-cancel-buttons';

export function PanelActionForm(props: {
  className: string;
  buttonsClassName: string;
  testId: string;
  action: string;
  submitLabel: string;
  /** Shown on Submit while the form is sent. */
  busyLabel: string;
  backLabel: string;
  submitTestId: string;
  cancelTestId: string;
  submitting: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
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
          submitLabel={props.submitting ? props.busyLabel : props.submitLabel}
          submitTestId={props.submitTestId}
          cancelLabel={props.backLabel}
          cancelTestId={props.cancelTestId}
          busy={props.submitting}
          holdCancelWhileBusy
          onCancel={props.onCancel}
        />
      </div>
    </form>
  );
}
