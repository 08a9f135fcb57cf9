/** The list's filters as one value, compared by content so that a re-render does not refetch. */
export interface RequestFilters {
  readonly status: readonly string[];
  readonly sla: readonly string[];
  readonly type: readonly string[];
  readonly branch: readonly string[];
  readonly q: string;
}

export const noFilters: RequestFilters = { status: [], sla: [], type: [], branch: [], q: '' };

export function filtersKey(f: RequestFilters): string {
  return JSON.stringify([f.status, f.sla, f.type, f.branch, f.q.trim()]);
}

export function hasFilters(f: RequestFilters): boolean {
  return filtersKey(f) !== filtersKey(noFilters);
}
