/**
 * Just enough of the ZIP format to add parts to an .xlsx package quickly: entries are read from
 * the central directory and copied with their compressed bytes untouched; new or edited parts are
 * deflated by Node's zlib. (JSZip, which ExcelJS uses, deflates in JavaScript: several seconds
 * for a 100,000-row summary.) A big part is deflated piece by piece as it is produced, and the
 * archive is handed out in pieces, so neither the part's text nor the whole archive need be held
 * at once. Packages over 4 GB (ZIP64) are refused, as no workbook is that big.
 */
import { kMaxLength } from 'node:buffer';
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The entry's data as stored in the archive (compressed when method is 8). */
  stored: Uint8Array;
  /** DOS time and date, as in the archive. */
  time: number;
  date: number;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 };
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** 1 January 1980, the earliest DOS date: new parts get it, so the same input gives the same bytes. */
const FIXED_DATE = 0x0021;
/**
 * Measured on the bench's 100,000-row workbook (new sheets: 46 MB of XML), CPU of the whole build,
 * median of 5 interleaved rounds, and the copy's size: level 0 (no compression) 2.63 s, 56.5 MB;
 * level 1 2.66 s, 18.6 MB; level 3 2.59 s, 17.7 MB; level 6 3.35 s, 16.8 MB. Producing the XML
 * costs the most; levels 1 and 3 add next to nothing to it and 6 adds 0.75 s for 5 % less, so 3.
 */
const LEVEL = 3;
/** Text is deflated in pieces of about this many characters: big enough that zlib's per-call cost vanishes. */
const PIECE = 1 << 20;
/** Deflate's window: each piece is deflated with the 32 KB before it as its dictionary, so pieces compress as one stream. */
const WINDOW = 32 * 1024;

/** Where an archive's bytes go, in order. */
export type ByteSink = (bytes: Uint8Array) => void;

export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not supported');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== SIGNATURE.central) throw new ZipFormatError('broken central directory');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not supported');
    if (view.getUint16(at + 8, true) & 0x0001) throw new ZipFormatError('encrypted entries are not supported');
    if (method !== STORED && method !== DEFLATED) throw new ZipFormatError(`compression method ${method} is not supported`);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== SIGNATURE.local) throw new ZipFormatError(`broken entry ${name}`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new ZipFormatError(`truncated entry ${name}`);
    entries.push({
      name,
      method,
      crc: view.getUint32(at + 16, true),
      size,
      stored: bytes.subarray(dataStart, dataStart + compressedSize),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEnd(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === SIGNATURE.end) return at;
  }
  throw new ZipFormatError('not a ZIP archive (no end of central directory)');
}

/**
 * The entry's content. Inflating stops past `maxBytes` with zlib's RangeError (code
 * ERR_BUFFER_TOO_LARGE), whatever size the archive claims: a reader's guard against zip bombs.
 */
export function entryData(entry: ZipEntry, maxBytes: number = kMaxLength): Uint8Array {
  return entry.method === DEFLATED ? inflateRawSync(entry.stored, { chunkSize: inflateChunkSize(entry.size), maxOutputLength: maxBytes }) : entry.stored;
}

/**
 * Inflated into one buffer of the part's size (a byte more: zlib wants room to see the end) rather
 * than 16 KB pieces joined: a third less time on a workbook's sheets. The size is the archive's
 * word only, so a buffer is never made larger than this up front.
 */
const LARGEST_INFLATE_CHUNK = 64 * 1024 * 1024;

function inflateChunkSize(size: number): number {
  return Math.min(Math.max(size + 1, constants.Z_MIN_CHUNK), LARGEST_INFLATE_CHUNK);
}

export function entryText(entry: ZipEntry, maxBytes?: number): string {
  return decodeText(entryData(entry, maxBytes));
}

/**
 * UTF-8, or UTF-16 when the bytes open with its byte-order mark: XML may be in either, and Excel
 * and LibreOffice open a part in UTF-16. The mark itself is not part of the text.
 */
function decodeText(data: Uint8Array): string {
  const encoding = data[0] === 0xff && data[1] === 0xfe ? 'utf-16le' : data[0] === 0xfe && data[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(data);
}

/**
 * The start of the entry's text, inflated from at most `storedBytes` of its stored bytes (a
 * truncated deflate stream inflates as far as it goes): enough to read what a big part begins with
 * without inflating all of it. `complete` says whether that is the whole text.
 */
export function entryHeadText(entry: ZipEntry, storedBytes: number): { text: string; complete: boolean } {
  if (entry.stored.length <= storedBytes) return { text: entryText(entry), complete: true };
  const stored = entry.stored.subarray(0, storedBytes);
  const data = entry.method === DEFLATED ? inflateRawSync(stored, { finishFlush: constants.Z_SYNC_FLUSH }) : stored;
  return { text: decodeText(data), complete: false };
}

/** A new entry holding `content`, deflated. */
export function newEntry(name: string, content: string | Uint8Array): ZipEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, method: DEFLATED, crc: crc32(data), size: data.length, stored: deflateRawSync(data, { level: LEVEL }), time: 0, date: FIXED_DATE };
}

/**
 * A new entry holding the concatenation of `pieces`, deflated as they come: only its compressed
 * bytes are kept. The pieces are encoded one by one into a reused buffer (each must be whole text:
 * a surrogate pair is never split between two), so no text of many pieces is ever built. Each
 * chunk of about PIECE characters is flushed to a byte boundary (Z_SYNC_FLUSH) and deflated with
 * the window before it as dictionary, as pigz does, so the chunks join into one stream about as
 * small as a single deflate of the whole text; an empty final block ends it.
 */
export function streamedEntry(name: string, pieces: Iterable<string>): ZipEntry {
  const compressed: Buffer[] = [];
  let crc = 0;
  let size = 0;
  let window: Buffer = Buffer.alloc(0);
  let chunk = Buffer.allocUnsafe(2 * PIECE);
  let used = 0;
  let characters = 0;
  const deflateChunk = () => {
    const data = chunk.subarray(0, used);
    compressed.push(deflateRawSync(data, { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH, ...(window.length && { dictionary: window }) }));
    crc = crc32(data, crc);
    size += used;
    // A copy: the chunk's buffer is written over next.
    window = Buffer.concat([window, data.subarray(-WINDOW)]).subarray(-WINDOW);
    used = 0;
    characters = 0;
  };
  for (const piece of pieces) {
    // UTF-8 takes at most 3 bytes for each UTF-16 unit; a big piece (the original shared strings) is measured instead.
    const room = used + (piece.length > PIECE ? Buffer.byteLength(piece) : 3 * piece.length);
    if (room > chunk.length) chunk = Buffer.concat([chunk.subarray(0, used)], Math.max(room, 2 * chunk.length));
    used += chunk.write(piece, used);
    characters += piece.length;
    if (characters >= PIECE) deflateChunk();
  }
  if (characters) deflateChunk();
  compressed.push(deflateRawSync(Buffer.alloc(0), { level: LEVEL }));
  return { name, method: DEFLATED, crc, size, stored: Buffer.concat(compressed), time: 0, date: FIXED_DATE };
}

/** The archive as one block of bytes. */
export function writeZip(entries: readonly ZipEntry[], comment = ''): Uint8Array {
  const chunks: Uint8Array[] = [];
  writeZipTo(entries, (bytes) => chunks.push(bytes), comment);
  return Buffer.concat(chunks);
}

/**
 * The archive, entry by entry, into `sink`: each entry's header, then its stored bytes, then the
 * central directory, and last the archive's comment (ASCII, at most 65,535 characters).
 */
export function writeZipTo(entries: readonly ZipEntry[], sink: ByteSink, comment = ''): void {
  // Checked before the first byte goes out: a sink writing to a file would otherwise hold half an archive.
  const dataSize = entries.reduce((sum, entry) => sum + 30 + entry.name.length * 3 + entry.stored.length, 0);
  if (dataSize > 0xffffffff || entries.length >= 0xffff || entries.some((entry) => entry.size > 0xffffffff)) {
    throw new ZipFormatError('the archive would need ZIP64');
  }
  const encoder = new TextEncoder();
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = header(30, name);
    local.view.setUint32(0, SIGNATURE.local, true);
    describe(local.view, 4, entry, name.length);
    sink(local.bytes);
    sink(entry.stored);

    const central = header(46, name);
    central.view.setUint32(0, SIGNATURE.central, true);
    central.view.setUint16(4, 20, true);
    describe(central.view, 6, entry, name.length);
    central.view.setUint32(42, offset, true);
    directory.push(central.bytes);
    offset += local.bytes.length + entry.stored.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const commentBytes = Buffer.from(comment, 'latin1');
  const end = new DataView(new ArrayBuffer(22 + commentBytes.length));
  end.setUint32(0, SIGNATURE.end, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  end.setUint16(20, commentBytes.length, true);
  new Uint8Array(end.buffer).set(commentBytes, 22);
  for (const record of directory) sink(record);
  sink(new Uint8Array(end.buffer));
}

/** The archive's comment (read as Latin-1); throws ZipFormatError for what is no ZIP archive. */
export function zipComment(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const length = Math.min(view.getUint16(end + 20, true), bytes.length - end - 22);
  return Buffer.from(bytes.subarray(end + 22, end + 22 + length)).toString('latin1');
}

function header(size: number, name: Uint8Array): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size + name.length);
  bytes.set(name, size);
  return { bytes, view: new DataView(bytes.buffer) };
}

/** The fields local and central headers share, from "version needed" on; no data descriptor, no extras. */
function describe(view: DataView, at: number, entry: ZipEntry, nameLength: number): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, UTF8_NAMES, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, entry.time, true);
  view.setUint16(at + 8, entry.date, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.stored.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, nameLength, true);
}
