/**
 * Page addresses in the hash: `#/<id>`, and `#/` for the home page, so that the browser's back
 * button and a reload return to the page. `#/config` is the channel tab's configuration page,
 * which is not one of the pages.
 */
export function pageFromHash(hash: string, pageIds: readonly string[], homeId: string): string {
  const name = /^#\/?([a-z-]+)/.exec(hash)?.[1];
  return name !== undefined && pageIds.includes(name) ? name : homeId;
}

export function hashOf(page: string, homeId: string): string {
  return page === homeId ? '#/' : `#/${page}`;
}

/** Whether the address names a page (or the config page) rather than leaving the choice open. */
export function hashNamesAPage(hash: string): boolean {
  return /^#\/?[a-z]/.test(hash);
}
