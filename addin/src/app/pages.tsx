/**
 * The tab's registry: its pages in the navigation's order, and what the header shows beside them.
 * A feature with a page joins by one line here (its declaration is in its own `page.ts`).
 */
import type { ShellDeclaration } from './page-declaration';
import { approvalsPage, useOpenApproval } from '../features/approvals';
import { cardPreviewPage } from '../features/card-preview';
import { meetingsPage } from '../features/meetings';
import { NotificationsButton, useNotifications } from '../features/notifications';
import { requestsPage, useOpenRequest } from '../features/requests';

/** The bell, whose items open the request or approval they are about on its page. */
function HeaderActions() {
  const notifications = useNotifications();
  const openRequest = useOpenRequest();
  const openApproval = useOpenApproval();
  return (
    <NotificationsButton
      state={notifications}
      onOpenRequest={openRequest}
      onOpenApproval={openApproval}
    />
  );
}

export const shell: ShellDeclaration = {
  pages: [requestsPage, approvalsPage, meetingsPage, cardPreviewPage],
  headerActions: HeaderActions,
};
