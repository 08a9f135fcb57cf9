/** A request's status as a badge whose colour groups the states (new, working, waiting, done). */
import { Badge } from '@fluentui/react-components';
import type { RequestStatus } from '@tandem/shared/browser';
import { useT } from '../../app/i18n/i18n-context';

const colour = {
  new: 'brand',
  acknowledged: 'informative',
  in_progress: 'informative',
  waiting_on_requester: 'warning',
  resolved: 'success',
  closed: 'subtle',
  declined: 'danger',
  cancelled: 'subtle',
} as const;

export function StatusBadge({ status, testId }: { status: RequestStatus; testId: string }) {
  const t = useT();
  return (
    <Badge
      appearance="tint"
      color={colour[status]}
      style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
      data-testid={testId}
      data-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
