/**
 * Whether a file at an output's place was written by this tool, so that a re-run replaces its own
 * earlier output and keeps anything else. The writer adds no mark of its own to a package, so a
 * workbook is ours when its sheets end as the check leaves them (Summary, any By district, then
 * Findings) or are the batch summary's one sheet, in either language; only the package's central
 * directory, its relationships and the workbook part are read, never a sheet. A JSON file is ours when it has the
 * shape of the check's report or the batch report.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PackageParts } from '../adapters/xlsxReader/packageParts';
import { readWorkbookPart } from '../adapters/xlsxReader/workbookPart';
import type { Language } from '../core/model';
import { batchText, sayPlain, summaryText, type Localized } from '../text/strings';

const LANGUAGES: readonly Language[] = ['vi', 'en'];

export async function writtenByThisTool(file: string): Promise<boolean> {
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return false;
  return path.extname(file).toLowerCase() === '.json' ? isOurReport(bytes) : isOurWorkbook(bytes);
}

function isOurReport(bytes: Uint8Array): boolean {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Record<string, unknown>;
  if (report.version !== 1) return false;
  const checkReport = typeof report.workbook === 'string' && ['sheets', 'indicators', 'findings'].every((key) => Array.isArray(report[key]));
  const batchReport = typeof report.createdAt === 'string' && Array.isArray(report.files) && typeof report.totals === 'object';
  return checkReport || batchReport;
}

function isOurWorkbook(bytes: Uint8Array): boolean {
  try {
    return endsAsWeLeaveIt(readWorkbookPart(new PackageParts(bytes)).tabNames);
  } catch {
    // Not a package we can read: certainly not one we wrote.
    return false;
  }
}

function endsAsWeLeaveIt(names: readonly string[]): boolean {
  return LANGUAGES.some((language) => {
    const named = (entry: Localized<void>, name: string | undefined) => name !== undefined && new RegExp(`^${escapeRegExp(sayPlain(language, entry))}( \\(\\d+\\))?$`).test(name);
    if (names.length === 1 && named(batchText.sheetName, names[0])) return true;
    let at = names.length - 1;
    if (!named(summaryText.findingsSheetName, names[at])) return false;
    for (at--; named(summaryText.districtsSheetName, names[at]); ) at--;
    return named(summaryText.summarySheetName, names[at]);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
