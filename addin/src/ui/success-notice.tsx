/**
 * What a page says after something the user did went through ("… sent"), above its list, with a
 * button to dismiss it; nothing while there is no message.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';

export function SuccessNotice(props: {
  message: string | null;
  testId: string;
  /** The dismiss button's accessible name. */
  dismissLabel: string;
  className: string;
  onDismiss: () => void;
}) {
  if (!props.message) return null;
  return (
    <MessageBar intent="success" className={props.className} data-testid={props.testId}>
      <MessageBarBody>{props.message}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={props.dismissLabel}
            icon={<Dismiss20Regular />}
            onClick={props.onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
