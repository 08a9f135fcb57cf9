import { type Filing, distinctFilings, makeFilingBatcher } from './sla-schedule-filing';

/** A send whose batches stay on their way until the test lets them land. */
function heldSends() {
  const sent: { minute: string; keys: string[]; land(): void; fail(err: Error): void }[] = [];
  const send = (minute: string, batch: readonly Filing[]) =>
    new Promise<void>((land, fail) => {
      sent.push({ minute, keys: batch.map((f) => f.key), land, fail });
    });
  return { sent, send };
}

const filing = (key: string, at = 1): Filing => ({ key, at });
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('batched filing of the SLA schedule', () => {
  it('sends a lone filing at once, by itself', async () => {
    const { sent, send } = heldSends();
    const file = makeFilingBatcher(send, { maxBatch: 10, inFlight: 1 });
    const done = file('10:05', filing('t/a'));
    expect(sent.map((s) => s.keys)).toEqual([['t/a']]);
    sent[0]?.land();
    await expect(done).resolves.toBeUndefined();
  });

  it('sends what arrives while batches are on their way together, at most maxBatch at once', async () => {
    const { sent, send } = heldSends();
    const file = makeFilingBatcher(send, { maxBatch: 3, inFlight: 2 });
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const done = keys.map((k) => file('10:05', filing(k)));
    expect(sent.map((s) => s.keys)).toEqual([['a'], ['b']]);
    sent[0]?.land();
    await tick();
    expect(sent.map((s) => s.keys)).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
    sent[1]?.land();
    await tick();
    expect(sent.map((s) => s.keys).slice(3)).toEqual([['f', 'g']]);
    sent[2]?.land();
    sent[3]?.land();
    await expect(Promise.all(done)).resolves.toHaveLength(keys.length);
  });

  it('answers a caller only once its own batch is stored', async () => {
    const { sent, send } = heldSends();
    const file = makeFilingBatcher(send, { maxBatch: 10, inFlight: 1 });
    let firstDone = false;
    let secondDone = false;
    const first = file('10:05', filing('a')).then(() => (firstDone = true));
    const second = file('10:05', filing('b')).then(() => (secondDone = true));
    sent[0]?.land();
    await tick();
    expect([firstDone, secondDone]).toEqual([true, false]);
    sent[1]?.land();
    await tick();
    expect(secondDone).toBe(true);
    await Promise.all([first, second]);
  });

  it('fails every caller of a failed batch, and only those', async () => {
    const { sent, send } = heldSends();
    const file = makeFilingBatcher(send, { maxBatch: 10, inFlight: 1 });
    const first = file('10:05', filing('a'));
    const second = file('10:05', filing('b'));
    const third = file('10:05', filing('c'));
    sent[0]?.land();
    await tick();
    sent[1]?.fail(new Error('bucket down'));
    await expect(second).rejects.toThrow('bucket down');
    await expect(third).rejects.toThrow('bucket down');
    await expect(first).resolves.toBeUndefined();
    const later = file('10:05', filing('d'));
    sent[2]?.land();
    await expect(later).resolves.toBeUndefined();
  });

  it('keeps minutes apart: each has its own batches', () => {
    const { sent, send } = heldSends();
    const file = makeFilingBatcher(send, { maxBatch: 10, inFlight: 1 });
    // No batch ever lands here: these filings stay pending, only the sends are looked at.
    void file('10:05', filing('a'));
    void file('10:06', filing('b'));
    void file('10:05', filing('c'));
    expect(sent.map((s) => [s.minute, s.keys])).toEqual([
      ['10:05', ['a']],
      ['10:06', ['b']],
    ]);
  });

  it('keeps the last filing of a key within one batch', () => {
    expect(distinctFilings([filing('a', 1), filing('b', 2), filing('a', 3)])).toEqual([
      filing('a', 3),
      filing('b', 2),
    ]);
  });
});
