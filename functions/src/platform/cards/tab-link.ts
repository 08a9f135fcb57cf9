/**
 * The "Open in Tandem" link on every card. `Action.Execute` does not work on Teams mobile, so
 * this deep link into the personal tab is the way to act there. The tab opens the request from
 * the context's `subEntityId` (its subPageId) in Teams, or from `?request=` in a browser.
 */

export interface TabLink {
  /** The Teams app id from the manifest. */
  readonly appId: string;
  /** Address of the tab's web app, e.g. "https://tandem.example.com". */
  readonly webUrl: string;
}

/** `entityId` of the personal "Requests" tab in manifest/manifest.template.json. */
export const requestsTabEntityId = 'requests';

export function requestDeepLink(tab: TabLink, requestId: string, label: string): string {
  const webUrl = new URL(tab.webUrl);
  webUrl.searchParams.set('request', requestId);
  // encodeURIComponent, not URLSearchParams: Teams does not read "+" in a deep link as a space.
  const query = Object.entries({
    webUrl: webUrl.toString(),
    label,
    context: JSON.stringify({ subEntityId: requestId }),
  })
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  const app = encodeURIComponent(tab.appId);
  return `https://teams.microsoft.com/l/entity/${app}/${requestsTabEntityId}?${query}`;
}

/** The personal tab itself, for a card that has nothing else to open (a refused click). */
export function tabHomeDeepLink(tab: TabLink, label: string): string {
  const query = Object.entries({ webUrl: new URL(tab.webUrl).toString(), label })
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  const app = encodeURIComponent(tab.appId);
  return `https://teams.microsoft.com/l/entity/${app}/${requestsTabEntityId}?${query}`;
}
