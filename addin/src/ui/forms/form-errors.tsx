/**
 * How a form shows what is wrong: the message under a field (a Fluent `Field`'s
 * `validationMessage`, test id `field-error-<path>`, which the browser tests look for) and the
 * error of the last try to send it, below its fields.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactElement } from 'react';

export function fieldError(
  message: string | null | undefined,
  path: string,
): ReactElement | undefined {
  return message ? <span data-testid={`field-error-${path}`}>{message}</span> : undefined;
}

/** From a form's errors by path; the first of `paths` with an error (a field may stand for several). */
export function fieldErrorOf(
  errors: Readonly<Record<string, string>>,
  ...paths: string[]
): ReactElement | undefined {
  const path = paths.find((p) => errors[p]);
  return path === undefined ? undefined : fieldError(errors[path], path);
}

/** Nothing while there is no error. */
export function FormErrorBar(props: { error: string | null; testId: string }) {
  if (!props.error) return null;
  return (
    <MessageBar intent="error" data-testid={props.testId}>
      <MessageBarBody>{props.error}</MessageBarBody>
    </MessageBar>
  );
}
