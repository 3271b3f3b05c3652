/**
 * The CPU profile of one engine run, summed up: self time per function (file:function), the
 * figure that says where the engine spends its time. The profile comes from the inspector
 * (Profiler.start before checkWorkbook, Profiler.stop after), so it holds the engine alone.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of a V8 CPU profile (.cpuprofile, Profiler.Profile) used here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  /** "src/core/values/textFigure.ts:readTextFigure" */
  name: string;
  milliseconds: number;
  /** Of all samples. */
  share: number;
}

/** Self time per function, largest first. */
export function selfTimes(profile: CpuProfile, root = process.cwd()): SelfTime[] {
  const nodeName = new Map(profile.nodes.map((node) => [node.id, nameOf(node.callFrame, root)]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample stands for the time until the next one.
  for (let i = 0; i < samples.length; i++) {
    const name = nodeName.get(samples[i]!) ?? '(unknown)';
    const micros = deltas[i + 1] ?? 0;
    totals.set(name, (totals.get(name) ?? 0) + micros);
  }
  const all = [...totals.values()].reduce((sum, micros) => sum + micros, 0) || 1;
  return [...totals.entries()]
    .map(([name, micros]) => ({ name, milliseconds: micros / 1000, share: micros / all }))
    .sort((a, b) => b.milliseconds - a.milliseconds);
}

function nameOf(frame: CpuProfile['nodes'][number]['callFrame'], root: string): string {
  const fn = frame.functionName || '(anonymous)';
  if (!frame.url) return fn;
  let file = frame.url;
  try {
    if (file.startsWith('file:')) file = path.relative(root, fileURLToPath(file));
  } catch {
    // Keep the URL as it is.
  }
  file = file.replace(/\\/g, '/').replace(/^.*node_modules\//, 'node_modules/');
  return `${file}:${fn}`;
}

export function formatSelfTimes(times: readonly SelfTime[], count: number): string {
  const top = times.slice(0, count);
  const width = Math.max(...top.map((t) => t.name.length), 8);
  return top
    .map((t, i) => `${String(i + 1).padStart(3)}. ${t.name.padEnd(width)}  ${t.milliseconds.toFixed(0).padStart(7)} ms  ${(t.share * 100).toFixed(1).padStart(5)} %`)
    .join('\n');
}
