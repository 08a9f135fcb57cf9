/** The requests every list and get of the `api` benchmark runs over, raised through the API. */

/**
 * Creates `count` requests with POST /api/requests, eight at a time, and returns their ids.
 * Each is a genuine request (own id, creation instant and SLA due dates), not a copy.
 */
export async function createCorpus(
  url: string,
  headers: Readonly<Record<string, string>>,
  body: string,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      const res = await fetch(`${url}/api/requests`, { method: 'POST', headers, body });
      if (res.status !== 201) throw new Error(`create answered HTTP ${res.status}`);
      ids.push(((await res.json()) as { id: string }).id);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return ids;
}
