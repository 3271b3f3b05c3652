/**
 * A smoke test of the benchmark's pieces at 1,000 rows, in this process: each step runs and the
 * table has its rows. Timings are printed by `npm run bench`, never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, writeWorkbookFile } from '../../src/bench/generate';
import { describeMachine, machineLine } from '../../src/bench/machine';
import { loadSnapshots, measureAddin, measureCli, measureEngine, measureFloor, measurePhases, median, saveSnapshots } from '../../src/bench/measure';
import { selfTimes } from '../../src/bench/profile';
import { formatTable, roundTripAllowance, TARGETS, type SizeResult } from '../../src/bench/table';

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
    result = {
      rows: 1_000,
      file,
      fileBytes: 1,
      sheets: saved.sheets,
      cells: saved.cells,
      planted: generated.planted.length,
      runs: 1,
      engine: [engine],
      cli: [await measureCli(file, path.join(dir, 'checked.xlsx'))],
      floor: [await measureFloor(file, path.join(dir, 'floor.xlsx'))],
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
    expect(result.cli[0]!.findings).toBe(engine!.findings);
    const addin = result.addin[0]!;
    expect(addin.failedSyncs).toBe(0);
    expect(addin.readRoundTrips).toBeGreaterThanOrEqual(2);
    expect(addin.writeRoundTrips).toBeGreaterThanOrEqual(2);
    expect(roundTripAllowance(addin)).toBeGreaterThanOrEqual(TARGETS.roundTripConstant);
  });

  it('prints a table with the machine, every figure and the targets', () => {
    const table = formatTable({ date: '2024-01-15 09:00', machine: describeMachine(), seed: 1, results: [result] });
    expect(table).toContain(machineLine(describeMachine()));
    for (const label of ['1,000 rows', 'rows/s, first call', 'peak RSS during the call', 'runCheck / floor', 'round trips (read + write)', 'largest request / response']) {
      expect(table).toContain(label);
    }
    expect(table).toMatch(/≥ 200,000 rows\/s/);
    expect(table).toMatch(/[✓✗]/);
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
