import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliMain } from '../../src/cli/main';
import { defaultOutputPath, projectRoot } from '../../src/cli/paths';
import type { CheckFunction } from '../../src/cli/runCheck';
import { readSnapshots } from '../../src/adapters/exceljs/readWorkbook';
import { checkWorkbook, wordReport } from '../../src/core';
import { defaultSettings } from '../../src/core/settings';
import { ENCRYPTED_XLSX_BYTES, LEGACY_XLS_BYTES } from '../helpers/files';
import { stubCheck } from '../helpers/reports';
import { asZip64 } from '../helpers/zip64';
import { rawPackage } from '../adapters/xlsxReader/rawPackage';
import { changedCells, fixturesDir, linkTargets, readWorkbook, tempFolder } from '../helpers/workbooks';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.remove());

const checkedAt = new Date(2024, 4, 20);

async function run(args: string[], check: CheckFunction = stubCheck) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cliMain(args, check, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, checkedAt);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A copy of a fixture in the temp folder, so that nothing is ever written beside the fixtures. */
function fixtureCopy(name: string): string {
  const file = path.join(temp.dir, name);
  copyFileSync(path.join(fixturesDir, name), file);
  return file;
}

describe('npm run check', () => {
  it('writes a checked copy with the two new sheets and every original cell unchanged', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    const output = path.join(temp.dir, 'ket-qua.xlsx');
    const json = path.join(temp.dir, 'bao-cao.json');
    const result = await run([input, '--out', output, '--json', json], checkWorkbook);

    expect(result.code).toBe(0);
    const original = await readWorkbook(path.join(fixturesDir, 'quang-ninh-2020.xlsx'));
    const written = await readWorkbook(output);
    expect(changedCells(original, written)).toEqual([]);
    expect(written.worksheets.map((sheet) => sheet.name)).toEqual(['KQ 2020 - KH 2021', 'Tổng hợp', 'Kiểm tra']);
    for (const target of linkTargets(written.getWorksheet('Tổng hợp')!)) {
      expect(written.getWorksheet(target.sheet)?.getCell(target.row, target.column).value, target.from).not.toBeNull();
    }
    expect(readFileSync(input)).toEqual(readFileSync(path.join(fixturesDir, 'quang-ninh-2020.xlsx')));
  });

  it('makes the folders --out and --json name, as --out-dir does', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    const output = path.join(temp.dir, 'ket-qua', '2020', 'out.xlsx');
    const json = path.join(temp.dir, 'bao-cao', 'report.json');
    const result = await run([input, '--out', output, '--json', json], checkWorkbook);
    expect(result.code).toBe(0);
    expect(readdirSync(path.dirname(output))).toEqual(['out.xlsx']);
    expect(readdirSync(path.dirname(json))).toEqual(['report.json']);
  });

  it('prints the first findings, errors first, and where the rest are', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    const output = path.join(temp.dir, 'out.xlsx');
    const { stdout } = await run([input, '--out', output], checkWorkbook);
    const report = checkWorkbook({ name: 'quang-ninh-2020.xlsx', sheets: readSnapshots(await readWorkbook(input)) }, defaultSettings).report;
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(stdout).toContain(`  - ${errors[0]!.sheet}!${errors[0]!.cell}: `);
    expect(stdout).not.toContain('CẢNH BÁO');
  });

  it('never reads as an all-clear when no indicator could be read', async () => {
    const input = path.join(temp.dir, 'ghi-chu.xlsx');
    const workbook = new (await import('exceljs')).default.Workbook();
    workbook.addWorksheet('Ghi chú').addRow(['Ghi chú về nguồn số liệu']);
    await workbook.xlsx.writeFile(input);
    const { code, stdout } = await run([input, '--out', path.join(temp.dir, 'out.xlsx')], checkWorkbook);
    expect(code).toBe(0);
    expect(stdout).toContain('CẢNH BÁO: không đọc được chỉ tiêu nào');
  });

  it('writes the JSON report of the engine, for the file name and language asked for', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    const json = path.join(temp.dir, 'report.json');
    await run([input, '--json', json, '--lang', 'en'], checkWorkbook);
    const expected = wordReport(
      checkWorkbook({ name: 'quang-ninh-2020.xlsx', sheets: readSnapshots(await readWorkbook(input)) }, { ...defaultSettings, language: 'en' }).report,
      'en',
    );
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(expected);
    const findings = (await readWorkbook(path.join(temp.dir, 'quang-ninh-2020-checked.xlsx'))).getWorksheet('Findings')!;
    expect(findings.actualRowCount - 3).toBe(expected.findings.length);
  });

  it('runs as the scorer runs it: npm run check, exit 0 on success and 2 on a bad file', () => {
    const input = fixtureCopy('thai-nguyen-2023.xlsx');
    const output = path.join(temp.dir, 'out.xlsx');
    const ok = spawnSync('npm', ['run', '--silent', 'check', '--', input, '--out', output], { cwd: projectRoot, encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(output);
    const xls = path.join(temp.dir, 'x.xls');
    writeFileSync(xls, LEGACY_XLS_BYTES);
    const bad = spawnSync('npm', ['run', '--silent', 'check', '--', xls], { cwd: projectRoot, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Lưu thành .xlsx');
  });

  it('checks a batch as the user runs it: the bundle, its worker threads without tsx', () => {
    const inputs = [fixtureCopy('thai-nguyen-2023.xlsx'), fixtureCopy('quang-ninh-2020.xlsx')];
    const outDir = path.join(temp.dir, 'out');
    const run = spawnSync('npm', ['run', '--silent', 'check', '--', ...inputs, '--out-dir', outDir, '--jobs', '2'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(['batch-report.json', 'batch-summary.xlsx', 'quang-ninh-2020-checked.xlsx', 'thai-nguyen-2023-checked.xlsx']);
    const report = JSON.parse(readFileSync(path.join(outDir, 'batch-report.json'), 'utf8')) as { files: { status: string }[] };
    expect(report.files.map((file) => file.status)).toEqual(['checked', 'checked']);
  });

  it('prints what it checked, what it found and where the result went', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    const { stdout } = await run([input]);
    expect(stdout).toContain('Biểu đã kiểm tra: 1 (KQ 2020 - KH 2021)');
    expect(stdout).toMatch(/Chỉ tiêu: \d+ \(đạt \d+, gần đạt 0, không đạt \d+, chưa có kế hoạch 0\)/);
    expect(stdout).toContain('Phát hiện: 1 lỗi, 2 cảnh báo, 0 thông tin');
    expect(stdout).toContain(path.join(temp.dir, 'quang-ninh-2020-checked.xlsx'));
  });

  it('prints a file name with its control characters escaped, so a name cannot recolour or reverse the terminal', async () => {
    const tricky = path.join(temp.dir, 'tinh\u001b[31m-do\u202Exslx.xlsx');
    copyFileSync(path.join(fixturesDir, 'thai-nguyen-2023.xlsx'), tricky);
    const { code, stdout } = await run([tricky]);
    expect(code).toBe(0);
    expect(stdout).toContain('Soát chỉ tiêu: tinh\\x1b[31m-do\\u202exslx.xlsx');
    expect(stdout).toContain(`Đã ghi kết quả: ${temp.dir}${path.sep}tinh\\x1b[31m-do\\u202exslx-checked.xlsx`);
    expect([...stdout].filter((character) => character === '\u001b' || character === '\u202e')).toEqual([]);

    const missing = await run([path.join(temp.dir, 'khong\u001b[2Jco\u2066.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('khong\\x1b[2Jco\\u2066.xlsx');
    expect([...missing.stderr].filter((character) => character === '\u001b' || character === '\u2066')).toEqual([]);
  });

  it('writes beside the input by default, in English with --lang en', async () => {
    const input = fixtureCopy('thai-nguyen-2023.xlsx');
    const { code, stdout } = await run([input, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('Sheets checked: 1 (Biểu 01)');
    const written = await readWorkbook(path.join(temp.dir, 'thai-nguyen-2023-checked.xlsx'));
    expect(written.worksheets.map((sheet) => sheet.name)).toEqual(['Biểu 01', 'Summary', 'Findings']);
  });

  it('lists skipped sheets with their reasons', async () => {
    const input = fixtureCopy('chitieu-nn-dahuoai-2020.xlsx');
    const { stdout } = await run([input]);
    expect(stdout).toContain('Biểu bỏ qua: 1');
    expect(stdout).toContain('  - Worksheet: Trang tính trống.');
  });

  it('checks the bundled sample when given no input, never writing into assets/', async () => {
    const output = path.join(temp.dir, 'sample.xlsx');
    const { code, stdout } = await run(['--out', output]);
    expect(code).toBe(0);
    expect(stdout).toContain('quang-ninh-2020.xlsx');
    expect((await readWorkbook(output)).worksheets).toHaveLength(3);
    expect(defaultOutputPath(undefined)).toBe(path.join(projectRoot, 'out', 'quang-ninh-2020-checked.xlsx'));
  });

  it('leaves hidden content alone unless --include-hidden asks for it', async () => {
    const input = fixtureCopy('thai-nguyen-2023.xlsx');
    const asked: boolean[] = [];
    const check: CheckFunction = (workbook, settings) => {
      asked.push(settings.includeHidden);
      return stubCheck(workbook);
    };
    await run([input], check);
    await run([input, '--include-hidden'], check);
    expect(asked).toEqual([false, true]);
    expect((await run(['--help'])).stdout).toContain('--include-hidden');
  });

  it('prints usage for --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('npm run check -- [TỆP.xlsx]');
    expect((await run(['--help', '--lang', 'en'])).stdout).toContain('Usage:');
  });
});

describe('npm run check on a workbook with a chart sheet', () => {
  it('checks the worksheets and gives the new sheets names no tab has, the chart sheet\'s included', async () => {
    const input = path.join(temp.dir, 'bieu-do.xlsx');
    const sheet = { name: 'Biểu 01', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' };
    writeFileSync(input, rawPackage({ sheets: [sheet, { name: 'Tổng hợp', body: '', chart: true }] }));
    const result = await run([input, '--out', path.join(temp.dir, 'ra.xlsx')]);
    expect(result.code).toBe(0);
    const names = (await readWorkbook(path.join(temp.dir, 'ra.xlsx'))).worksheets.map((w) => w.name);
    expect(names[0]).toBe('Biểu 01');
    expect(names.slice(1)).not.toContain('Tổng hợp');
    expect(names).toHaveLength(3);
  });
});

describe('npm run check refuses, explains, and writes nothing', () => {
  async function expectRefusal(args: string[], code: number, ...phrases: string[]) {
    const before = readdirSync(temp.dir).sort();
    const result = await run(args);
    expect(result.code).toBe(code);
    for (const phrase of phrases) expect(result.stderr).toContain(phrase);
    expect(readdirSync(temp.dir).sort()).toEqual(before);
  }

  it('for a missing file', async () => {
    const file = path.join(temp.dir, 'khong-co.xlsx');
    await expectRefusal([file], 2, file, 'Không tìm thấy tệp');
  });

  it('for an .xls file, telling the user to save it as .xlsx', async () => {
    const file = path.join(temp.dir, 'x.xls');
    writeFileSync(file, LEGACY_XLS_BYTES);
    await expectRefusal([file], 2, file, 'Lưu thành .xlsx');
    await expectRefusal([file, '--lang', 'en'], 2, file, 'save it as .xlsx');
  });

  it('for a password-protected workbook', async () => {
    const file = path.join(temp.dir, 'mat-khau.xlsx');
    writeFileSync(file, ENCRYPTED_XLSX_BYTES);
    await expectRefusal([file], 2, file, 'mật khẩu');
  });

  it('for a corrupt workbook', async () => {
    const file = path.join(temp.dir, 'hong.xlsx');
    writeFileSync(file, Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) % 256)));
    await expectRefusal([file], 2, file, 'bị hỏng');
  });

  it('for a workbook packed as ZIP64, which ExcelJS reads but the copy cannot be made from', async () => {
    const file = path.join(temp.dir, 'zip64.xlsx');
    writeFileSync(file, asZip64(new Uint8Array(readFileSync(path.join(fixturesDir, 'quang-ninh-2020.xlsx')))));
    await expectRefusal([file], 1, file, 'lưu lại dạng .xlsx', 'ZIP64');
    await expectRefusal([file, '--lang', 'en'], 1, 'save it as .xlsx');
  });

  it('for an output that is the input', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    const sameFileOtherSpelling = path.join(temp.dir, '.', 'quang-ninh-2020.xlsx');
    await expectRefusal([input, '--out', sameFileOtherSpelling], 2, input, 'trùng với tệp cần kiểm tra');
    await expectRefusal([input, '--json', input], 2, 'trùng với tệp cần kiểm tra');
    expect(readFileSync(input)).toEqual(readFileSync(path.join(fixturesDir, 'quang-ninh-2020.xlsx')));
  });

  it('for an output folder that cannot be made (a file stands there), or an output that is not .xlsx', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    const inTheWay = path.join(temp.dir, 'la-tep');
    writeFileSync(inTheWay, 'not a folder');
    await expectRefusal([input, '--out', path.join(inTheWay, 'out.xlsx')], 2, inTheWay);
    await expectRefusal([input, '--out', path.join(temp.dir, 'out.xlsm')], 2, 'out.xlsm', '.xlsx');
  });

  it('for unknown options, several inputs and unknown languages', async () => {
    await expectRefusal(['--outt', 'x.xlsx'], 2, '--outt', '--help');
    await expectRefusal(['a.xlsx', 'b.xlsx'], 2, 'một tệp');
    await expectRefusal(['--lang', 'fr'], 2, '"fr"');
    await expectRefusal(['--bogus', '--lang', 'en'], 2, 'Unknown option --bogus');
  });

  it('with exit 1 and no file when the check itself fails', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    const failing: CheckFunction = () => {
      throw new Error('layout exploded');
    };
    const before = readdirSync(temp.dir).sort();
    const result = await run([input], failing);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('layout exploded');
    expect(readdirSync(temp.dir).sort()).toEqual(before);
  });

  it('with exit 1 and one line naming the file, never a stack trace, whatever fails after the check', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    // A result missing everything: wording it throws a TypeError no step catches.
    const broken: CheckFunction = () => ({}) as ReturnType<CheckFunction>;
    const before = readdirSync(temp.dir).sort();
    const result = await run([input], broken);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(input);
    expect(result.stderr).toContain('lỗi ngoài dự kiến');
    expect(result.stderr).not.toMatch(/\n\s+at |\.ts:\d+/);
    expect(readdirSync(temp.dir).sort()).toEqual(before);
  });

  it('says running out of memory plainly, not in V8\'s words', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    const exhausted: CheckFunction = () => {
      throw new RangeError('Invalid string length');
    };
    const result = await run([input, '--lang', 'en'], exhausted);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('needs more memory than this computer has');
    expect(result.stderr).not.toContain('Invalid string length');
  });

  it('leaving no partial file when the output cannot be written', async () => {
    const input = fixtureCopy('quang-ninh-2020.xlsx');
    const blocked = path.join(temp.dir, 'blocked.xlsx');
    mkdirSync(blocked);
    await expectRefusal([input, '--out', blocked], 1, blocked);
  });
});
