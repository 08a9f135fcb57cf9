/**
 * Where a card's "Open in Tandem" button leads. Cards link into the Teams tab with a deep link
 * (`teams.microsoft.com/l/entity/…?webUrl=<tab>?request=<id>`) or straight to the tab's address;
 * the preview IS the tab, so such a link opens the request or approval here, in the same tab.
 * Anything else is an ordinary web page; a link that is not http(s) is never followed.
 */
export type CardLinkTarget =
  | { readonly kind: 'request'; readonly id: string }
  | { readonly kind: 'approval'; readonly id: string }
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'refused' };

function webUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

const isTeamsDeepLink = (url: URL) =>
  url.hostname === 'teams.microsoft.com' && url.pathname.startsWith('/l/entity/');

export function cardLinkTarget(raw: string): CardLinkTarget {
  const url = webUrl(raw);
  if (!url) return { kind: 'refused' };
  const inner = isTeamsDeepLink(url) ? webUrl(url.searchParams.get('webUrl') ?? '') : null;
  const tab = inner ?? url;
  const request = tab.searchParams.get('request')?.trim();
  if (request) return { kind: 'request', id: request };
  const approval = tab.searchParams.get('approval')?.trim();
  if (approval) return { kind: 'approval', id: approval };
  return { kind: 'external', url: url.toString() };
}
