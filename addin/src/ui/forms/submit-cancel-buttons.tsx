/**
 * The two buttons that end a form: Submit (primary, off while the form is sent) and Cancel or
 * Back. The caller places them (a dialog's actions, an inline form's button row).
 */
import { Button } from '@fluentui/react-components';

export function SubmitCancelButtons(props: {
  submitLabel: string;
  submitTestId: string;
  cancelLabel: string;
  cancelTestId: string;
  busy: boolean;
  /** Whether Cancel is off while sending too (the detail panel's forms: the answer decides). */
  holdCancelWhileBusy?: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      <Button
        type="submit"
        appearance="primary"
        data-testid={props.submitTestId}
        disabled={props.busy}
      >
        {props.submitLabel}
      </Button>
      <Button
        type="button"
        data-testid={props.cancelTestId}
        disabled={props.holdCancelWhileBusy ? props.busy : undefined}
        onClick={props.onCancel}
      >
        {props.cancelLabel}
      </Button>
    </>
  );
}
