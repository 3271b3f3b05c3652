/**
 * From .xlsx bytes to what the task pane runs on in the preview: ExcelJS (its browser build, which
 * webpack picks through the package's "browser" field) reads the file, readSnapshots turns it into
 * snapshots as the command line does, and the host double holds them as Excel would. The pane gets
 * the same Office.js adapter as in Excel, over the double's Excel.run.
 */
import ExcelJS from 'exceljs';
import type { WorkbookAccess } from '../addin/workbookAccess';
import { readSnapshots } from '../adapters/exceljs/readWorkbook';
import { createOfficeWorkbookAccess } from '../adapters/officejs';
import { doubleFromSnapshots, type ExcelHostDouble } from '../hostDouble';

export interface PreviewWorkbook {
  name: string;
  host: ExcelHostDouble;
  access: WorkbookAccess;
}

/** The ExcelApi version the double claims: Excel 2024 / Microsoft 365. */
export const PREVIEW_API_VERSION = '1.17';

/** Why a file could not be opened, in both languages (the preview page is bilingual). */
export class PreviewLoadError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} · ${en}`);
    this.name = 'PreviewLoadError';
  }
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

export async function openWorkbook(data: ArrayBuffer | Uint8Array, name: string): Promise<PreviewWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new PreviewLoadError(
      `${name}: tệp .xls cũ hoặc tệp có mật khẩu; hãy lưu thành .xlsx không mật khẩu.`,
      `${name}: a legacy .xls or a password-protected file; save it as an .xlsx without a password.`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new PreviewLoadError(`${name}: không phải tệp .xlsx.`, `${name}: not an .xlsx file.`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types load() for Node's Buffer; its browser build takes an ArrayBuffer or a typed array.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PreviewLoadError(`${name}: tệp hỏng, không đọc được (${detail}).`, `${name}: damaged, cannot be read (${detail}).`);
  }
  const host = doubleFromSnapshots(readSnapshots(workbook), { apiVersion: PREVIEW_API_VERSION, workbookName: name });
  // Snapshots carry the sheets' visibility; the active sheet comes from the file itself.
  const visible = host.workbook.sheets.filter((sheet) => sheet.visibility === 'Visible');
  const activeTab = workbook.views?.[0]?.activeTab;
  const saved = activeTab === undefined ? undefined : host.workbook.sheets[activeTab];
  host.workbook.activeSheet = saved && saved.visibility === 'Visible' ? saved : (visible[0] ?? null);
  const access = createOfficeWorkbookAccess(host.run, {
    supports: host.requirements.supports,
    // Only asked below ExcelApi 1.7; given anyway so nothing ever looks for Office.
    documentName: () => host.workbook.name,
  });
  return { name, host, access };
}
