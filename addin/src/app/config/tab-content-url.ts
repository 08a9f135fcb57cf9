/**
 * The channel tab's contentUrl: the tab's own address with `?department=` and no route, so the
 * saved tab opens on that department (theme and language come from the host, not the URL).
 */
export function tabContentUrl(currentHref: string, departmentId: string): string {
  const url = new URL(currentHref);
  url.hash = '';
  url.search = '';
  url.searchParams.set('department', departmentId);
  return url.toString();
}
