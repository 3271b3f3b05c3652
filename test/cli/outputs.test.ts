import { linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliMain } from '../../src/cli/main';
import { writtenByThisTool } from '../../src/cli/ownOutputs';
import { stubCheck } from '../helpers/reports';
import { readWorkbook, tempFolder, workbookOf } from '../helpers/workbooks';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.remove());

const checkedAt = new Date(2024, 4, 20);

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cliMain(args, stubCheck, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, checkedAt);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A small workbook of the user's, written in the test folder. */
async function userWorkbook(name: string, sheets: Record<string, (string | number)[][]> = { 'Biểu 01': [['Chỉ tiêu', 'Thực hiện'], ['Lúa', 12]] }): Promise<string> {
  const file = path.join(temp.dir, ...name.split('/'));
  mkdirSync(path.dirname(file), { recursive: true });
  await workbookOf(sheets).xlsx.writeFile(file);
  return file;
}

describe('--json and --out naming the same file', () => {
  it('is refused with exit 2 and nothing written, whether by the same path or through a link', async () => {
    const input = await userWorkbook('a.xlsx');
    const out = path.join(temp.dir, 'ket-qua.xlsx');
    const before = readdirSync(temp.dir).sort();
    const same = await run([input, '--out', out, '--json', path.join(temp.dir, '.', 'ket-qua.xlsx')]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('--json và --out cùng chỉ tới');
    expect(readdirSync(temp.dir).sort()).toEqual(before);

    await run([input, '--out', out]);
    const checkedCopy = readFileSync(out);
    symlinkSync(out, path.join(temp.dir, 'lien-ket.json'));
    linkSync(out, path.join(temp.dir, 'cung-tep.json'));
    for (const json of ['lien-ket.json', 'cung-tep.json']) {
      const linked = await run([input, '--out', out, '--json', path.join(temp.dir, json), '--lang', 'en']);
      expect(linked.code, json).toBe(2);
      expect(linked.stderr).toContain('would replace the checked copy');
    }
    expect(readFileSync(out)).toEqual(checkedCopy);
  });
});

describe('an existing output', () => {
  it('that this tool did not write is kept, the copy takes a free name and the run says which', async () => {
    const input = await userWorkbook('a.xlsx');
    const theirs = await userWorkbook('a-checked.xlsx', { 'Của tôi': [['ghi chú', 1]] });
    const theirBytes = readFileSync(theirs);
    const first = await run([input]);
    expect(first.code).toBe(0);
    const free = path.join(temp.dir, 'a-checked (2).xlsx');
    expect(readFileSync(theirs)).toEqual(theirBytes);
    expect(first.stdout).toContain(`Giữ nguyên ${theirs}`);
    expect(first.stdout).toContain(free);
    expect((await readWorkbook(free)).worksheets.map((sheet) => sheet.name)).toEqual(['Biểu 01', 'Tổng hợp', 'Kiểm tra']);

    // Re-running replaces its own earlier copy rather than piling up "(3)".
    const again = await run([input]);
    expect(again.code).toBe(0);
    expect(readdirSync(temp.dir).sort()).toEqual(['a-checked (2).xlsx', 'a-checked.xlsx', 'a.xlsx']);

    const forced = await run([input, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).not.toContain('Giữ nguyên');
    expect((await readWorkbook(theirs)).worksheets.map((sheet) => sheet.name)).toEqual(['Biểu 01', 'Tổng hợp', 'Kiểm tra']);
  });

  it('that this tool wrote is replaced without a word, the workbook and the JSON report alike', async () => {
    const input = await userWorkbook('a.xlsx');
    const out = path.join(temp.dir, 'ra.xlsx');
    const json = path.join(temp.dir, 'bao-cao.json');
    await run([input, '--out', out, '--json', json]);
    await userWorkbook('a.xlsx', { 'Biểu 01': [['Chỉ tiêu', 'Thực hiện'], ['Ngô', 7]] });
    const second = await run([input, '--out', out, '--json', json]);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('Giữ nguyên');
    expect(readdirSync(temp.dir).sort()).toEqual(['a.xlsx', 'bao-cao.json', 'ra.xlsx']);
    expect((await readWorkbook(out)).getWorksheet('Biểu 01')!.getCell('A2').value).toBe('Ngô');
  });

  it('that is a JSON file of the user\'s is kept, the report going to a free name', async () => {
    const input = await userWorkbook('a.xlsx');
    const json = path.join(temp.dir, 'so-lieu.json');
    writeFileSync(json, '{"version":1,"ghiChu":"của tôi"}');
    const result = await run([input, '--json', json, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(readFileSync(json, 'utf8')).toBe('{"version":1,"ghiChu":"của tôi"}');
    expect(result.stdout).toContain(`Kept ${json} (not written by this tool); wrote ${path.join(temp.dir, 'so-lieu (2).json')} instead`);
    expect(JSON.parse(readFileSync(path.join(temp.dir, 'so-lieu (2).json'), 'utf8'))).toMatchObject({ version: 1, workbook: 'a.xlsx' });
  });

  it('is told ours by the mark the tool leaves on what it writes, lost when the copy is changed and saved', async () => {
    const input = await userWorkbook('a.xlsx');
    expect((await run([input])).code).toBe(0);
    const copy = path.join(temp.dir, 'a-checked.xlsx');
    expect(await writtenByThisTool(copy)).toBe(true);
    // The user fixes a figure in the copy and saves it: the copy is theirs from then on.
    const edited = await readWorkbook(copy);
    edited.worksheets[0]!.getCell('B2').value = 13;
    await edited.xlsx.writeFile(copy);
    expect(await writtenByThisTool(copy)).toBe(false);
    const again = await run([input]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Giữ nguyên ${copy}`);
    expect(readdirSync(temp.dir).sort()).toEqual(['a-checked (2).xlsx', 'a-checked.xlsx', 'a.xlsx']);
    expect((await readWorkbook(copy)).worksheets[0]!.getCell('B2').value).toBe(13);
  });

  it('is not told ours by its sheet names alone, nor when it is no package at all', async () => {
    const lookalike = await userWorkbook('w.xlsx', { 'Biểu 01': [[1]], 'Tổng hợp': [[1]], 'Kiểm tra': [[1]] });
    expect(await writtenByThisTool(lookalike)).toBe(false);
    const notAPackage = path.join(temp.dir, 'hong.xlsx');
    writeFileSync(notAPackage, 'không phải zip');
    expect(await writtenByThisTool(notAPackage)).toBe(false);
  });
});

describe('an existing output in --out-dir', () => {
  it('keeps the user\'s own a-checked.xlsx and batch-summary.xlsx, writes beside them, links the summary to the copy written, and replaces its own on a re-run', async () => {
    await userWorkbook('vao/a.xlsx');
    await userWorkbook('vao/b.xlsx');
    const outDir = path.join(temp.dir, 'ra');
    const theirCopy = await userWorkbook('ra/a-checked.xlsx', { 'Của tôi': [['x']] });
    const theirSummary = await userWorkbook('ra/batch-summary.xlsx', { 'Của tôi': [['y']] });
    const before = [readFileSync(theirCopy), readFileSync(theirSummary)];
    const first = await run([path.join(temp.dir, 'vao'), '--out-dir', outDir, '--jobs', '1']);
    expect(first.code, first.stderr).toBe(0);
    expect([readFileSync(theirCopy), readFileSync(theirSummary)]).toEqual(before);
    expect(first.stdout).toContain(`Giữ nguyên ${theirCopy}`);
    expect(first.stdout).toContain(`Giữ nguyên ${theirSummary}`);
    const expected = ['a-checked (2).xlsx', 'a-checked.xlsx', 'b-checked.xlsx', 'batch-report.json', 'batch-summary (2).xlsx', 'batch-summary.xlsx'];
    expect(readdirSync(outDir).sort()).toEqual(expected);
    const report = JSON.parse(readFileSync(path.join(outDir, 'batch-report.json'), 'utf8')) as { interrupted: boolean; files: { output: string }[] };
    expect(report.interrupted).toBe(false);
    expect(report.files.map((file) => file.output)).toEqual(['a-checked (2).xlsx', 'b-checked.xlsx']);
    const summary = (await readWorkbook(path.join(outDir, 'batch-summary (2).xlsx'))).worksheets[0]!;
    expect(summary.getCell('A5').formula).toContain('"a-checked (2).xlsx"');

    const again = await run([path.join(temp.dir, 'vao'), '--out-dir', outDir, '--jobs', '1']);
    expect(again.code, again.stderr).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(expected);

    const forced = await run([path.join(temp.dir, 'vao'), '--out-dir', outDir, '--jobs', '1', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).not.toContain('Giữ nguyên');
    expect((await readWorkbook(theirCopy)).worksheets.map((sheet) => sheet.name)).toEqual(['Biểu 01', 'Tổng hợp', 'Kiểm tra']);
  });

  it('never writes over an input, not even under --force: an input named like an output makes the output take a free name', async () => {
    const outDir = path.join(temp.dir, 'ra');
    const input = await userWorkbook('ra/batch-summary.xlsx');
    await userWorkbook('vao/a.xlsx');
    const bytes = readFileSync(input);
    const run1 = await run([path.join(temp.dir, 'vao', 'a.xlsx'), input, '--out-dir', outDir, '--jobs', '1', '--force']);
    expect(run1.code, run1.stderr).toBe(0);
    expect(readFileSync(input).equals(bytes)).toBe(true);
    expect(readdirSync(outDir)).toContain('batch-summary (2).xlsx');
  });

  it('lists --force in the usage, in both languages', async () => {
    expect((await run(['--help'])).stdout).toContain('--force       ghi đè');
    expect((await run(['--help', '--lang', 'en'])).stdout).toContain('--force       replace an existing output');
  });
});
