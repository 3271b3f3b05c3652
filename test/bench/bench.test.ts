/**
 * A smoke test of the benchmark's pieces at 1,000 rows, in this process: each step runs and the
 * table has its rows. Timings are printed by `npm run bench`, never asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, writeWorkbookFile } from '../../src/bench/generate';
import { describeMachine, machineLine } from '../../src/bench/machine';
import { loadSnapshots, measureAddin, measureEngine, measureFloor, measurePhases, median, saveSnapshots } from '../../src/bench/measure';
import { parseGnuTime, timeProcess, type ProcessTime } from '../../src/bench/processTime';
import { selfTimes } from '../../src/bench/profile';
import { checkRatios, formatTable, type SizeResult } from '../../src/bench/table';
import { ensureCliBundle } from '../../scripts/cli-bundle.mjs';

describe('the benchmark at 1,000 rows', () => {
  let dir: string;
  let result: SizeResult;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
    const generated = generate({ rows: 1_000, seed: 1 });
    const file = path.join(dir, 'indicators-1000.xlsx');
    await writeWorkbookFile(generated.workbook, file);
    const snap = path.join(dir, 'snapshots.bin');
    const saved = await saveSnapshots(file, snap);
    const engine = measureEngine(await loadSnapshots(snap), { rows: 1_000, warmRuns: 1, profile: true });
    const check = await timeProcess(process.execPath, [await ensureCliBundle(), file, '--out', path.join(dir, 'checked.xlsx'), '--json', path.join(dir, 'report.json')], dir);
    if (!check.ok) throw new Error(check.error);
    result = {
      rows: 1_000,
      file,
      fileBytes: 1,
      sheets: saved.sheets,
      cells: saved.cells,
      planted: generated.planted.length,
      runs: 1,
      engine: [engine],
      check: [check.value],
      floor: [await measureFloor(file, path.join(dir, 'floor.xlsx'))],
      libreOffice: null,
      phases: [await measurePhases(file, path.join(dir, 'phases.xlsx'))],
      addin: [await measureAddin(file)],
      errors: [],
    };
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('measures every step', () => {
    const [engine] = result.engine;
    expect(engine!.findings).toBeGreaterThanOrEqual(result.planted);
    expect(engine!.skippedSheets).toBe(0);
    expect(engine!.peakRssBytes).toBeGreaterThan(0);
    expect(engine!.peakHeapBytes).toBeGreaterThanOrEqual(engine!.heapBeforeBytes);
    expect(engine!.profile!.length).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { findings: unknown[] };
    expect(report.findings.length).toBe(engine!.findings);
    expect(result.check[0]!.seconds).toBeGreaterThan(0);
    const { warm, ...steps } = result.phases[0]!;
    for (const step of Object.values(steps)) expect(step.peakRssBytes).toBeGreaterThan(0);
    expect(warm.seconds).toBeGreaterThan(0);
    expect(warm.cpuSeconds).toBeGreaterThan(0);
    const addin = result.addin[0]!;
    expect(addin.failedSyncs).toBe(0);
    expect(addin.readRoundTrips).toBeGreaterThanOrEqual(2);
    expect(addin.writeRoundTrips).toBeGreaterThanOrEqual(2);
  });

  it('prints a table with the machine and every figure, without targets', () => {
    const table = formatTable({ date: '2024-01-15 09:00', machine: describeMachine(), seed: 1, results: [result] });
    expect(table).toContain(machineLine(describeMachine()));
    for (const label of ['1,000 rows', 'rows/s, first call', 'rows/s, warm', 'peak RSS during the call', '÷ ExcelJS load + save', 'build the checked copy', 'all five', 'round trips (read + write)']) {
      expect(table).toContain(label);
    }
    expect(table).toMatch(/÷ LibreOffice open\s+no soffice/);
    expect(table).not.toMatch(/[✓✗≥≤]|target/);
  });

  it('takes medians and sums a profile by function', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const times = selfTimes({
      nodes: [
        { id: 1, callFrame: { functionName: 'a', url: 'file:///x/src/a.ts', lineNumber: 0 } },
        { id: 2, callFrame: { functionName: '', url: '', lineNumber: 0 } },
      ],
      startTime: 0,
      endTime: 30,
      samples: [1, 1, 2],
      timeDeltas: [0, 10, 10, 10],
    }, '/x');
    expect(times[0]).toMatchObject({ name: 'src/a.ts:a', milliseconds: 0.02 });
  });
});

describe("the benchmark's arithmetic", () => {
  const run = (seconds: number, cpuSeconds: number): ProcessTime => ({ seconds, cpuSeconds, peakRssBytes: 1 });
  const floor = (seconds: number, cpuSeconds: number) => ({ seconds, cpuSeconds, loadSeconds: 0, saveSeconds: 0, peakRssBytes: 1 });

  it('divides the median check by the median of each other tool, wall and CPU apart', () => {
    const ratios = checkRatios({
      check: [run(9, 8), run(3, 2), run(4, 3)],
      floor: [floor(10, 8), floor(8, 6)],
      libreOffice: [run(5, 6)],
    });
    expect(ratios.excelJs).toEqual({ wall: 4 / 9, cpu: 3 / 7 });
    expect(ratios.libreOffice).toEqual({ wall: 0.8, cpu: 0.5 });
  });

  it('gives no ratio where a tool did not run', () => {
    const ratios = checkRatios({ check: [run(4, 3)], floor: [], libreOffice: null });
    expect(ratios.excelJs.wall).toBeNaN();
    expect(ratios.libreOffice.cpu).toBeNaN();
  });

  it("reads GNU time's figures, after a line about the exit status", () => {
    expect(parseGnuTime('Command exited with non-zero status 1\nBENCH_TIME 2.50 1.75 0.25 2048\n')).toEqual({ cpuSeconds: 2, peakRssBytes: 2048 * 1024 });
    expect(parseGnuTime('')).toBeNull();
  });
});
