/** The list query as the API reads it: lists comma-separated, empty filters left out. */
export interface ListQuery {
  readonly box: 'inbox' | 'outbox';
  readonly status?: readonly string[];
  readonly sla?: readonly string[];
  readonly type?: readonly string[];
  readonly branch?: readonly string[];
  readonly q?: string;
  readonly limit?: number;
  readonly continuation?: string;
}

export function toSearch(query: ListQuery): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) q.set(key, value.join(','));
    } else if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value).trim();
      if (text !== '') q.set(key, text);
    }
  }
  return q.toString();
}
