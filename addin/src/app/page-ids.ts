/**
 * The tab's pages and their addresses: `#/approvals`, `#/meetings`, `#/cards`; anything else is
 * the requests page. `#/config` is the channel tab's configuration page and is not a page here.
 */
export const pageIds = ['requests', 'approvals', 'meetings', 'cards'] as const;
export type PageId = (typeof pageIds)[number];

export function pageFromHash(hash: string): PageId {
  const name = /^#\/?([a-z-]+)/.exec(hash)?.[1];
  return (pageIds as readonly string[]).includes(name ?? '') ? (name as PageId) : 'requests';
}

export function hashOf(page: PageId): string {
  return page === 'requests' ? '#/' : `#/${page}`;
}
