/**
 * Deep links into a page's item: `?<param>=<id>` in the tab's address (an "Open in Tandem" button,
 * a link copied from the tab), or `<prefix><id>` in the subPageId (subEntityId) that Teams passes
 * to a tab opened from a deep link.
 */
export interface DeepLinkRule {
  /** The query parameter naming the item. */
  readonly param: string;
  /** The subEntityId's prefix; the empty prefix takes every id that no other prefix claims. */
  readonly subEntityPrefix: string;
}

/** The subEntityId that names this item. */
export function toSubEntityId(rule: DeepLinkRule, id: string): string {
  return `${rule.subEntityPrefix}${id}`;
}

/**
 * The item each page is asked to open at start, by page id: the address's parameter first, then
 * the subEntityId, which belongs to the page with the longest prefix it starts with (a blank id
 * after the prefix opens nothing).
 */
export function startLinks(
  rules: ReadonlyMap<string, DeepLinkRule>,
  search: string,
  subEntityId: string | null,
): Record<string, string> {
  const query = new URLSearchParams(search);
  let claimant: string | null = null;
  let longest = -1;
  for (const [page, rule] of rules) {
    const prefix = rule.subEntityPrefix;
    if (subEntityId?.startsWith(prefix) && prefix.length > longest) {
      claimant = page;
      longest = prefix.length;
    }
  }
  const links: Record<string, string> = {};
  for (const [page, rule] of rules) {
    const fromSub = page === claimant ? subEntityId?.slice(longest) : undefined;
    const id = query.get(rule.param)?.trim() || fromSub || null;
    if (id) links[page] = id;
  }
  return links;
}
