/** The machine a benchmark ran on, and the memory figures of the running process. */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() || 'unknown CPU',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryBytes: os.totalmem(),
    os: `${distribution() ?? os.type()} (${os.type()} ${os.release()}, ${os.arch()})`,
    node: process.version,
  };
}

export function machineLine(machine: Machine): string {
  const memory = `${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB`;
  return `${machine.cpu} · ${machine.cores} cores · ${memory} RAM · ${machine.os} · Node ${machine.node}`;
}

/** "Debian GNU/Linux 12 (bookworm)" on Linux; null elsewhere. */
function distribution(): string | null {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * Peak resident memory of this process from now on. Linux keeps the high-water mark of the
 * resident set (VmHWM) and lets a process reset it to the current size by writing 5 to
 * /proc/self/clear_refs; so a step measured after a reset reports its own peak, not the peak of
 * what the process did before (reading the workbook, say). Elsewhere the reset is not possible
 * and the figure is the peak of the whole process (getrusage's maxRSS).
 */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The resident set's high-water mark, in bytes (since the last reset, where resets work). */
export function peakRssBytes(): number {
  try {
    const kilobytes = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kilobytes) return Number(kilobytes) * 1024;
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS * 1024;
}
