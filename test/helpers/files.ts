/** Raw file contents for the file problems the command line must explain. */

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;

export interface OleEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root; 0 an unused slot. */
  type?: number;
}

/**
 * An OLE compound file holding only a directory: the header, one allocation-table sector (sector
 * 0), then the entries, four to a 512-byte sector (4096-byte sectors with sectorShift 12), chained
 * sector to sector. Stream contents are left out: telling an .xls from an encrypted package needs
 * only the names.
 */
export function oleFile(entries: readonly OleEntry[], { sectorShift = 9 }: { sectorShift?: 9 | 12 } = {}): Buffer {
  const sectorSize = 1 << sectorShift;
  const perSector = sectorSize / 128;
  const directorySectors = Math.max(1, Math.ceil(entries.length / perSector));

  const header = Buffer.alloc(sectorSize);
  Buffer.from(OLE_MAGIC).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(sectorShift === 9 ? 3 : 4, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(sectorShift, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE_SECTOR, 0x4c + 4 * i);

  const fat = Buffer.alloc(sectorSize, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  for (let sector = 1; sector <= directorySectors; sector++) fat.writeUInt32LE(sector === directorySectors ? END_OF_CHAIN : sector + 1, 4 * sector);

  const directory = Buffer.alloc(directorySectors * sectorSize);
  entries.forEach(({ name, type = 2 }, i) => {
    const at = i * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    directory[at + 0x42] = type;
  });
  return Buffer.concat([header, fat, directory]);
}

/** What Excel writes for a password-protected .xlsx: the encrypted package's streams come after the data-space storage. */
export const ENCRYPTED_XLSX_BYTES = oleFile([
  { name: 'Root Entry', type: 5 },
  { name: '\u0006DataSpaces', type: 1 },
  { name: 'Version' },
  { name: 'DataSpaceMap' },
  { name: 'EncryptionInfo' },
  { name: 'EncryptedPackage' },
]);

/** A legacy .xls (BIFF8): the "Workbook" stream and the document properties. */
export const LEGACY_XLS_BYTES = oleFile([
  { name: 'Root Entry', type: 5 },
  { name: 'Workbook' },
  { name: '\u0005SummaryInformation' },
  { name: '\u0005DocumentSummaryInformation' },
]);
