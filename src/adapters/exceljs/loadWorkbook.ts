/**
 * Opens an .xlsx file with ExcelJS, turning every way that can fail into a WorkbookLoadError
 * whose message says which file and what to do, in the user's language. The command line reads
 * files with the xlsxReader instead; this stays for the preview, the bench and tests.
 */
import ExcelJS from 'exceljs';
import type { Language } from '../../core/model';
import { loadFailure, readWorkbookBytes } from '../xlsxReader/workbookFile';

export { WorkbookLoadError, type LoadProblem } from '../xlsxReader/workbookFile';

/** A workbook as ExcelJS reads it, with the file's bytes (the writer adds parts to those). */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  bytes: Uint8Array;
}

export async function loadWorkbookFile(filePath: string, language: Language = 'vi'): Promise<ExcelJS.Workbook> {
  return (await loadWorkbookPackage(filePath, language)).workbook;
}

export async function loadWorkbookPackage(filePath: string, language: Language = 'vi'): Promise<LoadedWorkbook> {
  const bytes = await readWorkbookBytes(filePath, language);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings predate Node's generic Buffer; the call takes any Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw loadFailure('corrupt', filePath, language, error instanceof Error ? error.message : String(error));
  }
  return { workbook, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
