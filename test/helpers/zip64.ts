/**
 * The same archive with a ZIP64 end record, as zip tools write for very large archives (or
 * always, for some): ExcelJS reads it; the package writer does not, and must say so.
 */
export function asZip64(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('expected an end record without a comment');
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);

  const record = new DataView(new ArrayBuffer(56));
  record.setUint32(0, 0x06064b50, true);
  record.setBigUint64(4, 44n, true);
  record.setUint16(12, 45, true);
  record.setUint16(14, 45, true);
  record.setBigUint64(24, BigInt(entries), true);
  record.setBigUint64(32, BigInt(entries), true);
  record.setBigUint64(40, BigInt(directorySize), true);
  record.setBigUint64(48, BigInt(directoryOffset), true);

  const locator = new DataView(new ArrayBuffer(20));
  locator.setUint32(0, 0x07064b50, true);
  locator.setBigUint64(8, BigInt(end), true);
  locator.setUint32(16, 1, true);

  const last = new DataView(new ArrayBuffer(22));
  last.setUint32(0, 0x06054b50, true);
  last.setUint16(8, 0xffff, true);
  last.setUint16(10, 0xffff, true);
  last.setUint32(12, 0xffffffff, true);
  last.setUint32(16, 0xffffffff, true);

  return Buffer.concat([zip.subarray(0, end), new Uint8Array(record.buffer), new Uint8Array(locator.buffer), new Uint8Array(last.buffer)]);
}
