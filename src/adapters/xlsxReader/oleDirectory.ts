/**
 * What an OLE compound file holds, told from the stream names in its directory: Excel stores a
 * password-protected .xlsx as an OLE file holding "EncryptionInfo" and "EncryptedPackage", and a
 * legacy .xls is an OLE file holding "Workbook" ("Book" before Excel 97). Only the header, the
 * directory's sectors and the allocation-table entries that chain them are read.
 */

export type OleContent = 'encrypted-package' | 'legacy-workbook' | 'unknown';

/** Up to `length` bytes of the file from `offset`; fewer at its end. */
export type ReadAt = (offset: number, length: number) => Promise<Buffer>;

const HEADER_SIZE = 512;
const DIRECTORY_ENTRY_SIZE = 128;
/** Sector numbers above this mark the end of a chain or a free sector. */
const LAST_REGULAR_SECTOR = 0xfffffff9;
/** Enough for 128 to 1,024 entries; a looping or endless chain in a damaged file stops here. */
const MAX_DIRECTORY_SECTORS = 32;
/** The allocation-table sectors the header lists itself; larger files list more elsewhere. */
const HEADER_FAT_SECTORS = 109;

const ENCRYPTED_PACKAGE_STREAMS = new Set(['EncryptionInfo', 'EncryptedPackage']);
const LEGACY_WORKBOOK_STREAMS = new Set(['Workbook', 'Book']);

export async function oleContent(readAt: ReadAt): Promise<OleContent> {
  const names = await oleDirectoryNames(readAt);
  if (names.some((name) => ENCRYPTED_PACKAGE_STREAMS.has(name))) return 'encrypted-package';
  if (names.some((name) => LEGACY_WORKBOOK_STREAMS.has(name))) return 'legacy-workbook';
  return 'unknown';
}

/** The names of the directory's entries, as far as they can be read; none when the header is not one. */
export async function oleDirectoryNames(readAt: ReadAt): Promise<string[]> {
  const header = await readAt(0, HEADER_SIZE);
  if (header.length < HEADER_SIZE) return [];
  const sectorShift = header.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return [];
  const sectorSize = 1 << sectorShift;
  const fatSectors = Array.from({ length: HEADER_FAT_SECTORS }, (_, i) => header.readUInt32LE(0x4c + 4 * i));
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;

  const names: string[] = [];
  let sector = header.readUInt32LE(0x30);
  for (let read = 0; read < MAX_DIRECTORY_SECTORS && sector <= LAST_REGULAR_SECTOR; read++) {
    const bytes = await readAt(sectorOffset(sector), sectorSize);
    names.push(...directoryEntryNames(bytes));
    if (bytes.length < sectorSize) break;
    const entriesPerFatSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / entriesPerFatSector)];
    if (fatSector === undefined || fatSector > LAST_REGULAR_SECTOR) break;
    const next = await readAt(sectorOffset(fatSector) + (sector % entriesPerFatSector) * 4, 4);
    if (next.length < 4) break;
    sector = next.readUInt32LE(0);
  }
  return names;
}

/** The names of the used entries in one directory sector (UTF-16 names, their byte length at 0x40). */
export function directoryEntryNames(sector: Buffer): string[] {
  const names: string[] = [];
  for (let at = 0; at + DIRECTORY_ENTRY_SIZE <= sector.length; at += DIRECTORY_ENTRY_SIZE) {
    const nameBytes = sector.readUInt16LE(at + 0x40);
    const unused = sector[at + 0x42] === 0;
    if (unused || nameBytes < 2 || nameBytes > 64) continue;
    names.push(sector.toString('utf16le', at, at + nameBytes - 2));
  }
  return names;
}
