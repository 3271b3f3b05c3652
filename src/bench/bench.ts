/**
 * npm run bench [-- --rows 1000,10000,100000] [--runs N] [--seed 1] [--json FILE] [--profile]
 *
 * Measures, per workbook size (--rows, the indicator rows of a generated workbook; --sizes is the
 * old name), the median of several runs (5 below 100,000 rows, 3 from there), and prints as
 * figures, with no targets of their own:
 * - the check as the user runs it: the command line's bundle by plain node, a fresh process per
 *   run, wall and CPU (start-up included) and peak memory, timed from outside (processTime.ts);
 * - ExcelJS loading the same file and saving it again;
 * - LibreOffice headless opening it, where soffice is installed: `soffice --convert-to csv` has to
 *   load every sheet before it writes the first one as CSV and exits, so that whole command is
 *   timed (a profile of its own in out/bench, made by one untimed run first);
 * - the check's time over each of the two, wall and CPU;
 * - the check's steps in one process (read, engine, plan, build the copy, write): time, CPU, peak;
 *   then all five again in that process, warm: the least a fresh run could take;
 * - the engine alone: rows per second on a first call and warm, peak memory;
 * - the add-in's round trips and payloads on the Excel host double.
 * Every figure also goes to out/bench/results.json. On the two-core development machine `--runs 3`
 * takes about seven minutes, `--runs 2` about four; `--rows 1000,10000 --runs 3` about a minute.
 *
 * Method: each measured step runs in its own fresh `node` process (src/bench/measure.ts), in turn
 * (engine, ExcelJS, check, LibreOffice, steps, add-in) for each run, so that steps neither share a
 * heap nor a JIT warm-up nor a peak of memory. A synchronous call cannot be sampled with a timer, so
 * the engine's peak RSS is the kernel's high-water mark, reset just before the call (Linux), and
 * its peak heap comes from v8.GCProfiler; see measureEngine. The generated workbooks are cached in
 * out/bench and regenerated when missing; the snapshots the engine step reads are taken afresh each
 * time, with the command line's own reader.
 *
 * --profile also profiles one engine run at the largest size (inspector CPU profile of the call
 * alone) and prints the functions with the most self time. Benchmarks print figures; the tests
 * never assert timings.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchFileName, type GeneratedSheetInfo, type PlantedIssue } from './generate';
import { describeMachine } from './machine';
import { RESULT_PREFIX, type EngineResult, type SnapshotResult } from './measure';
import { onPath, timeProcess, type ProcessTime } from './processTime';
import { formatSelfTimes } from './profile';
import { formatTable, type BenchReport, type SizeResult } from './table';
import { ensureCliBundle } from '../../scripts/cli-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchDir = path.join(root, 'out', 'bench');
const scratchDir = path.join(benchDir, 'tmp');

interface Options {
  sizes: number[];
  /** The bundle the check runs as, and soffice where installed. */
  bundle: string;
  soffice: string | null;
  runs: number | null;
  seed: number;
  json: string;
  profile: boolean;
}

function parseOptions(argv: readonly string[]): Omit<Options, 'bundle'> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      rows: { type: 'string', default: '1000,10000,100000' },
      sizes: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      json: { type: 'string', default: path.join(benchDir, 'results.json') },
      profile: { type: 'boolean', default: false },
    },
  });
  const list = values.sizes ?? values.rows;
  const sizes = list.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--rows takes whole numbers: ${list}`);
  const runs = values.runs === undefined ? null : Number(values.runs);
  if (runs !== null && (!Number.isInteger(runs) || runs < 1)) throw new Error(`--runs takes a whole number: ${values.runs}`);
  return { sizes, runs, seed: Number(values.seed), json: values.json, profile: values.profile, soffice: onPath('soffice') };
}

/** Where LibreOffice keeps its settings for the bench, apart from the user's own. */
const officeProfile = path.join(benchDir, 'libreoffice-profile');

/** LibreOffice opening the file: converting it to CSV, which loads every sheet, then exiting. */
function openInLibreOffice(soffice: string, file: string): Promise<{ ok: true; value: ProcessTime } | { ok: false; error: string }> {
  const args = [`-env:UserInstallation=${pathToFileURL(officeProfile).href}`, '--headless', '--convert-to', 'csv', '--outdir', path.join(scratchDir, 'libreoffice'), file];
  return timeProcess(soffice, args, root);
}

/** Runs one step in a fresh node process; its result, or what went wrong. */
async function child<T>(script: string, args: readonly string[], nodeOptions: readonly string[] = []): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [...nodeOptions, '--expose-gc', '--import', 'tsx', script, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('close', (code, signal) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code === 0 && line) {
        resolve({ ok: true, value: JSON.parse(line.slice(RESULT_PREFIX.length)) as T });
        return;
      }
      const why = /heap out of memory/i.test(stderr) ? 'out of memory' : signal ? `killed by ${signal}` : `exit code ${code}`;
      const detail = stderr.trim().split('\n').filter(Boolean).slice(-3).join(' | ');
      resolve({ ok: false, error: `${why}${detail ? `: ${detail}` : ''}` });
    });
  });
}

const measureScript = path.join(root, 'src', 'bench', 'measure.ts');

interface Manifest {
  rows: number;
  seed: number;
  sheets: GeneratedSheetInfo[];
  planted: PlantedIssue[];
}

/** The cached workbook for this size and seed, generated (in a child with room to build it) if missing. */
async function workbookFor(rows: number, seed: number): Promise<{ file: string; manifest: Manifest }> {
  const file = path.join(benchDir, benchFileName(rows, seed));
  const manifestFile = file.replace(/\.xlsx$/, '.json');
  if (!existsSync(file) || !existsSync(manifestFile)) {
    log(`generating ${path.relative(root, file)} …`);
    const generator = path.join(root, 'src', 'bench', 'generate.ts');
    const done = await new Promise<number | null>((resolve) => {
      const proc = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', generator, '--rows', String(rows), '--seed', String(seed), '--out', file], {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      proc.on('close', resolve);
    });
    if (done !== 0) throw new Error(`Generating ${file} failed (exit code ${done})`);
  }
  return { file, manifest: JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest };
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function measureSize(rows: number, options: Options): Promise<SizeResult> {
  const { file, manifest } = await workbookFor(rows, options.seed);
  const base = path.basename(file, '.xlsx');
  const snap = path.join(scratchDir, `${base}.snap`);
  const out = (step: string): string => path.join(scratchDir, `${base}-${step}.xlsx`);
  const errors: string[] = [];
  const note = (step: string, error: string): void => {
    errors.push(`${step}: ${error}`);
    log(`  ${step} failed: ${error}`);
  };

  log(`${rows.toLocaleString('en-US')} rows: reading the snapshots …`);
  const snapshot = await child<SnapshotResult>(measureScript, ['snapshot', '--file', file, '--snap', snap]);
  if (!snapshot.ok) throw new Error(`Could not read ${file}: ${snapshot.error}`);

  const runs = options.runs ?? (rows >= 100_000 ? 3 : 5);
  const result: SizeResult = {
    rows,
    file: path.relative(root, file),
    fileBytes: (await stat(file)).size,
    sheets: manifest.sheets.length,
    cells: snapshot.value.cells,
    planted: manifest.planted.length,
    runs,
    engine: [],
    check: [],
    floor: [],
    libreOffice: options.soffice ? [] : null,
    phases: [],
    addin: [],
    errors,
  };
  for (let run = 1; run <= runs; run++) {
    log(`  run ${run} of ${runs}`);
    const engine = await child<EngineResult>(measureScript, ['engine', '--snap', snap, '--rows', String(rows), '--warm', '2']);
    if (engine.ok) result.engine.push(engine.value);
    else note('engine', engine.error);
    const floor = await child<SizeResult['floor'][number]>(measureScript, ['floor', '--file', file, '--out', out('floor')]);
    if (floor.ok) result.floor.push(floor.value);
    else note('floor', floor.error);
    const check = await timeProcess(process.execPath, [options.bundle, file, '--out', out('checked')], root);
    if (check.ok) result.check.push(check.value);
    else note('check', check.error);
    if (options.soffice) {
      const office = await openInLibreOffice(options.soffice, file);
      if (office.ok) result.libreOffice?.push(office.value);
      else note('LibreOffice', office.error);
    }
    const phases = await child<SizeResult['phases'][number]>(measureScript, ['phases', '--file', file, '--out', out('phases')]);
    if (phases.ok) result.phases.push(phases.value);
    else note('phases', phases.error);
    const addin = await child<SizeResult['addin'][number]>(measureScript, ['addin', '--file', file]);
    if (addin.ok) result.addin.push(addin.value);
    else note('addin', addin.error);
    if (run === 1 && errors.length >= 5) break;
  }
  return result;
}

async function main(): Promise<void> {
  const options: Options = { ...parseOptions(process.argv.slice(2)), bundle: await ensureCliBundle() };
  await mkdir(scratchDir, { recursive: true });
  if (!options.soffice) log('soffice is not installed: LibreOffice is left out');
  else if (!existsSync(officeProfile)) {
    // LibreOffice's first start makes its profile, which takes seconds: not part of opening a file.
    log('starting LibreOffice once to make its profile …');
    const first = await openInLibreOffice(options.soffice, (await workbookFor(options.sizes[0]!, options.seed)).file);
    if (!first.ok) log(`  LibreOffice failed: ${first.error}`);
  }
  const machine = describeMachine();
  const results: SizeResult[] = [];
  for (const rows of options.sizes) results.push(await measureSize(rows, options));
  const report: BenchReport = { date: new Date().toISOString().slice(0, 16).replace('T', ' '), machine, seed: options.seed, results };
  process.stdout.write(`\n${formatTable(report)}\n`);

  let profileText: string | null = null;
  if (options.profile) {
    const largest = Math.max(...options.sizes);
    const base = path.basename(benchFileName(largest, options.seed), '.xlsx');
    log(`profiling the engine at ${largest.toLocaleString('en-US')} rows …`);
    const profiled = await child<EngineResult>(measureScript, ['engine', '--snap', path.join(scratchDir, `${base}.snap`), '--rows', String(largest), '--profile']);
    if (profiled.ok && profiled.value.profile) {
      profileText = formatSelfTimes(profiled.value.profile, 15);
      process.stdout.write(
        `\nEngine CPU profile at ${largest.toLocaleString('en-US')} rows (one call, ${profiled.value.seconds.toFixed(2)} s with the profiler on): self time by function\n${profileText}\n`,
      );
    } else if (!profiled.ok) log(`profiling failed: ${profiled.error}`);
  }
  await mkdir(path.dirname(options.json), { recursive: true });
  await writeFile(options.json, `${JSON.stringify({ ...report, ...(profileText && { profile: profileText }) }, null, 1)}\n`);
  log(`figures written to ${path.relative(root, options.json)}`);
}

await main();
