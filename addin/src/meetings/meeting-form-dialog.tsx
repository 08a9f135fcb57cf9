/**
 * The frame of every meeting dialog (schedule, edit, cancel): a modal form with a title, its
 * fields, the notice that someone changed the meeting first, the error of the last try, and
 * Submit / Close. Test ids are `<testId>-form`, `-submit`, `-close`, `-conflict`, `-error`.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
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
  onSubmit(): void;
  onClose(): void;
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
    <Dialog
      open
      modalType={props.modalType ?? 'modal'}
      onOpenChange={(_, data) => !data.open && props.onClose()}
    >
      <DialogSurface className={styles.surface}>
        <form onSubmit={submit} data-testid={id('form')} noValidate>
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.content}>
              {props.children}
              {props.conflict && (
                <MessageBar
                  intent="warning"
                  layout="multiline"
                  data-testid={id('conflict')}
                  role="alert"
                >
                  <MessageBarBody>{t('meetings.conflict')}</MessageBarBody>
                </MessageBar>
              )}
              {props.error && (
                <MessageBar
                  intent="error"
                  layout="multiline"
                  data-testid={id('error')}
                  role="alert"
                >
                  <MessageBarBody>{props.error}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                type="submit"
                appearance="primary"
                data-testid={id('submit')}
                disabled={props.busy}
              >
                {props.submitLabel}
              </Button>
              <Button type="button" data-testid={id('close')} onClick={props.onClose}>
                {props.closeLabel ?? t('newRequest.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
