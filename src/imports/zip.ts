// A minimal, defensive reader of a zip archive's central directory. It reads
// only what the archive declares about itself (names, sizes, offsets) so the
// sniffer can refuse a zip bomb before anything is inflated, and it inflates
// one entry at a time with a hard cap on the output. Pure: bytes in, data out.
//
// Why not yauzl (checked against yauzl 3.4, issue 13): it validates the central
// directory and, while streaming, the entry sizes, as this does; but it is an
// asynchronous, stream-based reader, while the sniffer and the agreement-set
// reader are synchronous functions of bytes, and it has no budget over the whole
// archive (the sum of declared sizes, the entry count) nor a way to refuse before
// inflating. Those checks would stay here around it, so it would add a
// dependency and make the callers async without removing the risky part.
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is a method exceljs cannot read. */
  method: number;
  /** General purpose flags; bit 0 is "encrypted". */
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipProblem =
  /** No end-of-central-directory record: cut off, or not a zip at all. */
  | 'no-directory'
  /** The directory points outside the file or is malformed. */
  | 'damaged'
  /** Spanned or multi-disk archives: never produced by Excel. */
  | 'multi-disk';

export class ZipFormatError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem}`);
    this.name = 'ZipFormatError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function startsLikeZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 0x03 || data[2] === 0x05) && (data[3] === 0x04 || data[3] === 0x06);
}

/**
 * The central directory's entries. Reads at most `maxEntries` records; a
 * directory that declares more throws nothing here but reports the declared
 * count, so the caller can refuse with its own message.
 */
export function readZipDirectory(data: Uint8Array, maxEntries: number): { declaredEntries: number; entries: ZipEntry[] } {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new ZipFormatError('no-directory');

  let diskNumber = buf.readUInt16LE(eocd + 4);
  let directoryDisk = buf.readUInt16LE(eocd + 6);
  let declaredEntries = buf.readUInt16LE(eocd + 10);
  let directorySize = buf.readUInt32LE(eocd + 12);
  let directoryOffset = buf.readUInt32LE(eocd + 16);

  const needsZip64 = declaredEntries === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff;
  if (needsZip64) {
    const locator = eocd - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) throw new ZipFormatError('damaged');
    const record = safeNumber(buf.readBigUInt64LE(locator + 8));
    if (record + 56 > buf.length || buf.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) throw new ZipFormatError('damaged');
    diskNumber = buf.readUInt32LE(record + 16);
    directoryDisk = buf.readUInt32LE(record + 20);
    declaredEntries = safeNumber(buf.readBigUInt64LE(record + 32));
    directorySize = safeNumber(buf.readBigUInt64LE(record + 40));
    directoryOffset = safeNumber(buf.readBigUInt64LE(record + 48));
  }
  if (diskNumber !== 0 || directoryDisk !== 0) throw new ZipFormatError('multi-disk');
  if (directoryOffset + directorySize > buf.length) throw new ZipFormatError('damaged');

  const entries: ZipEntry[] = [];
  let p = directoryOffset;
  const end = directoryOffset + directorySize;
  const limit = Math.min(declaredEntries, maxEntries);
  for (let i = 0; i < limit; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new ZipFormatError('damaged');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc32 = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > end) throw new ZipFormatError('damaged');
    // Bit 11: UTF-8 names. Excel writes ASCII names; latin1 keeps others readable enough for a message.
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', nameStart, extraStart);

    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // The zip64 extra field holds, in this order, only the values that overflowed.
      const zip64 = findExtraField(buf, extraStart, extraStart + extraLength, 0x0001);
      if (!zip64) throw new ZipFormatError('damaged');
      let q = zip64.start;
      const take = (): number => {
        if (q + 8 > zip64.end) throw new ZipFormatError('damaged');
        const v = safeNumber(buf.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = take();
      if (compressedSize === 0xffffffff) compressedSize = take();
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
    }

    entries.push({ name, method, flags, crc32, compressedSize, uncompressedSize, localHeaderOffset });
    p = next;
  }
  return { declaredEntries, entries };
}

/** Where an entry's compressed bytes lie, checked against the file's length. */
export function entryDataRange(data: Uint8Array, entry: ZipEntry): { start: number; end: number } {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL_SIGNATURE) throw new ZipFormatError('damaged');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipFormatError('damaged');
  return { start, end };
}

export type InflateOutcome =
  | { ok: true; data: Buffer }
  /** The entry inflates to more than it declared: a lying header, the mark of a zip bomb. */
  | { ok: false; problem: 'larger-than-declared' }
  /** Corrupt deflate data, a size or checksum mismatch. */
  | { ok: false; problem: 'damaged' };

/**
 * Inflates one entry, never producing more than its declared size (plus one
 * byte to notice a lie), and checks size and CRC-32.
 */
export function inflateEntry(data: Uint8Array, entry: ZipEntry): InflateOutcome {
  let range: { start: number; end: number };
  try {
    range = entryDataRange(data, entry);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const compressed = Buffer.from(data.buffer, data.byteOffset + range.start, range.end - range.start);
  let out: Buffer;
  if (entry.method === 0) {
    out = compressed;
  } else if (entry.method === 8) {
    try {
      out = zlib.inflateRawSync(compressed, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, problem: 'larger-than-declared' };
      return { ok: false, problem: 'damaged' };
    }
  } else {
    return { ok: false, problem: 'damaged' };
  }
  if (out.length > entry.uncompressedSize) return { ok: false, problem: 'larger-than-declared' };
  if (out.length !== entry.uncompressedSize || zlib.crc32(out) !== entry.crc32) return { ok: false, problem: 'damaged' };
  return { ok: true, data: out };
}

/**
 * The first bytes of an entry's content, inflating at most `maxCompressed`
 * bytes of input with output capped at `maxOutput`: enough to read a
 * `mimetype` or the head of a sheet without inflating the rest.
 */
export function peekEntry(data: Uint8Array, entry: ZipEntry, maxCompressed: number, maxOutput: number): Buffer | null {
  let range: { start: number; end: number };
  try {
    range = entryDataRange(data, entry);
  } catch {
    return null;
  }
  const length = Math.min(range.end - range.start, maxCompressed);
  const head = Buffer.from(data.buffer, data.byteOffset + range.start, length);
  if (entry.method === 0) return Buffer.from(head.subarray(0, maxOutput));
  if (entry.method !== 8) return null;
  try {
    // Z_SYNC_FLUSH: a cut-off stream yields what it has instead of an error.
    return zlib.inflateRawSync(head, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: maxOutput });
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      // Only the head was wanted; retry on less input so the cap is not hit.
      return peekEntry(data, entry, Math.floor(maxCompressed / 4), maxOutput);
    }
    return null;
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  for (let p = buf.length - EOCD_SIZE; p >= lowest; p--) {
    if (buf.readUInt32LE(p) === EOCD_SIGNATURE && p + EOCD_SIZE + buf.readUInt16LE(p + 20) <= buf.length) return p;
  }
  return -1;
}

function findExtraField(buf: Buffer, start: number, end: number, id: number): { start: number; end: number } | null {
  let p = start;
  while (p + 4 <= end) {
    const fieldId = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (p + 4 + size > end) return null;
    if (fieldId === id) return { start: p + 4, end: p + 4 + size };
    p += 4 + size;
  }
  return null;
}

function safeNumber(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('damaged');
  return Number(v);
}
