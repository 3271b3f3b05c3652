/**
 * The checks every reader of an .xlsx file makes before it reads: the file is there and is a plain
 * file, its name says .xlsx or .xlsm, and its first bytes are a ZIP package (not an OLE file: an
 * .xls renamed, or the envelope Excel puts a password-protected workbook in). Each failure is a
 * WorkbookLoadError whose message says which file and what to do, in the user's language.
 */
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../../core/model';
import { cliText, say, sayPlain } from '../../text/strings';
import { oleContent, type ReadAt } from './oleDirectory';

export type LoadProblem =
  | 'missing'
  /** A folder. */
  | 'not-a-file'
  /** A named pipe, socket or device: never opened, as reading a pipe waits for a writer. */
  | 'special-file'
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
    'special-file': () => say(language, cliText.specialFile, where),
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
  if (info.isDirectory()) fail('not-a-file');
  if (!info.isFile()) fail('special-file');

  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.xls') fail('legacy-xls');
  if (!OOXML_EXTENSIONS.has(extension)) fail('not-xlsx');

  const envelope = await withFile(filePath, async (readAt) => {
    const head = await readAt(0, OLE_MAGIC.length);
    if (!startsWith(head, OLE_MAGIC)) return startsWith(head, ZIP_MAGIC) ? 'zip' : 'other';
    // A directory that cannot be read says nothing of encryption: the .xls advice is the likelier fit.
    return (await oleContent(readAt).catch(() => 'unknown')) === 'encrypted-package' ? 'encrypted' : 'legacy';
  }).catch(unreadable);
  if (envelope === 'encrypted') fail('password-protected');
  if (envelope === 'legacy') fail('legacy-xls');
  if (envelope === 'other') fail('corrupt', sayPlain(language, cliText.notZip));

  return readFile(filePath).catch(unreadable);
}

async function withFile<T>(filePath: string, use: (readAt: ReadAt) => Promise<T>): Promise<T> {
  const handle = await open(filePath, 'r');
  try {
    return await use(async (offset, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    });
  } finally {
    await handle.close();
  }
}

function startsWith(head: Buffer, magic: Buffer): boolean {
  return head.length >= magic.length && head.subarray(0, magic.length).equals(magic);
}
