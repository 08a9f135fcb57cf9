/**
 * Raises many requests to one department through the API, a few at a time, with a spread of
 * priorities and titles so the list is not one repeated row; counts a box by walking its pages.
 */
import type { UiStack } from './ui-stack';

const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
const CONCURRENCY = 8;

export async function raiseRequests(
  stack: UiStack,
  requesterId: string,
  toDepartmentId: string,
  count: number,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      await stack.call('POST', '/api/requests', requesterId, {
        toDepartmentId,
        typeId: 'question',
        priority: PRIORITIES[i % PRIORITIES.length],
        title: `Benchmark request ${i + 1}: price list for store ${(i % 40) + 1}`,
        description: 'Raised by the front-end benchmark.',
      });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

export async function countBox(stack: UiStack, personId: string, box: string): Promise<number> {
  let total = 0;
  let continuation: string | null = null;
  do {
    const more: string = continuation ? `&continuation=${encodeURIComponent(continuation)}` : '';
    const page = await stack.call<{ items: unknown[]; continuation: string | null }>(
      'GET',
      `/api/requests?box=${box}&limit=200${more}`,
      personId,
    );
    total += page.items.length;
    continuation = page.continuation;
  } while (continuation);
  return total;
}
