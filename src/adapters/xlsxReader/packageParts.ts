/**
 * The parts of an .xlsx package and the relationships between them, read with the project's own
 * zip reader: a part is inflated only when asked for, so a sheet's XML is in memory only while
 * that sheet is read.
 */
import path from 'node:path/posix';
import { ZipFormatError, readZip, type ZipEntry } from '../xlsxPackage/zipArchive';
import { readLimits, textWithin, TooLargeError } from './readLimits';
import { scanXml } from './xmlScan';

/** Why a package cannot be read: broken, or sound but packed in a way the tool does not handle. */
export class PackageReadError extends Error {
  constructor(
    readonly kind: 'corrupt' | 'unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'PackageReadError';
  }
}

export interface Relationship {
  id: string;
  /** The type's last segment: "worksheet", "styles", "sharedStrings", "officeDocument"… */
  kind: string;
  /** The target's package path, or null for an external target. */
  target: string | null;
}

const TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const MICROSOFT = 'http://schemas.microsoft.com/office/';
const STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export const STRICT_REFUSAL = 'Strict Open XML workbooks are not supported';

export class PackageParts {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(bytes: Uint8Array) {
    let entries: ZipEntry[];
    try {
      entries = readZip(bytes);
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error;
      // A ZIP64 package is sound, but the checked copy cannot be written from it: say so as the writer would.
      throw new PackageReadError(error.message.includes('ZIP64') ? 'unsupported' : 'corrupt', error.message);
    }
    // Part names are case-insensitive (OPC); zip tools differ in the case they keep.
    for (const entry of entries) this.entries.set(entry.name.toLowerCase(), entry);
  }

  /** The part's size unpacked, in bytes, or null when the package has no such part. */
  size(partPath: string): number | null {
    return this.entries.get(partPath.toLowerCase())?.size ?? null;
  }

  /** The part's text, or null when the package has no such part; TooLargeError past readLimits.partBytes. */
  text(partPath: string): string | null {
    const entry = this.entries.get(partPath.toLowerCase());
    if (!entry) return null;
    try {
      return textWithin(entry, partPath, readLimits.partBytes);
    } catch (error) {
      if (error instanceof TooLargeError) throw error;
      throw new PackageReadError('corrupt', `${partPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The relationships of `partPath` ('' for the package's own), targets resolved to package paths. */
  relationships(partPath: string): Relationship[] {
    const folder = path.dirname(partPath);
    const xml = this.text(path.join(folder, '_rels', `${path.basename(partPath)}.rels`));
    if (xml === null) return [];
    const found: Relationship[] = [];
    scanXml(xml, {
      open(name, attributes) {
        if (name !== 'Relationship') return;
        const type = attributes.Type ?? '';
        if (type.startsWith(STRICT)) throw new PackageReadError('unsupported', STRICT_REFUSAL);
        const target = attributes.Target ?? '';
        const external = attributes.TargetMode === 'External';
        found.push({
          id: attributes.Id ?? '',
          kind: type.startsWith(TRANSITIONAL) || type.startsWith(MICROSOFT) ? type.slice(type.lastIndexOf('/') + 1) : type,
          target: external ? null : resolveTarget(folder, target),
        });
      },
    });
    return found;
  }
}

function resolveTarget(folder: string, target: string): string {
  const decoded = safeDecode(target);
  return decoded.startsWith('/') ? decoded.slice(1) : path.normalize(path.join(folder === '.' ? '' : folder, decoded));
}

/** Targets are URIs: "Sheet%201.xml" names the part "Sheet 1.xml". */
function safeDecode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
