/** The benchmark's figures as a readable table: one column per workbook size. Figures only, no targets. */
import type { Machine } from './machine';
import { machineLine } from './machine';
import { median, type AddinResult, type EngineResult, type FloorResult, type PhasesResult, type StepFigures } from './measure';
import type { ProcessTime } from './processTime';

export interface SizeResult {
  rows: number;
  file: string;
  fileBytes: number;
  sheets: number;
  cells: number;
  planted: number;
  runs: number;
  engine: EngineResult[];
  /** The check as the user runs it: the bundle by plain node, a fresh process, timed from outside. */
  check: ProcessTime[];
  floor: FloorResult[];
  /** LibreOffice headless converting the file; null when soffice is not installed. */
  libreOffice: ProcessTime[] | null;
  phases: PhasesResult[];
  addin: AddinResult[];
  /** Steps that failed (out of memory, say), with what they said. */
  errors: string[];
}

export interface BenchReport {
  date: string;
  machine: Machine;
  seed: number;
  results: SizeResult[];
}

/** The check's median wall time and CPU over another tool's, on the same file in the same run. */
export interface Ratio {
  wall: number;
  cpu: number;
}

export interface Ratios {
  /** Over ExcelJS loading the file and saving it again. */
  excelJs: Ratio;
  /** Over LibreOffice headless opening it (a conversion); NaN when soffice is not installed. */
  libreOffice: Ratio;
}

export function checkRatios(r: Pick<SizeResult, 'check' | 'floor' | 'libreOffice'>): Ratios {
  const wall = med(r.check, (c) => c.seconds);
  const cpu = med(r.check, (c) => c.cpuSeconds);
  const lo = r.libreOffice ?? [];
  return {
    excelJs: { wall: wall / med(r.floor, (f) => f.seconds), cpu: cpu / med(r.floor, (f) => f.cpuSeconds) },
    libreOffice: { wall: wall / med(lo, (l) => l.seconds), cpu: cpu / med(lo, (l) => l.cpuSeconds) },
  };
}

const MiB = 2 ** 20;
const count = (n: number): string => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
const mib = (bytes: number): string => (Number.isFinite(bytes) ? `${count(bytes / MiB)} MiB` : '–');

export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds < 1) return `${(seconds * 1000).toFixed(seconds < 0.01 ? 1 : 0)} ms`;
  return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
}

const times = (ratio: number): string => (Number.isFinite(ratio) ? `${ratio.toFixed(ratio < 10 ? 2 : 0)}×` : '–');

function ratioCell(ratio: Ratio): string {
  return `${times(ratio.wall)} / ${times(ratio.cpu)}`;
}

function stepCell(phases: readonly PhasesResult[], pick: (p: PhasesResult) => StepFigures): string {
  if (phases.length === 0) return '–';
  const at = (f: (s: StepFigures) => number): number => med(phases, (p) => f(pick(p)));
  return `${duration(at((s) => s.seconds))} · ${duration(at((s) => s.cpuSeconds))} · ${mib(at((s) => s.peakRssBytes))}`;
}

/** The median of one figure over the runs; NaN when no run gave it. */
function med<T>(items: readonly T[], pick: (item: T) => number | null | undefined): number {
  return median(items.map(pick).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));
}

interface Line {
  label: string;
  cells: string[];
}

export function formatTable(report: BenchReport): string {
  const { results } = report;
  const lines: (Line | string)[] = [];
  const row = (label: string, cell: (r: SizeResult) => string): void => {
    lines.push({ label, cells: results.map((r) => cell(r)) });
  };
  const none = (r: SizeResult, list: readonly unknown[]): boolean => list.length === 0 && r.runs > 0;

  lines.push('Workbook');
  row('  sheets / rows / cells', (r) => `${r.sheets} / ${count(r.rows)} / ${count(r.cells)}`);
  row('  file size', (r) => mb(r.fileBytes));
  row('  planted / findings', (r) => `${r.planted} / ${r.engine[0]?.findings ?? '–'}`);

  lines.push('The check as the user runs it: node dist-cli/bin/soat-chi-tieu.mjs FILE --out OUT (fresh process, start-up included)');
  row('  wall / CPU', (r) => (none(r, r.check) ? 'failed' : `${duration(med(r.check, (c) => c.seconds))} / ${duration(med(r.check, (c) => c.cpuSeconds))}`));
  row('  peak RSS (whole process)', (r) => mib(med(r.check, (c) => c.peakRssBytes)));
  row('  peak RSS ÷ file size', (r) => times(med(r.check, (c) => c.peakRssBytes) / r.fileBytes));

  lines.push('ExcelJS: load the file and save it again (in a fresh process; its start not counted)');
  row('  wall / CPU', (r) => (none(r, r.floor) ? 'failed' : `${duration(med(r.floor, (f) => f.seconds))} / ${duration(med(r.floor, (f) => f.cpuSeconds))}`));
  row('    load / save', (r) => `${duration(med(r.floor, (f) => f.loadSeconds))} / ${duration(med(r.floor, (f) => f.saveSeconds))}`);
  row('  peak RSS (whole process)', (r) => mib(med(r.floor, (f) => f.peakRssBytes)));

  lines.push('LibreOffice headless: soffice --convert-to csv (start, load every sheet, write the first as CSV, exit)');
  const office = (r: SizeResult, cell: (list: ProcessTime[]) => string): string => (r.libreOffice === null ? 'no soffice' : none(r, r.libreOffice) ? 'failed' : cell(r.libreOffice));
  row('  wall / CPU', (r) => office(r, (l) => `${duration(med(l, (x) => x.seconds))} / ${duration(med(l, (x) => x.cpuSeconds))}`));
  row('  peak RSS (largest process)', (r) => office(r, (l) => mib(med(l, (x) => x.peakRssBytes))));

  lines.push('The check over each, wall / CPU');
  row('  ÷ ExcelJS load + save', (r) => ratioCell(checkRatios(r).excelJs));
  row('  ÷ LibreOffice open', (r) => (r.libreOffice === null ? 'no soffice' : ratioCell(checkRatios(r).libreOffice)));

  lines.push("The check's steps in one process (wall · CPU · peak RSS during the step)");
  row('  read the .xlsx into snapshots', (r) => stepCell(r.phases, (p) => p.read));
  row('  engine', (r) => stepCell(r.phases, (p) => p.engine));
  row('  plan the summary sheets', (r) => stepCell(r.phases, (p) => p.plan));
  row('  build the checked copy', (r) => stepCell(r.phases, (p) => p.build));
  row('  write it', (r) => stepCell(r.phases, (p) => p.write));
  lines.push('The same five steps again in that process (warm: no start-up, nothing left to compile), wall / CPU');
  row('  all five', (r) => (r.phases.length ? `${duration(med(r.phases, (p) => p.warm.seconds))} / ${duration(med(r.phases, (p) => p.warm.cpuSeconds))}` : '–'));
  row('  ÷ ExcelJS load + save / ÷ LibreOffice open (wall)', (r) => {
    const warm = med(r.phases, (p) => p.warm.seconds);
    const office = r.libreOffice === null ? 'no soffice' : times(warm / med(r.libreOffice, (l) => l.seconds));
    return `${times(warm / med(r.floor, (f) => f.seconds))} / ${office}`;
  });

  lines.push('Engine: checkWorkbook on the snapshots (reading excluded)');
  row('  time, first call in a fresh process', (r) => duration(med(r.engine, (e) => e.seconds)));
  row('  rows/s, first call', (r) => (none(r, r.engine) ? 'failed' : count(r.rows / med(r.engine, (e) => e.seconds))));
  // Warm: the same call again in the same process, as a batch worker checks its next file; the
  // first call also pays for compiling the engine.
  row('  rows/s, warm (later calls)', (r) => {
    const rate = r.rows / med(r.engine, (e) => e.warmSeconds);
    return Number.isFinite(rate) ? count(rate) : '–';
  });
  row('  peak RSS during the call', (r) => mib(med(r.engine, (e) => e.peakRssBytes)));
  row('  RSS before (node + snapshots)', (r) => mib(med(r.engine, (e) => e.rssBeforeBytes)));
  row('  heap used: before → peak', (r) => `${mib(med(r.engine, (e) => e.heapBeforeBytes))} → ${mib(med(r.engine, (e) => e.peakHeapBytes))}`);

  lines.push('Add-in: readSheets + writeSummary on the Excel host double');
  row('  round trips (read + write)', (r) => {
    const a = r.addin[0];
    if (!a) return none(r, r.addin) ? 'failed' : '–';
    return `${a.readRoundTrips} + ${a.writeRoundTrips} = ${a.readRoundTrips + a.writeRoundTrips}`;
  });
  row('  requests / responses, in all', (r) => (r.addin[0] ? `${mb(r.addin[0].requestBytes)} / ${mb(r.addin[0].responseBytes)}` : '–'));
  row('  largest request / response', (r) => (r.addin[0] ? `${mb(r.addin[0].maxRequestBytes)} / ${mb(r.addin[0].maxResponseBytes)}` : '–'));
  row('  failed syncs (over 5 MB)', (r) => (r.addin[0] ? String(r.addin[0].failedSyncs) : '–'));
  row('  time in adapter + double: read / write', (r) => `${duration(med(r.addin, (a) => a.readSeconds))} / ${duration(med(r.addin, (a) => a.writeSeconds))}`);

  const header: Line = { label: '', cells: results.map((r) => `${count(r.rows)} rows`) };
  const all = [header, ...lines.filter((l): l is Line => typeof l !== 'string')];
  const labelWidth = Math.max(...all.map((l) => l.label.length)) + 2;
  const widths = results.map((_, i) => Math.max(...all.map((l) => l.cells[i]?.length ?? 0)) + 3);
  const render = (line: Line): string =>
    (line.label.padEnd(labelWidth) + line.cells.map((c, i) => c.padStart(widths[i]!)).join('')).trimEnd();

  const runs = [...new Set(results.map((r) => r.runs))].join('/');
  const out: string[] = [
    `Indicator Check benchmark, ${report.date}`,
    `Machine: ${machineLine(report.machine)}`,
    `Workbooks generated from seed ${report.seed} (src/bench/generate.ts); each figure is the median of ${runs} runs, each run a fresh node process per step.`,
    '',
    render(header),
  ];
  for (const line of lines) out.push(typeof line === 'string' ? line : render(line));
  const errors = results.flatMap((r) => r.errors.map((e) => `  ${count(r.rows)} rows: ${e}`));
  if (errors.length > 0) out.push('', 'Failed steps:', ...errors);
  return out.join('\n');
}
