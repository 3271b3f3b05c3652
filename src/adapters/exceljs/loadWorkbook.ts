/**
 * Opens an .xlsx file with ExcelJS, turning every way that can fail into a WorkbookLoadError
 * whose message says which file and what to do, in the user's language.
 */
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Language } from '../../core/model';
import { cliText, say, sayPlain } from '../../text/strings';

export type LoadProblem = 'missing' | 'not-a-file' | 'legacy-xls' | 'not-xlsx' | 'password-protected' | 'corrupt' | 'unreadable';

export class WorkbookLoadError extends Error {
  constructor(
    readonly problem: LoadProblem,
    readonly filePath: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookLoadError';
  }
}

/** An OLE compound file: a legacy .xls, or an encrypted (password-protected) OOXML package. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OOXML_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

/** A workbook as ExcelJS reads it, with the file's bytes (the writer adds parts to those). */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  bytes: Uint8Array;
}

export async function loadWorkbookFile(filePath: string, language: Language = 'vi'): Promise<ExcelJS.Workbook> {
  return (await loadWorkbookPackage(filePath, language)).workbook;
}

export async function loadWorkbookPackage(filePath: string, language: Language = 'vi'): Promise<LoadedWorkbook> {
  const fail = (problem: LoadProblem, message: string): never => {
    throw new WorkbookLoadError(problem, filePath, message);
  };
  const where = { path: filePath };

  const info = await stat(filePath).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' || error.code === 'ENOTDIR'
      ? fail('missing', say(language, cliText.fileMissing, where))
      : fail('unreadable', say(language, cliText.unreadable, { ...where, detail: error.message })),
  );
  if (!info.isFile()) fail('not-a-file', say(language, cliText.notAFile, where));

  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.xls') fail('legacy-xls', say(language, cliText.legacyXls, where));
  if (!OOXML_EXTENSIONS.has(extension)) fail('not-xlsx', say(language, cliText.notXlsx, where));

  const head = await readHead(filePath, OLE_MAGIC.length).catch((error: Error) =>
    fail('unreadable', say(language, cliText.unreadable, { ...where, detail: error.message })),
  );
  // Same magic as .xls, but the name says .xlsx: Excel encrypts password-protected workbooks this way.
  if (startsWith(head, OLE_MAGIC)) fail('password-protected', say(language, cliText.passwordProtected, where));
  if (!startsWith(head, ZIP_MAGIC)) {
    fail('corrupt', say(language, cliText.corrupt, { ...where, detail: sayPlain(language, cliText.notZip) }));
  }

  const bytes = await readFile(filePath).catch((error: Error) =>
    fail('unreadable', say(language, cliText.unreadable, { ...where, detail: error.message })),
  );
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings predate Node's generic Buffer; the call takes any Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    fail('corrupt', say(language, cliText.corrupt, { ...where, detail: error instanceof Error ? error.message : String(error) }));
  }
  return { workbook, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

async function readHead(filePath: string, length: number): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function startsWith(head: Buffer, magic: Buffer): boolean {
  return head.length >= magic.length && head.subarray(0, magic.length).equals(magic);
}
