import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshots } from '../../src/adapters/exceljs/readWorkbook';
import { collectBatchFiles } from '../../src/cli/batchInputs';
import { defaultJobs } from '../../src/cli/batchJobs';
import { buildBatchPlan } from '../../src/cli/batchPlan';
import { countReport, type BatchFileResult, type BatchReport } from '../../src/cli/batchReport';
import { cliMain, type CliOutput } from '../../src/cli/main';
import { createProgress, fileLine, progressLine } from '../../src/cli/progress';
import { runBatch } from '../../src/cli/runBatch';
import { checkWorkbook, wordReport } from '../../src/core';
import { defaultSettings } from '../../src/core/settings';
import { LEGACY_XLS_BYTES } from '../helpers/files';
import { stubCheck } from '../helpers/reports';
import { fixturesDir, readWorkbook, tempFolder, workbookOf } from '../helpers/workbooks';
import { terminalText } from '../../src/text/shownPath';

const checkedAt = new Date(2024, 4, 20);
const CORRUPT = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) % 256));
const standInWorker = new URL('../helpers/batchStandInWorker.mjs', import.meta.url);

async function run(args: string[], terminal?: CliOutput['terminal']) {
  const out: string[] = [];
  const err: string[] = [];
  const output: CliOutput = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), ...(terminal && { terminal }) };
  const code = await cliMain(args, stubCheck, output, checkedAt);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function copyFixture(name: string, to: string): string {
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(path.join(fixturesDir, name), to);
  return to;
}

/** Every file under a folder, as "a/b.xlsx". */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The file and the text of =HYPERLINK("target","text"). */
function hyperlinkOf(formula: string | undefined): { target: string; text: string } | null {
  const match = /^HYPERLINK\("((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/.exec(formula ?? '');
  return match ? { target: match[1]!.replace(/""/g, '"'), text: match[2]!.replace(/""/g, '"') } : null;
}

describe('npm run check -- FOLDER --out-dir DIR (one batch over a folder of good, bad and same-named files)', () => {
  const temp = tempFolder();
  const inputs = path.join(temp.dir, 'bao-cao');
  const outDir = path.join(temp.dir, 'ket-qua');
  let result: Awaited<ReturnType<typeof run>>;
  let report: BatchReport;

  beforeAll(async () => {
    copyFixture('quang-ninh-2020.xlsx', path.join(inputs, 'quang-ninh-2020.xlsx'));
    // Same file name in two sub-folders, different workbooks: neither copy may overwrite the other.
    copyFixture('thai-nguyen-2023.xlsx', path.join(inputs, 'huyen-a', 'bao-cao.xlsx'));
    copyFixture('quang-ninh-2020.xlsx', path.join(inputs, 'huyen-b', 'bao-cao.xlsx'));
    writeFileSync(path.join(inputs, 'hong.xlsx'), CORRUPT);
    writeFileSync(path.join(inputs, 'cu.xls'), LEGACY_XLS_BYTES);
    // Skipped: an Office lock file, an earlier output of this tool, a hidden file.
    writeFileSync(path.join(inputs, '~$quang-ninh-2020.xlsx'), CORRUPT);
    writeFileSync(path.join(inputs, 'quang-ninh-2020-checked.xlsx'), CORRUPT);
    writeFileSync(path.join(inputs, '._quang-ninh-2020.xlsx'), CORRUPT);
    result = await run([inputs, '--out-dir', outDir, '--jobs', '2']);
    report = JSON.parse(readFileSync(path.join(outDir, 'batch-report.json'), 'utf8')) as BatchReport;
  });
  afterAll(() => temp.remove());

  it('writes a checked copy per good file, keeping sub-folders apart, and exits 1 because two could not be checked', async () => {
    expect(result.code, result.stderr).toBe(1);
    expect(filesUnder(outDir)).toEqual([
      'batch-report.json',
      'batch-summary.xlsx',
      'huyen-a/bao-cao-checked.xlsx',
      'huyen-b/bao-cao-checked.xlsx',
      'quang-ninh-2020-checked.xlsx',
    ]);
    const a = await readWorkbook(path.join(outDir, 'huyen-a', 'bao-cao-checked.xlsx'));
    const b = await readWorkbook(path.join(outDir, 'huyen-b', 'bao-cao-checked.xlsx'));
    expect(a.worksheets.map((sheet) => sheet.name)).toEqual(['Biểu 01', 'Tổng hợp', 'Kiểm tra']);
    expect(b.worksheets.map((sheet) => sheet.name)).toEqual(['KQ 2020 - KH 2021', 'Tổng hợp', 'Kiểm tra']);
    expect(readFileSync(path.join(inputs, 'huyen-b', 'bao-cao.xlsx'))).toEqual(readFileSync(path.join(fixturesDir, 'quang-ninh-2020.xlsx')));
  });

  it('reports every file found, the unreadable ones with their reason', () => {
    expect(report.version).toBe(1);
    expect(report.createdAt).toBe(checkedAt.toISOString());
    const byName = new Map(report.files.map((file) => [path.relative(inputs, file.input).split(path.sep).join('/'), file]));
    expect([...byName.keys()].sort()).toEqual(['cu.xls', 'hong.xlsx', 'huyen-a/bao-cao.xlsx', 'huyen-b/bao-cao.xlsx', 'quang-ninh-2020.xlsx']);
    expect(byName.get('hong.xlsx')).toMatchObject({ status: 'failed', output: null, indicators: 0 });
    expect(byName.get('hong.xlsx')!.error).toContain('bị hỏng');
    expect(byName.get('cu.xls')!.error).toContain('Lưu thành .xlsx');
    expect(byName.get('huyen-a/bao-cao.xlsx')).toMatchObject({ status: 'checked', output: 'huyen-a/bao-cao-checked.xlsx' });
    expect(byName.get('huyen-a/bao-cao.xlsx')).not.toHaveProperty('error');
    expect(report.totals).toMatchObject({ files: 5, checked: 3, failed: 2 });
  });

  it('counts exactly what the single-file report of each file holds, and adds them up', async () => {
    const checked = report.files.filter((file) => file.status === 'checked');
    for (const file of checked) {
      const single = wordReport(
        checkWorkbook({ name: path.basename(file.input), sheets: readSnapshots(await readWorkbook(file.input)) }, { ...defaultSettings, language: 'vi' }).report,
        'vi',
      );
      const { input: _input, output: _output, status: _status, ...counts } = file;
      expect(counts, file.input).toEqual(countReport(single));
    }
    const sum = (pick: (file: BatchReport['files'][number]) => number) => checked.reduce((total, file) => total + pick(file), 0);
    expect(report.totals.indicators).toBe(sum((file) => file.indicators));
    expect(report.totals.indicators).toBeGreaterThan(0);
    expect(report.totals.byStatus.achieved).toBe(sum((file) => file.byStatus.achieved));
    expect(report.totals.findings.error).toBe(sum((file) => file.findings.error));
    expect(report.totals.sheetsChecked).toBe(sum((file) => file.sheetsChecked));
  });

  it('writes a summary workbook: a row per file linked to its copy, failures with the reason, a totals row', async () => {
    const workbook = await readWorkbook(path.join(outDir, 'batch-summary.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp các tệp']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A4').value).toBe('Tệp');
    const rows = report.files.map((_, i) => sheet.getRow(5 + i));
    report.files.forEach((file, i) => {
      const row = rows[i]!;
      expect(row.getCell(14).value).toBe(file.input);
      if (file.status === 'failed') {
        expect(row.getCell(1).formula).toBeUndefined();
        expect(row.getCell(2).value).toBe('Không kiểm tra được');
        expect(row.getCell(13).value).toBe(file.error);
      } else {
        expect(row.getCell(5).value).toBe(file.indicators);
        expect(row.getCell(10).value).toBe(file.findings.error);
      }
    });
    const links = rows.flatMap((row) => {
      const link = hyperlinkOf(row.getCell(1).formula);
      return link ? [link] : [];
    });
    expect(links.map((link) => link.target).sort()).toEqual(['huyen-a/bao-cao-checked.xlsx', 'huyen-b/bao-cao-checked.xlsx', 'quang-ninh-2020-checked.xlsx']);
    for (const link of links) {
      // Relative to the summary's own folder, so the links survive moving or sharing the folder.
      expect(path.isAbsolute(link.target)).toBe(false);
      const linked = await readWorkbook(path.join(outDir, link.target));
      expect(linked.getWorksheet('Tổng hợp'), link.target).toBeDefined();
    }
    const totalsRow = 5 + report.files.length;
    expect(sheet.getCell(totalsRow, 1).value).toBe('Tổng cộng');
    expect(sheet.getCell(totalsRow, 2).value).toBe('3/5 đã kiểm tra');
    expect(sheet.getCell(totalsRow, 5).value).toBe(report.totals.indicators);
    expect(sheet.autoFilter).toBe(`A4:N${4 + report.files.length}`);
  });

  it('prints one line per finished file when stdout is not a terminal, then the totals and where they went', () => {
    const lines = result.stdout.split('\n');
    const fileLines = lines.filter((line) => /^\[\d+\/5\] /.test(line));
    expect(fileLines).toHaveLength(5);
    expect(fileLines.map((line) => /^\[(\d+)\/5\]/.exec(line)![1])).toEqual(['1', '2', '3', '4', '5']);
    expect(fileLines.find((line) => line.includes('] hong.xlsx'))).toContain('KHÔNG KIỂM TRA ĐƯỢC');
    expect(fileLines.find((line) => line.includes('] huyen-a/bao-cao.xlsx'))).toMatch(/\d+ chỉ tiêu, \d+ lỗi, \d+ cảnh báo$/);
    expect(result.stdout).not.toContain('\r');
    expect(result.stdout).toContain('Tệp đã kiểm tra: 3; không đọc được chỉ tiêu nào: 0; không kiểm tra được: 2');
    expect(result.stdout).toContain(`Chỉ tiêu: ${report.totals.indicators} (đạt ${report.totals.byStatus.achieved},`);
    expect(result.stdout).toContain(`Phát hiện: ${report.totals.findings.error} lỗi,`);
    expect(result.stdout).toContain(path.join(outDir, 'batch-summary.xlsx'));
    expect(result.stdout).toContain(path.join(outDir, 'batch-report.json'));
  });
});

describe('a file of a batch in which no indicator could be read', () => {
  const temp = tempFolder();
  const inputs = path.join(temp.dir, 'bao-cao');
  const outDir = path.join(temp.dir, 'ket-qua');
  let result: Awaited<ReturnType<typeof run>>;
  let report: BatchReport;

  beforeAll(async () => {
    copyFixture('quang-ninh-2020.xlsx', path.join(inputs, 'quang-ninh-2020.xlsx'));
    // A cover letter: words, no indicator table.
    await workbookOf({ 'Công văn': [['Kính gửi: Cục Thống kê'], ['V/v gửi báo cáo tháng 11']] }).xlsx.writeFile(path.join(inputs, 'cong-van.xlsx'));
    result = await run([inputs, '--out-dir', outDir, '--jobs', '1']);
    report = JSON.parse(readFileSync(path.join(outDir, 'batch-report.json'), 'utf8')) as BatchReport;
  });
  afterAll(() => temp.remove());

  it('has its own status in the report, apart from the files checked, and its copy is still written', () => {
    expect(result.code, result.stderr).toBe(0);
    const byName = new Map(report.files.map((file) => [path.basename(file.input), file]));
    expect(byName.get('cong-van.xlsx')).toMatchObject({ status: 'nothing-read', output: 'cong-van-checked.xlsx', indicators: 0, sheetsSkipped: 1 });
    expect(byName.get('quang-ninh-2020.xlsx')).toMatchObject({ status: 'checked' });
    expect(report.totals).toMatchObject({ files: 2, checked: 1, nothingRead: 1, failed: 0 });
    expect(filesUnder(outDir)).toContain('cong-van-checked.xlsx');
  });

  it('is never counted as checked clean: its line, the totals and the summary workbook say nothing was read', async () => {
    const fileLine = result.stdout.split('\n').find((line) => line.includes('] cong-van.xlsx'));
    expect(fileLine).toContain('KHÔNG ĐỌC ĐƯỢC CHỈ TIÊU NÀO (1 biểu bỏ qua');
    expect(fileLine).not.toMatch(/0 lỗi, 0 cảnh báo$/);
    expect(result.stdout).toContain('Tệp đã kiểm tra: 1; không đọc được chỉ tiêu nào: 1; không kiểm tra được: 0');
    expect(result.stdout).toContain('  - cong-van.xlsx: Không biểu nào có bảng chỉ tiêu đọc được');
    const sheet = (await readWorkbook(path.join(outDir, 'batch-summary.xlsx'))).worksheets[0]!;
    const row = 5 + report.files.findIndex((file) => file.status === 'nothing-read');
    expect(sheet.getCell(row, 2).value).toBe('Không đọc được chỉ tiêu nào');
    expect(String(sheet.getCell(row, 13).value)).toContain('lý do từng biểu ở trang Tổng hợp của bản sao');
    expect(sheet.getCell(5 + report.files.length, 2).value).toBe('1/2 đã kiểm tra');
  });
});

describe('batch mode refuses wrong arguments with exit 2, writing nothing', () => {
  let temp: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    temp = tempFolder();
  });
  afterEach(() => temp.remove());

  async function expectRefusal(args: string[], ...phrases: string[]) {
    const before = filesUnder(temp.dir);
    const result = await run(args);
    expect(result.code, result.stderr).toBe(2);
    for (const phrase of phrases) expect(result.stderr).toContain(phrase);
    expect(filesUnder(temp.dir)).toEqual(before);
    expect(existsSync(path.join(temp.dir, 'out'))).toBe(false);
  }

  it('for --out or --json with a folder or several files', async () => {
    const folder = path.join(temp.dir, 'bao-cao');
    copyFixture('quang-ninh-2020.xlsx', path.join(folder, 'a.xlsx'));
    await expectRefusal([folder, '--out', path.join(temp.dir, 'x.xlsx')], '--out và --json chỉ dùng khi kiểm tra một tệp', '--out-dir');
    await expectRefusal([folder, '--out-dir', path.join(temp.dir, 'out'), '--json', 'r.json'], '--out và --json');
    await expectRefusal(['a.xlsx', 'b.xlsx', '--out', 'x.xlsx', '--lang', 'en'], '--out and --json are for checking one file');
  });

  it('for a folder or several files without --out-dir', async () => {
    const folder = path.join(temp.dir, 'bao-cao');
    copyFixture('quang-ninh-2020.xlsx', path.join(folder, 'a.xlsx'));
    await expectRefusal([folder], folder, 'là một thư mục', '--out-dir');
    await expectRefusal(['a.xlsx', 'b.xlsx'], 'một tệp', '--out-dir');
  });

  it('for no inputs, a bad --jobs, or --jobs without --out-dir', async () => {
    await expectRefusal(['--out-dir', path.join(temp.dir, 'out')], 'Chưa chỉ ra tệp hoặc thư mục');
    await expectRefusal(['a.xlsx', '--out-dir', path.join(temp.dir, 'out'), '--jobs', '0'], '--jobs', '"0"');
    await expectRefusal(['a.xlsx', '--out-dir', path.join(temp.dir, 'out'), '--jobs', 'two', '--lang', 'en'], '--jobs must be');
    await expectRefusal(['a.xlsx', '--jobs', '2'], '--jobs', '--out-dir');
  });

  it('for folders holding no workbook', async () => {
    const folder = path.join(temp.dir, 'trong');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'ghi-chu.txt'), 'không phải sổ làm việc');
    await expectRefusal([folder, '--out-dir', path.join(temp.dir, 'out')], 'Không tìm thấy sổ làm việc nào', folder);
  });
});

describe('where each checked copy goes', () => {
  let temp: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    temp = tempFolder();
  });
  afterEach(() => temp.remove());

  function touch(...parts: string[]): string {
    const file = path.join(temp.dir, ...parts);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '');
    return file;
  }

  it('keeps a folder searched alone as the root; with several inputs, each folder under its own name', async () => {
    touch('2023', 'tinh-a.xlsx');
    touch('2023', 'sub', 'tinh-b.xlsm');
    touch('2024', 'tinh-a.xlsx');
    const out = path.join(temp.dir, 'out');
    const alone = await collectBatchFiles([path.join(temp.dir, '2023')], out, 'vi');
    expect(alone.map((file) => [file.name, file.output])).toEqual([
      ['sub/tinh-b.xlsm', 'sub/tinh-b-checked.xlsx'],
      ['tinh-a.xlsx', 'tinh-a-checked.xlsx'],
    ]);
    const both = await collectBatchFiles([path.join(temp.dir, '2023'), path.join(temp.dir, '2024')], out, 'vi');
    expect(both.map((file) => file.output)).toEqual(['2023/sub/tinh-b-checked.xlsx', '2023/tinh-a-checked.xlsx', '2024/tinh-a-checked.xlsx']);
  });

  it('numbers files of the same name given from different folders, ignoring case, and checks a file given twice once', async () => {
    const a = touch('x', 'Bao-cao.xlsx');
    const b = touch('y', 'bao-cao.xlsx');
    const files = await collectBatchFiles([a, b, a], path.join(temp.dir, 'out'), 'vi');
    expect(files.map((file) => file.output)).toEqual(['Bao-cao-checked.xlsx', 'bao-cao (2)-checked.xlsx']);
  });

  it('never writes over an input in the output folder, and does not search the output folder', async () => {
    const folder = path.join(temp.dir, 'bao-cao');
    touch('bao-cao', 'a.xlsx');
    touch('bao-cao', 'ket-qua', 'a-checked.xlsx');
    touch('bao-cao', 'ket-qua', 'b.xlsx');
    const out = path.join(folder, 'ket-qua');
    expect((await collectBatchFiles([folder], out, 'vi')).map((file) => file.name)).toEqual(['a.xlsx']);
    // Given by name, an input inside the output folder is taken, and its output name steps aside.
    const named = await collectBatchFiles([path.join(out, 'b.xlsx'), path.join(temp.dir, 'z', 'b.xlsx')], out, 'vi');
    expect(named.map((file) => file.output)).toEqual(['b-checked.xlsx', 'b (2)-checked.xlsx']);
    const taken = await collectBatchFiles([path.join(out, 'b-checked.xlsx'), path.join(temp.dir, 'b.xlsx')], out, 'vi');
    expect(taken.map((file) => file.output)).toEqual(['b-checked-checked.xlsx', 'b (2)-checked.xlsx']);
  });
});

describe('the worker pool', () => {
  let temp: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    temp = tempFolder();
  });
  afterEach(() => temp.remove());

  it('reports a worker that crashes as that file failing, and checks the rest on a fresh worker', async () => {
    const inputs = ['a.xlsx', 'crash.xlsx', 'b.xlsx', 'throw.xlsx', 'c.xlsx'].map((name) => path.join(temp.dir, name));
    const done: string[] = [];
    const result = await runBatch(
      { inputs, outDir: path.join(temp.dir, 'out'), jobs: 1, language: 'vi', checkedAt, workerUrl: standInWorker },
      { onFileDone: (file) => done.push(`${file.name}:${file.outcome.status}`) },
    );
    expect(result.ok && result.exitCode).toBe(1);
    if (!result.ok) return;
    expect(done).toEqual(['a.xlsx:checked', 'crash.xlsx:failed', 'b.xlsx:checked', 'throw.xlsx:failed', 'c.xlsx:checked']);
    const failures = result.report.files.filter((file) => file.status === 'failed');
    expect(failures.map((file) => file.error)).toEqual([
      expect.stringMatching(/Bộ kiểm tra dừng đột ngột khi xử lý .*crash\.xlsx \(exit code 3\)/),
      expect.stringContaining('stand-in exploded'),
    ]);
    expect(result.report.totals).toMatchObject({ files: 5, checked: 3, failed: 2, indicators: 6 });
  });

  it('exits 1 and says so when the consolidated report cannot be written, after checking every file', async () => {
    const outDir = path.join(temp.dir, 'out');
    mkdirSync(path.join(outDir, 'batch-summary.xlsx'), { recursive: true });
    const result = await runBatch({ inputs: [path.join(temp.dir, 'a.xlsx')], outDir, jobs: 1, language: 'vi', checkedAt, workerUrl: standInWorker });
    expect(result.ok && result.exitCode).toBe(1);
    expect(result.ok && result.report.totals.checked).toBe(1);
    expect(result.ok && result.writeProblem).toContain(path.join(outDir, 'batch-summary.xlsx'));
    expect(filesUnder(outDir)).toEqual(['batch-report.json']);
  });

  it('exits 0 when every file was checked', async () => {
    const inputs = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((name) => path.join(temp.dir, name));
    const result = await runBatch({ inputs, outDir: path.join(temp.dir, 'out'), jobs: 2, language: 'en', checkedAt, workerUrl: standInWorker });
    expect(result.ok && result.exitCode).toBe(0);
    const summary = await readWorkbook(path.join(temp.dir, 'out', 'batch-summary.xlsx'));
    expect(summary.worksheets[0]!.name).toBe('Files');
  });
});

describe('how many files a batch checks at once without --jobs', () => {
  const GB = 1024 ** 3;
  const MB = 1024 ** 2;
  const idle = (cores: number, freeMemoryBytes: number) => ({ cores, loadAverage: 0, freeMemoryBytes });

  it('takes every idle core for the workbooks of a province office', () => {
    expect(defaultJobs(idle(8, 8 * GB), 0.9 * MB)).toBe(8);
  });

  it('takes fewer where the free memory would not hold a check of the largest workbook on every core', () => {
    // A 9 MB workbook of 100,000 rows peaks at about 0.7 GB held whole; 80 % of the free memory is used.
    expect(defaultJobs(idle(8, 4 * GB), 9 * MB)).toBe(4);
    expect(defaultJobs(idle(8, 2.5 * GB), 9 * MB)).toBe(2);
    expect(defaultJobs(idle(8, 1.5 * GB), 9 * MB)).toBe(1);
  });

  it('leaves the cores other programs are using', () => {
    expect(defaultJobs({ cores: 2, loadAverage: 1, freeMemoryBytes: 64 * GB }, 0.9 * MB)).toBe(1);
    expect(defaultJobs({ cores: 8, loadAverage: 2.6, freeMemoryBytes: 64 * GB }, 0.9 * MB)).toBe(5);
    expect(defaultJobs({ cores: 8, loadAverage: 0.4, freeMemoryBytes: 64 * GB }, 0.9 * MB)).toBe(8);
  });

  it('always checks one at a time at least, and never more than there are cores', () => {
    expect(defaultJobs(idle(4, 0), 9 * MB)).toBe(1);
    expect(defaultJobs({ cores: 2, loadAverage: 7, freeMemoryBytes: 64 * GB }, 0)).toBe(1);
    expect(defaultJobs(idle(2, 64 * GB), 0)).toBe(2);
  });
});

describe('progress on a terminal', () => {
  const done = (name: string, status: 'checked' | 'failed'): BatchFileResult => ({
    input: `/in/${name}`,
    output: name.replace('.xlsx', '-checked.xlsx'),
    name,
    outcome:
      status === 'failed'
        ? { status, error: 'hỏng' }
        : { status, counts: { sheetsChecked: 1, sheetsSkipped: 0, indicators: 3, byStatus: { achieved: 3, nearly: 0, missed: 0, noTarget: 0 }, findings: { error: 0, warning: 0, info: 0 } } },
  });

  it('redraws one line in place, and prints no line per file', () => {
    const writes: string[] = [];
    const lines: string[] = [];
    const progress = createProgress(4, 'vi', { stdout: (text) => lines.push(text) }, { write: (text) => writes.push(text), columns: () => 80 });
    progress.fileDone(done('tinh-a.xlsx', 'checked'));
    progress.fileDone(done('tinh-b.xlsx', 'failed'));
    progress.finish();
    expect(lines).toEqual([]);
    expect(writes).toEqual([
      '\r[....................] 0/4\x1b[K',
      '\r[#####...............] 1/4 tinh-a.xlsx\x1b[K',
      '\r[##########..........] 2/4 tinh-b.xlsx · 1 tệp không kiểm tra được\x1b[K',
      '\n',
    ]);
  });

  it('fits the line to a narrow terminal, keeping the end of the name', () => {
    const line = progressLine({ done: 12, total: 63, failed: 0, name: 'thu-muc-rat-dai/tinh-quang-ninh-2020.xlsx' }, 'en', 50);
    expect(line).toBe('[####................] 12/63 …uang-ninh-2020.xlsx');
    expect(line).toHaveLength(49);
  });

  it('shows a file name with its control characters escaped, on the bar and on the line per file', () => {
    const name = 'tinh\u001b[31m\u202eA.xlsx';
    expect(progressLine({ done: 1, total: 2, failed: 0, name }, 'en', 80)).toBe('[##########..........] 1/2 tinh\\x1b[31m\\u202eA.xlsx');
    expect(terminalText(fileLine(done(name, 'failed'), 1, 2, 'en'))).toBe('[1/2] tinh\\x1b[31m\\u202eA.xlsx: NOT CHECKED. hỏng');
  });

  it('draws the bar through the command line when stdout is a terminal', async () => {
    const temp = tempFolder();
    const writes: string[] = [];
    const missing = [path.join(temp.dir, 'khong-co.xlsx'), path.join(temp.dir, 'cung-khong-co.xlsx')];
    const result = await run([...missing, '--out-dir', path.join(temp.dir, 'out')], { write: (t) => writes.push(t), columns: () => 80 }).finally(
      () => temp.remove(),
    );
    // Neither input exists: both fail, each reported; the bar was drawn, no line per file was printed.
    expect(result.code).toBe(1);
    expect(writes.at(-2)).toContain('2/2');
    expect(result.stdout).not.toMatch(/^\[\d\/2\]/m);
    expect(result.stdout).toContain('Không tìm thấy tệp');
  });

  it('plans the summary in English too', () => {
    const plan = buildBatchPlan([done('a.xlsx', 'checked'), done('b.xlsx', 'failed')], 'en', checkedAt);
    const sheet = plan.sheets[0]!;
    expect(sheet.name).toBe('Files');
    expect(sheet.rows[3]![0]!.value).toBe('File');
    expect(sheet.rows[4]![0]).toMatchObject({ value: 'a.xlsx', externalLink: 'a-checked.xlsx' });
    expect(sheet.rows[5]![1]!.value).toBe('Not checked');
    expect(sheet.rows[6]!.slice(0, 3).map((cell) => cell.value)).toEqual(['Total', '1 of 2 checked', 1]);
  });
});
