/**
 * A whole process timed from outside, as a user waits for it: wall time from start to exit, CPU
 * (user + system) and peak resident memory, the last two from GNU time (/usr/bin/time), which
 * reads them from the kernel when the process ends. CPU and memory count the process and every
 * child it waited for (LibreOffice's soffice starts soffice.bin), memory as the largest one's.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface ProcessTime {
  seconds: number;
  /** NaN where GNU time is not installed. */
  cpuSeconds: number;
  peakRssBytes: number;
}

const gnuTime = '/usr/bin/time';
/** Elapsed, user and system seconds, maximum resident set in KiB. */
const FORMAT = 'BENCH_TIME %e %U %S %M';

/** The figures of GNU time's report (its last line in FORMAT), or null. */
export function parseGnuTime(report: string): Omit<ProcessTime, 'seconds'> | null {
  const match = /^BENCH_TIME (\S+) (\S+) (\S+) (\d+)\s*$/m.exec(report);
  if (!match) return null;
  return { cpuSeconds: Number(match[2]) + Number(match[3]), peakRssBytes: Number(match[4]) * 1024 };
}

/** Runs the command to its end; its figures, or what went wrong (exit code and its last words). */
export async function timeProcess(command: string, args: readonly string[], cwd: string): Promise<{ ok: true; value: ProcessTime } | { ok: false; error: string }> {
  const timed = existsSync(gnuTime);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-time-'));
  const report = path.join(dir, 'time.txt');
  try {
    const [file, argv] = timed ? [gnuTime, ['-f', FORMAT, '-o', report, command, ...args]] : [command, [...args]];
    const started = performance.now();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const proc = spawn(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      proc.on('error', (error) => resolve({ code: null, stderr: error.message }));
      proc.on('close', (exitCode) => resolve({ code: exitCode, stderr }));
    });
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) return { ok: false, error: `exit code ${code}: ${stderr.trim().split('\n').slice(-2).join(' | ')}` };
    const figures = timed ? parseGnuTime(await readFile(report, 'utf8').catch(() => '')) : null;
    return { ok: true, value: { seconds, cpuSeconds: figures?.cpuSeconds ?? NaN, peakRssBytes: figures?.peakRssBytes ?? NaN } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The program's path on PATH, or null (LibreOffice is often not installed). */
export function onPath(program: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, program))) return path.join(dir, program);
  }
  return null;
}
