/**
 * Which files a batch checks, and where each checked copy goes. Folders are searched with their
 * sub-folders for workbooks; each copy keeps the file's place under the folder searched, so files
 * of the same name in different folders never overwrite each other.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../core/model';
import { cliText, say } from '../text/strings';

export interface BatchFile {
  /** Absolute path of the input. */
  input: string;
  /** Short name: the path under the folder searched ("/" between folders), or the file's name. */
  name: string;
  /** The checked copy, relative to the output folder, "/" between folders. */
  output: string;
  /** Set when the file cannot even be looked at (an unreadable folder): it is reported, not checked. */
  problem?: string;
}

/** The consolidated report's own files in the output folder. */
export const BATCH_JSON = 'batch-report.json';
export const BATCH_WORKBOOK = 'batch-summary.xlsx';

/** Found in folders: workbooks, and old .xls files so that they are reported (save as .xlsx) rather than silently left out. */
const FOUND_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls']);
const CHECKED_SUFFIX = '-checked.xlsx';
/** This tool's outputs, also under the free names they take beside a user's file ("a-checked (2).xlsx"). */
const OUR_OUTPUT = /(-checked|^batch-summary)( \(\d+\))?\.xlsx$/;

const collator = new Intl.Collator('vi', { numeric: true });

/**
 * The files to check, in a stable order: inputs in the order given, a folder's files sorted by path.
 * Files given by name are taken whatever they are called (a wrong one is reported as that file's
 * failure); a path given twice is checked once.
 */
export async function collectBatchFiles(inputs: readonly string[], outDir: string, language: Language): Promise<BatchFile[]> {
  const outFolder = path.resolve(outDir);
  const found: Omit<BatchFile, 'output'>[] = [];
  for (const given of inputs) {
    const input = path.resolve(given);
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      found.push({ input, name: path.basename(input) });
      continue;
    }
    // With several inputs, a folder's files go under the folder's name: two folders of the same
    // provinces (2023/, 2024/) stay apart.
    const prefix = inputs.length > 1 ? path.basename(input) : '';
    for (const entry of await searchFolder(input, outFolder, language)) {
      found.push({ ...entry, name: prefix ? `${prefix}/${entry.name}` : entry.name });
    }
  }
  const unique = new Map<string, Omit<BatchFile, 'output'>>();
  for (const file of found) if (!unique.has(file.input)) unique.set(file.input, file);
  return assignOutputs([...unique.values()], outFolder);
}

async function searchFolder(root: string, outFolder: string, language: Language): Promise<Omit<BatchFile, 'output'>[]> {
  const files: Omit<BatchFile, 'output'>[] = [];
  const visit = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      files.push({ input: folder, name: relativeName(root, folder) || path.basename(folder), problem: say(language, cliText.unreadable, { path: folder, detail }) });
      return;
    }
    for (const entry of entries) {
      // Hidden files (macOS "._x.xlsx", our own temporary files) and Office lock files "~$x.xlsx".
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const full = path.join(folder, entry.name);
      // Folder links are not followed, so a link back up cannot make the search go round forever.
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile() === true);
      if (entry.isDirectory()) {
        // The output folder inside the searched folder holds this tool's outputs, not inputs.
        if (full !== outFolder) await visit(full);
      } else if (isFile && isWorkbookName(entry.name)) {
        files.push({ input: full, name: relativeName(root, full) });
      }
    }
  };
  await visit(root);
  return files.sort((a, b) => collator.compare(a.name, b.name));
}

function isWorkbookName(name: string): boolean {
  const lower = name.toLowerCase();
  if (OUR_OUTPUT.test(lower)) return false;
  return FOUND_EXTENSIONS.has(path.extname(lower));
}

/**
 * NAME-checked.xlsx at the file's place under the output folder. A name already taken (ignoring
 * case, as Windows and macOS do), or an input that lives in the output folder, gets " (2)", " (3)"…
 */
function assignOutputs(files: readonly Omit<BatchFile, 'output'>[], outFolder: string): BatchFile[] {
  const taken = new Set<string>();
  for (const { input } of files) {
    const inside = path.relative(outFolder, input);
    if (inside && !inside.startsWith('..') && !path.isAbsolute(inside)) taken.add(nameKey(toSlashes(inside)));
  }
  return files.map((file) => {
    const folder = path.posix.dirname(file.name);
    const stem = path.posix.basename(file.name, path.posix.extname(file.name));
    const at = (name: string) => (folder === '.' ? name : `${folder}/${name}`);
    let output = at(`${stem}${CHECKED_SUFFIX}`);
    for (let n = 2; taken.has(nameKey(output)); n++) output = at(`${stem} (${n})${CHECKED_SUFFIX}`);
    taken.add(nameKey(output));
    return { ...file, output };
  });
}

function relativeName(root: string, file: string): string {
  return toSlashes(path.relative(root, file));
}

function toSlashes(relative: string): string {
  return relative.split(path.sep).join('/');
}

/** An output's absolute path as the file systems of Windows and macOS compare it (ignoring case). */
export function outputNameKey(file: string): string {
  return nameKey(path.resolve(file));
}

function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
