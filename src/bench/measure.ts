/**
 * One measured step of the benchmark. bench.ts runs each step in a fresh `node` process
 * (`node --expose-gc --import tsx src/bench/measure.ts STEP …`), so that no step's memory or JIT
 * warm-up leaks into another's figures; the step prints one line "BENCH_RESULT {json}".
 *
 *   snapshot  read the .xlsx with the command line's reader and save the snapshots (v8.serialize)
 *   engine    checkWorkbook on the saved snapshots: time, peak RSS and peak heap of that call alone
 *   phases    runCheck's steps one by one (read, engine, plan, build the copy, write): the time,
 *             CPU and peak memory of each (where the command line's time goes); then all five
 *             again in the same process, warm
 *   floor     ExcelJS alone: load the file and save it again
 *   addin     the add-in's reads and writes on the Excel host double: round trips and bytes
 *
 * The whole check as the user runs it is timed from outside (bench.ts, processTime.ts). The
 * functions are exported too, for the smoke test.
 */
import '../cli/compilerBudget';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import ExcelJS from 'exceljs';
import { createOfficeWorkbookAccess } from '../adapters/officejs';
import { withPlannedSheets } from '../adapters/xlsxPackage/plannedSheetsPackage';
import { readXlsxFile } from '../adapters/xlsxReader/readXlsx';
import { writeFileAtomicFrom } from '../cli/writeAtomic';
import { checkWorkbook, wordResult } from '../core';
import { buildSummaryPlan } from '../summaryPlan';
import { defaultSettings, type WorkbookSnapshot } from '../core/model';
import { doubleFromSnapshots } from '../hostDouble';
import { peakRssBytes, resetPeakRss } from './machine';
import { selfTimes, type CpuProfile, type SelfTime } from './profile';

/** When the checks "ran": fixed, so every run writes the same summary sheets. */
const CHECKED_AT = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));
const settings = { ...defaultSettings, language: 'vi' as const };

export const RESULT_PREFIX = 'BENCH_RESULT ';

const now = (): number => performance.now() / 1000;

// ---- snapshot ------------------------------------------------------------------------------------

export interface SnapshotResult {
  sheets: number;
  cells: number;
  bytes: number;
}

/** Reads the workbook as the command line does and saves its snapshots for the engine step. */
export async function saveSnapshots(file: string, target: string): Promise<SnapshotResult> {
  const snapshot: WorkbookSnapshot = { name: path.basename(file), sheets: (await readXlsxFile(file)).sheets };
  const buffer = v8.serialize(snapshot);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, buffer);
  const cells = snapshot.sheets.reduce((sum, sheet) => sum + sheet.values.reduce((n, row) => n + row.length, 0), 0);
  return { sheets: snapshot.sheets.length, cells, bytes: buffer.length };
}

export async function loadSnapshots(source: string): Promise<WorkbookSnapshot> {
  return v8.deserialize(await readFile(source)) as WorkbookSnapshot;
}

// ---- engine --------------------------------------------------------------------------------------

export interface EngineResult {
  rows: number;
  seconds: number;
  /** The median of the calls after the first, in the same process (JIT warm); null if none. */
  warmSeconds: number | null;
  /** Resident set when the call began (node, tsx, the snapshots), and its peak during the call. */
  rssBeforeBytes: number;
  peakRssBytes: number;
  /** "call": the peak of the call alone (Linux); "process": the whole process's peak (elsewhere). */
  peakRssScope: 'call' | 'process';
  heapBeforeBytes: number;
  peakHeapBytes: number;
  indicators: number;
  findings: number;
  skippedSheets: number;
  profile?: SelfTime[];
}

/**
 * Times one cold checkWorkbook call and measures its memory. A timer cannot sample memory during
 * a synchronous call, so: the resident set's high-water mark is reset just before the call and
 * read just after (Linux, see resetPeakRss); the heap's peak is the largest used size V8 reports
 * before any collection during the call (v8.GCProfiler records every GC, even inside synchronous
 * code), or the size after the call if that is larger. Call it in a fresh process for a cold figure.
 */
export function measureEngine(snapshot: WorkbookSnapshot, options: { rows: number; warmRuns?: number; profile?: boolean }): EngineResult {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const session = options.profile ? startProfile() : null;
  const scoped = resetPeakRss();
  const profiler = new v8.GCProfiler();
  profiler.start();

  const started = now();
  const { report } = checkWorkbook(snapshot, settings);
  const seconds = now() - started;

  const gcs = profiler.stop();
  const peakRss = peakRssBytes();
  const profile = session ? stopProfile(session) : undefined;
  const usedBefore = gcs.statistics.map((s) => usedHeapSize(s.beforeGC.heapStatistics));
  const peakHeap = Math.max(process.memoryUsage().heapUsed, ...usedBefore);

  const warm: number[] = [];
  for (let i = 0; i < (options.warmRuns ?? 0); i++) {
    const t = now();
    checkWorkbook(snapshot, settings);
    warm.push(now() - t);
  }
  return {
    rows: options.rows,
    seconds,
    warmSeconds: warm.length > 0 ? median(warm) : null,
    rssBeforeBytes: rssBefore,
    peakRssBytes: peakRss,
    peakRssScope: scoped ? 'call' : 'process',
    heapBeforeBytes: heapBefore,
    peakHeapBytes: peakHeap,
    indicators: report.indicators.length,
    findings: report.findings.length,
    skippedSheets: report.sheets.filter((s) => s.status === 'skipped').length,
    ...(profile && { profile: selfTimes(profile).slice(0, 40) }),
  };
}

/** GCProfiler names the fields in camelCase; @types/node types them as getHeapStatistics does. */
function usedHeapSize(statistics: unknown): number {
  const s = statistics as { usedHeapSize?: number; used_heap_size?: number };
  return s.usedHeapSize ?? s.used_heap_size ?? 0;
}

/** The inspector's sampling profiler, in this process (its calls complete synchronously here). */
function startProfile(): Session {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  return session;
}

function stopProfile(session: Session): CpuProfile {
  let profile: CpuProfile | null = null;
  session.post('Profiler.stop', (error, result) => {
    if (!error) profile = result.profile as unknown as CpuProfile;
  });
  session.disconnect();
  if (!profile) throw new Error('The CPU profile did not come back');
  return profile;
}

// ---- the command line's steps ---------------------------------------------------------------------

/** One step's wall time, CPU (user + system) and peak resident memory while it ran. */
export interface StepFigures {
  seconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
}

export interface PhasesResult {
  read: StepFigures;
  engine: StepFigures;
  plan: StepFigures;
  build: StepFigures;
  write: StepFigures;
  /**
   * The five steps run again in the same process, in all: what the check costs once V8 has compiled
   * it and node has started (as a batch worker's later files), the least a fresh run could take.
   */
  warm: { seconds: number; cpuSeconds: number };
}

/** Runs one step and measures it; the peak is the step's own where Linux lets it be reset. */
async function step<T>(run: () => T | Promise<T>): Promise<{ value: T; figures: StepFigures }> {
  resetPeakRss();
  const cpu = process.cpuUsage();
  const started = now();
  const value = await run();
  const seconds = now() - started;
  const used = process.cpuUsage(cpu);
  return { value, figures: { seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssBytes: peakRssBytes() } };
}

/** runCheck's steps one by one (the same functions, without its checks of paths), then all of them again, warm. */
export async function measurePhases(file: string, out: string): Promise<PhasesResult> {
  await mkdir(path.dirname(out), { recursive: true });
  const first = await checkSteps(file, out);
  const cpu = process.cpuUsage();
  const started = now();
  await checkSteps(file, out);
  const used = process.cpuUsage(cpu);
  return { ...first, warm: { seconds: now() - started, cpuSeconds: (used.user + used.system) / 1e6 } };
}

async function checkSteps(file: string, out: string): Promise<Omit<PhasesResult, 'warm'>> {
  const read = await step(() => readXlsxFile(file));
  const { bytes, sheets, sheetNames } = read.value;
  const engine = await step(() => checkWorkbook({ name: path.basename(file), sheets }, settings));
  const plan = await step(() => buildSummaryPlan(wordResult(engine.value, 'vi'), { existingSheetNames: sheetNames, checkedAt: CHECKED_AT }));
  // As runCheck: the new sheets are laid out, then written as a stream into the copy.
  const build = await step(() => withPlannedSheets(bytes, plan.value.sheets));
  const write = await step(() => writeFileAtomicFrom(out, (sink) => build.value.writeTo(sink)));
  return { read: read.figures, engine: engine.figures, plan: plan.figures, build: build.figures, write: write.figures };
}

export interface FloorResult {
  seconds: number;
  /** Of the load and the save, not of starting the process. */
  cpuSeconds: number;
  loadSeconds: number;
  saveSeconds: number;
  peakRssBytes: number;
}

/** What ExcelJS alone takes to load the file and save it again: the least the command line can take. */
export async function measureFloor(file: string, out: string): Promise<FloorResult> {
  await mkdir(path.dirname(out), { recursive: true });
  const cpu = process.cpuUsage();
  const started = now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const loaded = now();
  await writeFile(out, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const saved = now();
  const used = process.cpuUsage(cpu);
  return { seconds: saved - started, cpuSeconds: (used.user + used.system) / 1e6, loadSeconds: loaded - started, saveSeconds: saved - loaded, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}

// ---- add-in --------------------------------------------------------------------------------------

export interface AddinResult {
  readRoundTrips: number;
  writeRoundTrips: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  failedSyncs: number;
  /** Time spent in the adapter and the double (no Excel), for what it is worth. */
  readSeconds: number;
  writeSeconds: number;
}

/**
 * The add-in's path on the Excel host double holding the workbook: read every sheet, check,
 * write the summary sheets. The double measures each sync's request and response (the JSON of
 * what was queued and of what was loaded) and fails any sync over 5 MB, as Excel on the web does.
 */
export async function measureAddin(file: string): Promise<AddinResult> {
  const host = doubleFromSnapshots((await readXlsxFile(file)).sheets, { workbookName: path.basename(file) });
  const names = host.sheetNames();
  host.resetStats();
  const access = createOfficeWorkbookAccess(host.run, { supports: host.requirements.supports });

  let started = now();
  const snapshot = await access.readSheets(names);
  const readSeconds = now() - started;
  const readRoundTrips = host.syncs.length;

  const result = checkWorkbook(snapshot, settings);
  const plan = buildSummaryPlan(wordResult(result, 'vi'), { existingSheetNames: names, checkedAt: CHECKED_AT });
  started = now();
  await access.writeSummary(plan);
  const writeSeconds = now() - started;

  const syncs = host.syncs;
  return {
    readRoundTrips,
    writeRoundTrips: syncs.length - readRoundTrips,
    requestBytes: syncs.reduce((sum, s) => sum + s.requestBytes, 0),
    responseBytes: syncs.reduce((sum, s) => sum + s.responseBytes, 0),
    maxRequestBytes: host.maxRequestBytes,
    maxResponseBytes: host.maxResponseBytes,
    failedSyncs: syncs.filter((s) => s.error !== null).length,
    readSeconds,
    writeSeconds,
  };
}

// ---- helpers and the child's entry point --------------------------------------------------------

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      file: { type: 'string' },
      out: { type: 'string' },
      snap: { type: 'string' },
      rows: { type: 'string' },
      warm: { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
  });
  const step = positionals[0];
  const need = (value: string | undefined, name: string): string => {
    if (value === undefined) throw new Error(`${step} needs --${name}`);
    return value;
  };
  let result: unknown;
  switch (step) {
    case 'snapshot':
      result = await saveSnapshots(need(values.file, 'file'), need(values.snap, 'snap'));
      break;
    case 'engine': {
      const snapshot = await loadSnapshots(need(values.snap, 'snap'));
      result = measureEngine(snapshot, { rows: Number(need(values.rows, 'rows')), warmRuns: Number(values.warm ?? 0), profile: values.profile });
      break;
    }
    case 'phases':
      result = await measurePhases(need(values.file, 'file'), need(values.out, 'out'));
      break;
    case 'floor':
      result = await measureFloor(need(values.file, 'file'), need(values.out, 'out'));
      break;
    case 'addin':
      result = await measureAddin(need(values.file, 'file'));
      break;
    default:
      throw new Error(`Unknown step "${step}": snapshot, engine, phases, floor or addin`);
  }
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
