/**
 * Looks inside a zip (an .xlsx is one) before any parser unpacks it: counts the entries and adds
 * up their uncompressed sizes from the central directory, then inflates each entry with a hard
 * output cap, so a file whose directory lies about its sizes is caught too (zip bombs).
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

export type ZipInspection =
  | { ok: true; entryNames: string[]; uncompressedBytes: number }
  | { ok: false; reason: 'not_zip' | 'corrupt' | 'too_many_entries' | 'too_large'; entries?: number };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_RECORD_SIZE = 22;
/** ZIP64 marks sizes and counts it moved elsewhere with all-ones; no honest workbook here needs it. */
const ZIP64_MARK_32 = 0xffffffff;
const ZIP64_MARK_16 = 0xffff;

export function startsLikeZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === LOCAL_HEADER;
}

/** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB. */
function findEndOfDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - END_RECORD_SIZE - 0xffff);
  for (let at = buffer.length - END_RECORD_SIZE; at >= lowest; at -= 1) {
    if (buffer.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export function inspectZip(buffer: Buffer, limits: ZipLimits): ZipInspection {
  if (!startsLikeZip(buffer) || buffer.length < END_RECORD_SIZE) return { ok: false, reason: 'not_zip' };
  const end = findEndOfDirectory(buffer);
  if (end < 0) return { ok: false, reason: 'corrupt' };
  const entryCount = buffer.readUInt16LE(end + 10);
  const directorySize = buffer.readUInt32LE(end + 12);
  const directoryOffset = buffer.readUInt32LE(end + 16);
  if (buffer.readUInt16LE(end + 4) !== 0 || buffer.readUInt16LE(end + 6) !== 0) {
    return { ok: false, reason: 'corrupt' }; // split archives
  }
  if (entryCount === ZIP64_MARK_16 || directoryOffset === ZIP64_MARK_32)
    return { ok: false, reason: 'too_large' };
  if (entryCount > limits.maxEntries) return { ok: false, reason: 'too_many_entries', entries: entryCount };
  if (directoryOffset + directorySize > end) return { ok: false, reason: 'corrupt' };

  const entries: CentralEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i += 1) {
    if (at + 46 > end || buffer.readUInt32LE(at) !== CENTRAL_HEADER) return { ok: false, reason: 'corrupt' };
    const flags = buffer.readUInt16LE(at + 8);
    const entry: CentralEntry = {
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
      name: '',
    };
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    entry.name = buffer.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    if (entry.compressedSize === ZIP64_MARK_32 || entry.uncompressedSize === ZIP64_MARK_32) {
      return { ok: false, reason: 'too_large' };
    }
    if (flags & 0x1) return { ok: false, reason: 'corrupt' }; // encrypted
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes) return { ok: false, reason: 'too_large' };
    entries.push(entry);
    at += 46 + skip;
  }

  for (const entry of entries) {
    const verdict = verifyEntry(buffer, entry, directoryOffset);
    if (verdict) return { ok: false, reason: verdict };
  }
  return { ok: true, entryNames: entries.map((e) => e.name), uncompressedBytes: total };
}

/** Inflates one entry, never past the size the directory declared; undefined when it keeps its word. */
function verifyEntry(buffer: Buffer, entry: CentralEntry, directoryOffset: number) {
  const at = entry.localHeaderOffset;
  if (at + 30 > directoryOffset || buffer.readUInt32LE(at) !== LOCAL_HEADER) return 'corrupt' as const;
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > directoryOffset) return 'corrupt' as const;
  if (entry.method === 0) return data.length === entry.uncompressedSize ? undefined : ('corrupt' as const);
  if (entry.method !== 8) return 'corrupt' as const;
  try {
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return inflated.length === entry.uncompressedSize ? undefined : ('corrupt' as const);
  } catch (error) {
    // Output beyond the declared size: the directory understated it, as bombs do.
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      ? ('too_large' as const)
      : ('corrupt' as const);
  }
}
