/** Where the command line reads and writes when the user does not say. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (this file is src/cli/paths.ts). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Checked when no input is given, so that a first run shows what the tool does. */
export function bundledSamplePath(root: string = projectRoot): string {
  return path.join(root, 'assets', 'samples', 'quang-ninh-2020.xlsx');
}

/** The file a check reads: the one given, or the bundled sample. */
export function inputPathOf(input: string | undefined): string {
  return path.resolve(input ?? bundledSamplePath());
}

/**
 * Beside the input as NAME-checked.xlsx; for the bundled sample, in the project's git-ignored
 * out/ folder, so that a run never writes into assets/.
 */
export function defaultOutputPath(input: string | undefined, root: string = projectRoot): string {
  if (input === undefined) return path.join(root, 'out', checkedName(bundledSamplePath(root)));
  return path.join(path.dirname(path.resolve(input)), checkedName(input));
}

function checkedName(file: string): string {
  // Always .xlsx: the written workbook carries no macros, even when the input was .xlsm.
  return `${path.basename(file, path.extname(file))}-checked.xlsx`;
}
