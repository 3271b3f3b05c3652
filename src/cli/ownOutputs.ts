/**
 * Whether a file at an output's place was written by this tool, so that a re-run replaces its own
 * earlier output and keeps anything else. A workbook is ours when it carries the mark this tool
 * puts on every package it writes and is unchanged since (outputMark.ts): a checked copy someone
 * edited and saved is theirs. A JSON file is ours when it has the shape of the check's report or
 * the batch report.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { carriesOwnMark } from '../adapters/xlsxPackage/outputMark';

export async function writtenByThisTool(file: string): Promise<boolean> {
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return false;
  return path.extname(file).toLowerCase() === '.json' ? isOurReport(bytes) : carriesOwnMark(bytes);
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
