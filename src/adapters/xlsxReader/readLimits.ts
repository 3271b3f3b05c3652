/**
 * How much of a workbook the reader takes on. A small file can ask for far more than any machine
 * holds: a zip bomb unpacks a few hundred KB into gigabytes, and one stray value in XFD1048576
 * stretches a sheet's used range, which the engine reads as dense rows, over 17 billion cells.
 * Past these limits the file is refused with what was too large, before memory runs out.
 */
import { entryText, type ZipEntry } from '../xlsxPackage/zipArchive';

export const readLimits = {
  /**
   * A part unpacked (a sheet's XML, the shared strings): 128 MiB holds a sheet of about 300,000
   * rows of ten figures, and keeps the part and its text well inside half a gigabyte.
   */
  partBytes: 128 * 1024 * 1024,
  /**
   * A part the checked copy's writer parses whole to edit it (content types, relationships, the
   * workbook part, styles): a document tree takes many times its text, and real ones are a few MB.
   */
  editedPartBytes: 16 * 1024 * 1024,
  /**
   * Cells in one sheet's used range (its rows times its columns): 200,000 rows of 20 columns. The
   * whole column range of three columns (1,048,576 rows) measured 470 MB for the whole check.
   */
  usedRangeCells: 4_000_000,
} as const;

/** What was too large, as data: it crosses threads and is worded where the user is told. */
export type TooLarge =
  | {
      readonly kind: 'part';
      /** The part's path in the package, and the worksheet it holds when it is one. */
      readonly part: string;
      readonly sheet?: string;
      /** Its packed size; the unpacked one is more than limitBytes. */
      readonly storedBytes: number;
      readonly limitBytes: number;
    }
  | {
      readonly kind: 'used-range';
      readonly sheet: string;
      /** "A1:XFD1048576" */
      readonly range: string;
      readonly cells: number;
      /** The cell that stretches the range farthest: the one a user would clear. */
      readonly farthestCell: string;
    };

export class TooLargeError extends Error {
  constructor(readonly tooLarge: TooLarge) {
    super(tooLarge.kind === 'part' ? `${tooLarge.part} unpacks to more than ${tooLarge.limitBytes} bytes` : `${tooLarge.sheet}: used range ${tooLarge.range} of ${tooLarge.cells} cells`);
    this.name = 'TooLargeError';
  }
}

/**
 * The text of the package part `part`, unpacked to at most `limitBytes`: TooLargeError past that,
 * told from the size the archive states before inflating starts, and from zlib stopping at the
 * limit whatever the archive says. Other errors (damaged compressed bytes) are thrown as they come.
 */
export function textWithin(entry: ZipEntry, part: string, limitBytes: number): string {
  const tooLarge = () => new TooLargeError({ kind: 'part', part, storedBytes: entry.stored.length, limitBytes });
  if (Math.max(entry.size, entry.stored.length) > limitBytes) throw tooLarge();
  try {
    return entryText(entry, limitBytes);
  } catch (error) {
    if (error instanceof RangeError && (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw error;
  }
}
