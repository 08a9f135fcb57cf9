import { deflateSync, inflateSync } from 'node:zlib';
import { crc32 } from './crc32';

/** An 8-bit RGBA raster, row-major, 4 bytes per pixel. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes a raster as a truecolour-with-alpha PNG (colour type 6, no interlace). */
export function encodePng({ width, height, rgba }: Raster): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new Error(`raster is ${rgba.length} bytes, expected ${width * height * 4}`);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, RGBA, deflate, adaptive filtering, no interlace
  const stride = width * 4;
  const scanlines = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter type 0 (None) per row: the icons are tiny, so better compression is not worth code.
    scanlines[y * (stride + 1)] = 0;
    scanlines.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
}

/** Reads the IHDR chunk, which the PNG spec requires to come first. */
export function readPngHeader(png: Uint8Array): PngHeader {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG does not start with IHDR');
  return {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    bitDepth: buf.readUInt8(24),
    colourType: buf.readUInt8(25),
  };
}

/**
 * Decodes the PNGs that `encodePng` writes (8-bit RGBA, filter 0), so tests can inspect pixels
 * without an image library; any other PNG flavour is refused rather than misread.
 */
export function decodePng(png: Uint8Array): Raster {
  const { width, height, bitDepth, colourType } = readPngHeader(png);
  if (bitDepth !== 8 || colourType !== 6) throw new Error('only 8-bit RGBA PNGs are supported');
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    if (buf.toString('ascii', at + 4, at + 8) === 'IDAT') {
      idat.push(buf.subarray(at + 8, at + 8 + length));
    }
    at += length + 12;
  }
  const scanlines = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    if (scanlines[y * (stride + 1)] !== 0) throw new Error('only filter type 0 is supported');
    rgba.set(scanlines.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return { width, height, rgba };
}
