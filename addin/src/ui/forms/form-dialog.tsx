/**
 * The frame of a dialog that is one form: a modal with a title, the fields and notices the caller
 * gives, and Submit / Cancel. The form is `noValidate`: each form checks its values with the
 * server's rules and shows its own messages. Test ids are `<testId>-form` and `-submit`; the
 * cancel button's is the caller's (the browser tests know some dialogs' as `-cancel`, others'
 * as `-close`).
 */
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useFormDialogStyles } from './form-dialog.styles';
import { SubmitCancelButtons } from './submit-cancel-buttons';

export function FormDialog(props: {
  testId: string;
  title: string;
  /** The surface's width. */
  className: string;
  submitLabel: string;
  cancelLabel: string;
  cancelTestId: string;
  busy: boolean;
  /** An alert dialog is not closed by a click beside it (used to confirm what cannot be undone). */
  modalType?: 'modal' | 'alert';
  onSubmit: (e: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const styles = useFormDialogStyles();
  return (
    <Dialog
      open
      modalType={props.modalType ?? 'modal'}
      onOpenChange={(_, data) => !data.open && props.onClose()}
    >
      <DialogSurface className={props.className}>
        <form onSubmit={props.onSubmit} data-testid={`${props.testId}-form`} noValidate>
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.content}>{props.children}</DialogContent>
            <DialogActions>
              <SubmitCancelButtons
                submitLabel={props.submitLabel}
                submitTestId={`${props.testId}-submit`}
                cancelLabel={props.cancelLabel}
                cancelTestId={props.cancelTestId}
                busy={props.busy}
                onCancel={props.onClose}
              />
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
