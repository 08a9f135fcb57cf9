import { createHash } from 'node:crypto';
import { readZip } from './zip-reader';
import { writeZip } from './zip-writer';

describe('zip writer and reader', () => {
  const text = Buffer.from('{"name":"Tandem"}\n'.repeat(50));
  // Hash output is incompressible, like PNG data, yet the same on every run.
  const noise = Buffer.concat(
    Array.from({ length: 10 }, (_, i) => createHash('sha256').update(String(i)).digest()),
  );

  it('round-trips deflated, stored, empty and non-ASCII entries', () => {
    const entries = [
      { name: 'manifest.json', data: text },
      { name: 'noise.bin', data: noise },
      { name: 'empty.txt', data: Buffer.alloc(0) },
      { name: 'ру.json', data: Buffer.from('{}') },
    ];
    const back = readZip(writeZip(entries));
    expect(back.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    back.forEach((entry, i) =>
      expect(Buffer.compare(entry.data, entries[i]?.data as Buffer)).toBe(0),
    );
  });

  it('compresses text but stores data that deflate would not shrink', () => {
    const zip = writeZip([
      { name: 'a.json', data: text },
      { name: 'b.bin', data: noise },
    ]);
    expect(zip.length).toBeLessThan(text.length);
    // Compression method of each local header: 8 = deflate, 0 = stored.
    expect(zip.readUInt16LE(8)).toBe(8);
    const second = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4);
    expect(zip.readUInt16LE(second + 8)).toBe(0);
  });

  it('refuses duplicate names and detects a corrupted entry', () => {
    expect(() =>
      writeZip([
        { name: 'a', data: text },
        { name: 'a', data: text },
      ]),
    ).toThrow('duplicate zip entry: a');
    const zip = writeZip([{ name: 'b.bin', data: noise }]);
    const inData = 30 + 'b.bin'.length + 10;
    zip.writeUInt8(zip.readUInt8(inData) ^ 0xff, inData);
    expect(() => readZip(zip)).toThrow('b.bin: corrupt entry');
  });
});
