/**
 * Reads an .xlsx file straight into the engine's snapshots, without building a workbook model
 * first: the package through the project's zip reader, then each worksheet's XML in one pass,
 * one sheet at a time (only one sheet's text is in memory at once).
 */
import type { Language, SheetSnapshot } from '../../core/model';
import { PackageParts, PackageReadError } from './packageParts';
import { readSharedStrings } from './sharedStrings';
import { readSheetXml } from './sheetXml';
import { readStyles } from './styles';
import { readWorkbookPart } from './workbookPart';
import { loadFailure, readWorkbookBytes } from './workbookFile';

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

/** The workbook in `bytes`; throws PackageReadError for a package it cannot read, or the parser's error for broken XML. */
export function readXlsxPackage(bytes: Uint8Array): XlsxWorkbook {
  const parts = new PackageParts(bytes);
  const workbook = readWorkbookPart(parts);
  const sharedStrings = readSharedStrings(workbook.sharedStringsPath ? parts.text(workbook.sharedStringsPath) : null);
  const styles = readStyles(workbook.stylesPath ? parts.text(workbook.stylesPath) : null);
  const sheets = workbook.worksheets.map((sheet) => {
    const xml = parts.text(sheet.partPath);
    if (xml === null) throw new PackageReadError('corrupt', `the package has no part ${sheet.partPath}`);
    return readSheetXml(xml, { name: sheet.name, visibility: sheet.visibility, sharedStrings, styles, date1904: workbook.date1904 });
  });
  return { sheetNames: workbook.tabNames, sheets };
}

/** The file's bytes (the writer adds parts to those) and its workbook; every failure is a WorkbookLoadError. */
export async function readXlsxFile(filePath: string, language: Language = 'vi'): Promise<XlsxWorkbook & { bytes: Uint8Array }> {
  const file = await readWorkbookBytes(filePath, language);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  try {
    return { bytes, ...readXlsxPackage(bytes) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw loadFailure(error instanceof PackageReadError && error.kind === 'unsupported' ? 'unsupported-package' : 'corrupt', filePath, language, detail);
  }
}
