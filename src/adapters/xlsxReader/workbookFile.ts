/**
 * The checks every reader of an .xlsx file makes before it reads: the file is there, its name
 * says .xlsx or .xlsm, and its first bytes are a ZIP package (not an OLE envelope, which is how
 * Excel stores a password-protected workbook). Each failure is a WorkbookLoadError whose message
 * says which file and what to do, in the user's language.
 */
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../../core/model';
import { cliText, say, sayPlain } from '../../text/strings';

export type LoadProblem =
  | 'missing'
  | 'not-a-file'
  | 'legacy-xls'
  | 'not-xlsx'
  | 'password-protected'
  | 'corrupt'
  | 'unreadable'
  /** A sound package packed in a way the checked copy cannot be made from (ZIP64, Strict Open XML). */
  | 'unsupported-package'
  /** More than the reader takes on (readLimits): a zip bomb, a stray cell far from the table. */
  | 'too-large';

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

/** A failure of reading `filePath`, worded for the user. */
export function loadFailure(problem: Exclude<LoadProblem, 'too-large'>, filePath: string, language: Language, detail = ''): WorkbookLoadError {
  const where = { path: filePath };
  const messages: Record<Exclude<LoadProblem, 'too-large'>, () => string> = {
    missing: () => say(language, cliText.fileMissing, where),
    'not-a-file': () => say(language, cliText.notAFile, where),
    'legacy-xls': () => say(language, cliText.legacyXls, where),
    'not-xlsx': () => say(language, cliText.notXlsx, where),
    'password-protected': () => say(language, cliText.passwordProtected, where),
    corrupt: () => say(language, cliText.corrupt, { ...where, detail }),
    unreadable: () => say(language, cliText.unreadable, { ...where, detail }),
    'unsupported-package': () => say(language, cliText.packageUnsupported, { ...where, detail }),
  };
  return new WorkbookLoadError(problem, filePath, messages[problem]());
}

/** The file's bytes, once it has passed every check that needs no parsing. */
export async function readWorkbookBytes(filePath: string, language: Language = 'vi'): Promise<Buffer> {
  const fail = (problem: Exclude<LoadProblem, 'too-large'>, detail?: string): never => {
    throw loadFailure(problem, filePath, language, detail);
  };
  const unreadable = (error: Error): never => fail('unreadable', error.message);

  const info = await stat(filePath).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' || error.code === 'ENOTDIR' ? fail('missing') : unreadable(error),
  );
  if (!info.isFile()) fail('not-a-file');

  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.xls') fail('legacy-xls');
  if (!OOXML_EXTENSIONS.has(extension)) fail('not-xlsx');

  const head = await readHead(filePath, OLE_MAGIC.length).catch(unreadable);
  // Same magic as .xls, but the name says .xlsx: Excel encrypts password-protected workbooks this way.
  if (startsWith(head, OLE_MAGIC)) fail('password-protected');
  if (!startsWith(head, ZIP_MAGIC)) fail('corrupt', sayPlain(language, cliText.notZip));

  return readFile(filePath).catch(unreadable);
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
