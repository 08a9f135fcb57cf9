import { PreconditionFailed, PreconditionRequired } from '@tandem/shared';
import { WRITE_ATTEMPTS, writeAsSystem, writeOnVersion } from './aggregate-write';
import type { Versioned } from './ports';

/** One stored aggregate: `version` is what people changed, `etag` moves with every write. */
function makeCell() {
  let stored: Versioned<{ version: number; sweeps: number }> = {
    value: { version: 1, sweeps: 0 },
    etag: 'e0',
  };
  let writes = 0;
  return {
    get: () => stored,
    read: async () => stored,
    replace: async (value: { version: number; sweeps: number }, etag: string) => {
      if (etag !== stored.etag) throw new PreconditionFailed();
      writes++;
      stored = { value, etag: `e${writes}` };
      return stored;
    },
    /** A system writer changing the document but not the version people see. */
    sweep() {
      writes++;
      stored = { value: { ...stored.value, sweeps: stored.value.sweeps + 1 }, etag: `e${writes}` };
    },
  };
}

type Cell = Versioned<{ version: number; sweeps: number }>;
const versionOf = (s: Cell) => `"${s.value.version}"`;

describe('writeOnVersion', () => {
  it('requires If-Match (428) and refuses a stale one (412) before writing', async () => {
    const cell = makeCell();
    const write = jest.fn(async (c: Versioned<{ version: number; sweeps: number }>) =>
      cell.replace({ ...c.value, version: c.value.version + 1 }, c.etag),
    );
    for (const ifMatch of [undefined, '', '  ']) {
      await expect(writeOnVersion({ ifMatch, read: cell.read, versionOf, write })).rejects.toThrow(
        PreconditionRequired,
      );
    }
    await expect(
      writeOnVersion({ ifMatch: '"7"', read: cell.read, versionOf, write }),
    ).rejects.toThrow(PreconditionFailed);
    expect(write).not.toHaveBeenCalled();
  });

  it('accepts the version with or without quotes or a weak prefix', async () => {
    for (const ifMatch of ['"1"', '1', 'W/"1"', ' "1" ']) {
      const cell = makeCell();
      await writeOnVersion({
        ifMatch,
        read: cell.read,
        versionOf,
        write: (c) => cell.replace({ ...c.value, version: 2 }, c.etag),
      });
      expect(cell.get().value.version).toBe(2);
    }
  });

  it('retries a race lost to a system writer on a fresh copy, keeping its change', async () => {
    const cell = makeCell();
    let round = 0;
    const result = await writeOnVersion({
      ifMatch: '"1"',
      read: cell.read,
      versionOf,
      write: async (c) => {
        if (round++ < 2) cell.sweep(); // the sweep writes between our read and our write
        return cell.replace({ ...c.value, version: c.value.version + 1 }, c.etag);
      },
    });
    expect(result.value).toEqual({ version: 2, sweeps: 2 });
  });

  it('answers 412 when a person changed the aggregate between two rounds', async () => {
    const cell = makeCell();
    await expect(
      writeOnVersion({
        ifMatch: '"1"',
        read: cell.read,
        versionOf,
        write: async (c) => {
          // Another person's write lands first: our replace loses, and the next read sees v2.
          await cell.replace({ ...c.value, version: 2 }, c.etag);
          return cell.replace({ ...c.value, version: 2 }, c.etag);
        },
      }),
    ).rejects.toThrow(PreconditionFailed);
    expect(cell.get().value.version).toBe(2);
  });

  it('gives up after a bounded number of lost races and passes other errors through', async () => {
    const cell = makeCell();
    const write = jest.fn(async (c: Versioned<{ version: number; sweeps: number }>) => {
      cell.sweep();
      return cell.replace(c.value, c.etag);
    });
    await expect(
      writeOnVersion({ ifMatch: '"1"', read: cell.read, versionOf, write }),
    ).rejects.toThrow(PreconditionFailed);
    expect(write).toHaveBeenCalledTimes(WRITE_ATTEMPTS);
    const boom = new Error('boom');
    await expect(
      writeOnVersion({
        ifMatch: '"1"',
        read: cell.read,
        versionOf,
        write: async () => Promise.reject(boom),
      }),
    ).rejects.toBe(boom);
  });
});

describe('writeAsSystem', () => {
  it('re-applies its change on a fresh copy and skips a change that is nothing', async () => {
    const cell = makeCell();
    let raced = false;
    await writeAsSystem(cell.read, async (c) => {
      if (!raced) {
        raced = true;
        cell.sweep();
      }
      return cell.replace({ ...c.value, sweeps: c.value.sweeps + 10 }, c.etag);
    });
    expect(cell.get().value.sweeps).toBe(11);
    const before = cell.get();
    expect(await writeAsSystem(cell.read, async () => null)).toBeUndefined();
    expect(cell.get()).toBe(before);
  });
});
