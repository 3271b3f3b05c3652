/**
 * The mark every package this tool writes carries in its zip comment: the tool's name and a
 * fingerprint of every entry (name, CRC-32, size). A later run knows its own earlier output by it
 * and may replace it; a copy someone changed and saved (Excel rewrites the parts and drops the
 * comment) no longer matches, so it is theirs, and kept. Nothing inside the workbook changes.
 */
import { crc32 } from 'node:zlib';
import { readZip, zipComment, type ZipEntry } from './zipArchive';

const TOOL = 'Soat chi tieu / Indicator Check';

export function outputMark(entries: readonly ZipEntry[]): string {
  let fingerprint = 0;
  for (const entry of entries) fingerprint = crc32(`${entry.name}\u0000${entry.crc}\u0000${entry.size}\n`, fingerprint);
  return `${TOOL} ${fingerprint.toString(16).padStart(8, '0')}`;
}

/** Whether `bytes` are a package this tool wrote, unchanged since; false for anything else, a broken file included. */
export function carriesOwnMark(bytes: Uint8Array): boolean {
  try {
    return zipComment(bytes) === outputMark(readZip(bytes));
  } catch {
    return false;
  }
}
