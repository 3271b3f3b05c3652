/**
 * Where an output goes when a file is already there. One this tool wrote is replaced (re-checking
 * after fixing a figure is the common case); any other file is kept, and the output takes the
 * first free name, "a-checked (2).xlsx", "(3)"…, unless --force says to replace it.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { writtenByThisTool } from './ownOutputs';

/** An output that went to another name, and the user's file it left in place. */
export interface KeptFile {
  kept: string;
  writtenTo: string;
}

/**
 * The path to write `wanted` to. `unavailable` rules out names the run needs for something else
 * (an input, another output), --force or not: force replaces a user's file, never an input; a
 * folder in the way is left for the write to fail on.
 */
export async function freeOutputPath(wanted: string, force: boolean, unavailable: (candidate: string) => Promise<boolean> | boolean = () => false): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? wanted : numberedName(wanted, n);
    if (await unavailable(candidate)) continue;
    if (force) return candidate;
    const info = await stat(candidate).catch(() => null);
    if (!info?.isFile() || (await writtenByThisTool(candidate))) return candidate;
  }
}

/** "a-checked.xlsx", 2 → "a-checked (2).xlsx". */
export function numberedName(file: string, n: number): string {
  const extension = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, extension)} (${n})${extension}`);
}
