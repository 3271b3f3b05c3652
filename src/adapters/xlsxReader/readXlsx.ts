/**
 * Reads an .xlsx file straight into the engine's snapshots, without building a workbook model
 * first: the package through the project's zip reader, then each worksheet's XML in one pass,
 * one sheet at a time (only one sheet's text is in memory at once).
 */
import type { Language, SheetSnapshot } from '../../core/model';
import { PackageParts, PackageReadError } from './packageParts';
import { readSharedStrings } from './sharedStrings';
import { readSheetXml } from './sheetXml';
import { readLimits, TooLargeError, type TooLarge } from './readLimits';
import { readStyles } from './styles';
import { readWorkbookPart } from './workbookPart';
import { loadFailure, readWorkbookBytes, WorkbookLoadError } from './workbookFile';
import { cliText, say } from '../../text/strings';

export interface XlsxWorkbook {
  /**
   * Every tab's name, chart and dialog sheets included: the names the checked copy's new sheets
   * must not take (the ExcelJS reader listed worksheets only, and the copy then failed on a chart
   * sheet named like the summary).
   */
  sheetNames: string[];
  /** The worksheets, in tab order. */
  sheets: SheetSnapshot[];
}

/** A workbook's package opened: its names, and its worksheets read one at a time, in any order, when asked. */
export interface OpenedXlsx {
  readonly sheetNames: string[];
  /** The worksheets in tab order, with the size of each one's XML: what the work of reading and checking it weighs. */
  readonly worksheets: readonly { readonly name: string; readonly xmlSize: number }[];
  /** The worksheet at `index` of `worksheets`; throws as readXlsxPackage does. */
  readSheet(index: number): SheetSnapshot;
}

/** Opens the package in `bytes` (its workbook part, shared strings and styles); throws as readXlsxPackage does. */
export function openXlsxPackage(bytes: Uint8Array): OpenedXlsx {
  const parts = new PackageParts(bytes);
  const workbook = readWorkbookPart(parts);
  const sharedStrings = readSharedStrings(workbook.sharedStringsPath ? parts.text(workbook.sharedStringsPath) : null);
  const styles = readStyles(workbook.stylesPath ? parts.text(workbook.stylesPath) : null);
  return {
    sheetNames: workbook.tabNames,
    worksheets: workbook.worksheets.map((sheet) => ({ name: sheet.name, xmlSize: parts.size(sheet.partPath) ?? 0 })),
    readSheet(index) {
      const sheet = workbook.worksheets[index]!;
      const xml = inSheet(sheet.name, () => parts.text(sheet.partPath));
      if (xml === null) throw new PackageReadError('corrupt', `the package has no part ${sheet.partPath}`);
      return readSheetXml(xml, { name: sheet.name, visibility: sheet.visibility, sharedStrings, styles, date1904: workbook.date1904 });
    },
  };
}

/** What reading the sheet's part threw, a part too large named by its sheet. */
function inSheet<T>(sheet: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TooLargeError && error.tooLarge.kind === 'part') throw new TooLargeError({ ...error.tooLarge, sheet });
    throw error;
  }
}

/** The workbook in `bytes`; throws PackageReadError for a package it cannot read, or the parser's error for broken XML. */
export function readXlsxPackage(bytes: Uint8Array): XlsxWorkbook {
  const opened = openXlsxPackage(bytes);
  return { sheetNames: opened.sheetNames, sheets: readEverySheet(opened) };
}

/** Every worksheet of the opened package, in tab order; throws as readXlsxPackage does. */
export function readEverySheet(opened: OpenedXlsx): SheetSnapshot[] {
  return opened.worksheets.map((_, index) => opened.readSheet(index));
}

/** The file's bytes (the writer adds parts to those) and its workbook; every failure is a WorkbookLoadError. */
export async function readXlsxFile(filePath: string, language: Language = 'vi'): Promise<XlsxWorkbook & { bytes: Uint8Array }> {
  const bytes = await readXlsxBytes(filePath, language);
  try {
    return { bytes, ...readXlsxPackage(bytes) };
  } catch (error) {
    throw readFailure(readProblemOf(error), filePath, language);
  }
}

/** The file's bytes, read whole; every failure is a WorkbookLoadError. */
export async function readXlsxBytes(filePath: string, language: Language = 'vi'): Promise<Uint8Array> {
  const file = await readWorkbookBytes(filePath, language);
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
}

/** What reading the package or one of its sheets threw, as data another thread can pass on. */
export interface ReadProblem {
  readonly detail: string;
  /** A sound package the checked copy cannot be written from (ZIP64, strict Open XML). */
  readonly unsupported: boolean;
  /** Present when the file asked for more than the reader takes on (readLimits). */
  readonly tooLarge?: TooLarge;
}

export function readProblemOf(error: unknown): ReadProblem {
  return {
    detail: error instanceof Error ? error.message : String(error),
    unsupported: error instanceof PackageReadError && error.kind === 'unsupported',
    ...(error instanceof TooLargeError && { tooLarge: error.tooLarge }),
  };
}

/** The WorkbookLoadError the user is told for a problem reading the file. */
export function readFailure(problem: ReadProblem, filePath: string, language: Language): WorkbookLoadError {
  if (problem.tooLarge) return new WorkbookLoadError('too-large', filePath, tooLargeMessage(problem.tooLarge, filePath, language));
  return loadFailure(problem.unsupported ? 'unsupported-package' : 'corrupt', filePath, language, problem.detail);
}

function tooLargeMessage(tooLarge: TooLarge, path: string, language: Language): string {
  if (tooLarge.kind === 'used-range') return say(language, cliText.usedRangeTooLarge, { path, ...tooLarge, limit: readLimits.usedRangeCells });
  return say(language, cliText.partTooLarge, { path, part: tooLarge.part, sheet: tooLarge.sheet ?? null, storedBytes: tooLarge.storedBytes, limitBytes: tooLarge.limitBytes });
}
