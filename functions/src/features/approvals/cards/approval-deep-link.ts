/**
 * "Open in Tandem" on an approval card: the same personal tab as requests (the approvals are a
 * page of it), opened on the approval by `?approval=` in a browser or by the context's
 * `subEntityId` ("approval:<id>", so the tab tells it apart from a request id) in Teams.
 */
import { type TabLink, requestsTabEntityId } from '../../../platform/cards/tab-link';

export const approvalSubEntityPrefix = 'approval:';

export function approvalDeepLink(tab: TabLink, approvalId: string, label: string): string {
  const webUrl = new URL(tab.webUrl);
  webUrl.searchParams.set('approval', approvalId);
  // encodeURIComponent, not URLSearchParams: Teams does not read "+" in a deep link as a space.
  const query = Object.entries({
    webUrl: webUrl.toString(),
    label,
    context: JSON.stringify({ subEntityId: `${approvalSubEntityPrefix}${approvalId}` }),
  })
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  const app = encodeURIComponent(tab.appId);
  return `https://teams.microsoft.com/l/entity/${app}/${requestsTabEntityId}?${query}`;
}
