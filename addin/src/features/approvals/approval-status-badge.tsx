/** An approval's status as a badge; the colour groups, the text says it (colour is never alone). */
import { Badge } from '@fluentui/react-components';
import type { ApprovalStatus } from '@tandem/shared/approvals';
import { useT } from '../../app/i18n/i18n-context';

const colour = {
  pending: 'brand',
  approved: 'success',
  rejected: 'danger',
  cancelled: 'subtle',
} as const;

export function ApprovalStatusBadge({
  status,
  testId,
}: {
  status: ApprovalStatus;
  testId: string;
}) {
  const t = useT();
  return (
    <Badge
      appearance="tint"
      color={colour[status]}
      style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
      data-testid={testId}
      data-status={status}
    >
      {t(`approvals.status.${status}`)}
    </Badge>
  );
}
