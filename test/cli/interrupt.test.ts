import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interruptRun, unlessInterrupted } from '../../src/cli/interrupt';
import { projectRoot } from '../../src/cli/paths';
import { WritesStoppedError, writeFileAtomic, writeFileAtomicFrom } from '../../src/cli/writeAtomic';
import { tempFolder, workbookOf } from '../helpers/workbooks';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.remove());

/** Every file under a folder, hidden ones too, as "a/b.xlsx". */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('an interrupted run, without a real signal', () => {
  it('gives up waiting for the run at once, even when the interruption came first', async () => {
    const controller = new AbortController();
    const never = new Promise<string>(() => undefined);
    const waiting = unlessInterrupted(never, controller.signal);
    controller.abort('SIGINT');
    expect(await waiting).toBeNull();
    expect(await unlessInterrupted(Promise.resolve('done'), controller.signal)).toBeNull();
    expect(await unlessInterrupted(Promise.resolve('done'), new AbortController().signal)).toBe('done');
  });

  // Last in this file: once interrupted, this process's writing is over.
  it('leaves no temporary file behind, gives the shell\'s exit codes and refuses any later write', async () => {
    const target = path.join(temp.dir, 'ket-qua.xlsx');
    // A write of the half-finished kind that Ctrl-C used to leave: started, not yet renamed.
    const contents = 'x'.repeat(8 * 1024 * 1024);
    const writing = writeFileAtomic(target, contents).catch((error: unknown) => error);
    expect(await interruptRun('SIGTERM')).toBe(143);
    await writing;
    expect(filesUnder(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The write under way ends whole (renamed) or not at all, never as a part.
    if (existsSync(target)) expect(readFileSync(target, 'utf8')).toBe(contents);
    expect(await interruptRun('SIGINT')).toBe(130);
    await expect(writeFileAtomicFrom(path.join(temp.dir, 'sau.xlsx'), () => undefined)).rejects.toBeInstanceOf(WritesStoppedError);
    expect(filesUnder(temp.dir).filter((name) => name !== 'ket-qua.xlsx')).toEqual([]);
  });
});

describe('Ctrl-C during a batch, as the user runs it', () => {
  it('stops with exit 130 and one line, leaves no temporary file, keeps the sources and reports the files finished', { timeout: 120_000 }, async () => {
    const inputs = path.join(temp.dir, 'vao');
    mkdirSync(inputs);
    const rows = Array.from({ length: 4000 }, (_, i) => [`Chỉ tiêu ${i + 1}`, i * 3, i * 2, i]);
    const names = Array.from({ length: 8 }, (_, i) => `tinh-${i + 1}.xlsx`);
    for (const name of names) await workbookOf({ 'Biểu 01': [['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Năm trước'], ...rows] }).xlsx.writeFile(path.join(inputs, name));
    const sources = new Map(names.map((name) => [name, readFileSync(path.join(inputs, name))]));
    const outDir = path.join(temp.dir, 'ra');

    const child = spawn(process.execPath, ['scripts/check.mjs', inputs, '--out-dir', outDir, '--jobs', '1'], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // Interrupted after the first file is done, while the next one is being checked or written.
      if (/^\[1\/8\]/m.test(stdout)) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));

    expect(code, stderr).toBe(130);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Đã dừng theo yêu cầu \(SIGINT\) sau \d\/8 tệp; không để lại tệp ghi dở\. Báo cáo các tệp đã xong: /);
    expect(lines[0]).toContain(path.join(outDir, 'batch-report.json'));
    expect(filesUnder(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    for (const [name, bytes] of sources) expect(readFileSync(path.join(inputs, name)), name).toEqual(bytes);

    const report = JSON.parse(readFileSync(path.join(outDir, 'batch-report.json'), 'utf8')) as { interrupted: boolean; files: { status: string; output: string }[] };
    expect(report.interrupted).toBe(true);
    expect(report.files.length).toBeGreaterThanOrEqual(1);
    expect(report.files.length).toBeLessThan(8);
    for (const file of report.files) {
      // The file whose check was stopped is not there as a failure: it was not finished.
      expect(file.status).not.toBe('failed');
      expect(existsSync(path.join(outDir, file.output)), file.output).toBe(true);
    }
    expect(existsSync(path.join(outDir, 'batch-summary.xlsx'))).toBe(true);
  });
});
