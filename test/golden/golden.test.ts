/**
 * The safety net for refactoring the engine: the full report and summary plan of every workbook
 * in test/fixtures and assets/samples, and of a generated 1,000-row workbook, compared byte for
 * byte with the files in test/golden/files. A change that means to alter what the check reports
 * rewrites them with `UPDATE_GOLDEN=1 npx vitest run test/golden` and shows the difference in its
 * commit.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../src/adapters/exceljs/loadWorkbook';
import { readSnapshots } from '../../src/adapters/exceljs/readWorkbook';
import { generate } from '../../src/bench/generate';
import { checkWorkbook, wordResult } from '../../src/core';
import { defaultSettings, type Language } from '../../src/core/settings';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { buildSummaryPlan } from '../../src/summaryPlan';
import { fixturesDir, roundTrip } from '../helpers/workbooks';

const goldenDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'files');
const samplesDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'assets', 'samples');
const realDir = path.join(fixturesDir, 'real');
const update = process.env.UPDATE_GOLDEN === '1';
const checkedAt = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const languages: readonly Language[] = ['vi', 'en'];

interface Source {
  name: string;
  sheets: () => Promise<{ sheetNames: string[]; sheets: SheetSnapshot[] }>;
}

function fromFile(folder: string, file: string): Source {
  return {
    name: file,
    async sheets() {
      const workbook = await loadWorkbookFile(path.join(folder, file));
      return { sheetNames: workbook.worksheets.map((w) => w.name), sheets: readSnapshots(workbook) };
    },
  };
}

const xlsxIn = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.xlsx')).sort();

const sources: Source[] = [
  ...xlsxIn(fixturesDir).map((file) => fromFile(fixturesDir, file)),
  ...xlsxIn(realDir).map((file) => fromFile(realDir, file)),
  ...xlsxIn(samplesDir).map((file) => ({ ...fromFile(samplesDir, file), name: `sample-${file}` })),
  {
    name: 'generated-1000.xlsx',
    async sheets() {
      const workbook = await roundTrip(generate({ rows: 1000, seed: 7 }).workbook);
      return { sheetNames: workbook.worksheets.map((w) => w.name), sheets: readSnapshots(workbook) };
    },
  },
];

function matchesGolden(file: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 1)}\n`;
  const target = path.join(goldenDir, file);
  if (update || !existsSync(target)) {
    if (!update) throw new Error(`${file} has no golden file: run UPDATE_GOLDEN=1 npx vitest run test/golden`);
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(target, text);
    return;
  }
  expect(text === readFileSync(target, 'utf8'), `${file} differs from its golden file`).toBe(true);
}

describe('golden reports and summary plans', () => {
  it.each(sources)('$name', async (source) => {
    const { sheetNames, sheets } = await source.sheets();
    for (const language of languages) {
      const result = wordResult(checkWorkbook({ name: source.name, sheets }, { ...defaultSettings, language }), language);
      const plan = buildSummaryPlan(result, { existingSheetNames: sheetNames, checkedAt });
      const base = source.name.replace(/\.xlsx$/, '');
      matchesGolden(`${base}.${language}.report.json`, result.report);
      matchesGolden(`${base}.${language}.plan.json`, plan);
    }
  }, 60000);
});
