/**
 * What a page says after something the user did went through ("Request sent"), above its list,
 * with a button to dismiss it; nothing while there is no message.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useT } from '../app/i18n/i18n-context';

export function SuccessNotice(props: {
  message: string | null;
  testId: string;
  className: string;
  onDismiss: () => void;
}) {
  const t = useT();
  if (!props.message) return null;
  return (
    <MessageBar intent="success" className={props.className} data-testid={props.testId}>
      <MessageBarBody>{props.message}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t('common.close')}
            icon={<Dismiss20Regular />}
            onClick={props.onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
