import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { newEntry, readZip, writeZip } from '../../src/adapters/xlsxPackage/zipArchive';
import { cliMain } from '../../src/cli/main';
import { stubCheck } from '../helpers/reports';
import { tempFolder } from '../helpers/workbooks';
import { rawPackage, sheetData } from '../adapters/xlsxReader/rawPackage';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.remove());

it('says which entries named to land outside the unzip folder it left out of the checked copy', async () => {
  const workbook = rawPackage({ sheets: [{ name: 'KQ', body: sheetData(['<c r="A1"><v>1</v></c>']) }] });
  const input = path.join(temp.dir, 'bao-cao.xlsx');
  const output = path.join(temp.dir, 'ket-qua.xlsx');
  writeFileSync(input, writeZip([...readZip(workbook), newEntry('../../evil.txt', 'evil'), newEntry('/abs.txt', 'absolute')]));
  const out: string[] = [];
  const code = await cliMain([input, '--out', output, '--lang', 'en'], stubCheck, { stdout: (t) => out.push(t), stderr: (t) => out.push(t) }, new Date(2024, 4, 20));

  expect(code).toBe(0);
  expect(out.join('\n')).toContain('Left out of the checked copy (unsafe names, pointing outside the folder they are unzipped in): ../../evil.txt, /abs.txt');
  expect(readZip(readFileSync(output)).map((entry) => entry.name).filter((name) => /evil|abs/.test(name))).toEqual([]);
});
