import { inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';
import type { ZipEntry } from './zip-writer';

/**
 * Reads a zip archive through its central directory, the way Teams does, and checks every entry's
 * size and CRC, so a test can prove the package unpacks to exactly the bytes that went in.
 */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const endAt = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt + 22 > buf.length) throw new Error('no end of central directory record');
  const count = buf.readUInt16LE(endAt + 10);
  let at = buf.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header at ${at}`);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const localAt = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;

    if (buf.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`bad local header: ${name}`);
    const dataAt = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    const body = buf.subarray(dataAt, dataAt + compressedSize);
    if (method !== 0 && method !== 8) {
      throw new Error(`${name}: unsupported compression method ${method}`);
    }
    let data: Buffer | undefined;
    try {
      data = method === 0 ? Buffer.from(body) : inflateRawSync(body);
    } catch {
      data = undefined;
    }
    if (!data || data.length !== size || crc32(data) !== crc) {
      throw new Error(`${name}: corrupt entry`);
    }
    entries.push({ name, data });
  }
  return entries;
}
