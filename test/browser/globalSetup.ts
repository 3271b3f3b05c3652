import { spawn } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/** Where the browser tests find the built add-in and preview (out/ is git-ignored). */
export const builds = {
  addin: path.resolve('out/browser/addin'),
  preview: path.resolve('out/browser/preview'),
};

function webpack(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['webpack', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`webpack ${args.join(' ')} failed (${code}):\n${stderr}`))));
  });
}

/** Builds the task pane as the add-in ships it, and the development preview, once for the whole browser suite. */
export default async function setup(project: TestProject): Promise<void> {
  await Promise.all([
    webpack(['--mode', 'development', '--output-path', builds.addin]),
    // Production, as users run the pane: the long run's main-thread blocks are timed on it.
    webpack(['--env', 'preview', '--mode', 'production', '--output-path', builds.preview]),
  ]);
  project.provide('builds', builds);
}

declare module 'vitest' {
  export interface ProvidedContext {
    builds: typeof builds;
  }
}
