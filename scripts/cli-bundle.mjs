/**
 * The command line as one bundle run by plain node: dist-cli/bin/soat-chi-tieu.mjs (the `bin` of
 * package.json) and dist-cli/bin/batchWorker.mjs (the batch's worker threads). Started through tsx,
 * the command line paid about 1.5 s of CPU per process before any work; the bundle starts in a
 * fraction of that and loads no compiler.
 *
 *   node scripts/cli-bundle.mjs            builds the bundle (npm run build:cli)
 *
 * ensureCliBundle() builds it only when missing or older than any of its inputs. The inputs are
 * the files esbuild itself read for the last build (its metafile, kept beside the bundle), so an
 * edited source, a changed dependency or a new import (which edits an input) all rebuild it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Two folders deep, as src/cli is: src/cli/paths.ts finds the project from its own URL.
export const bundleDir = path.join(root, 'dist-cli', 'bin');
export const cliBundle = path.join(bundleDir, 'soat-chi-tieu.mjs');
const metafile = path.join(bundleDir, 'meta.json');
/** Files that shape the bundle without being read by it. */
const buildInputs = [fileURLToPath(import.meta.url), path.join(root, 'package.json')];

/** Whether the bundle is missing or older than anything it was built from. */
export function cliBundleIsStale() {
  if (!existsSync(cliBundle) || !existsSync(metafile)) return true;
  const built = statSync(cliBundle).mtimeMs;
  let inputs;
  try {
    inputs = Object.keys(JSON.parse(readFileSync(metafile, 'utf8')).inputs).map((file) => path.resolve(root, file));
  } catch {
    return true;
  }
  return [...inputs, ...buildInputs].some((file) => !existsSync(file) || statSync(file).mtimeMs > built);
}

export async function buildCliBundle() {
  // Loaded only to build: a run with a fresh bundle does not pay for esbuild.
  const esbuild = await import('esbuild');
  const { chmod, rename, rm, writeFile } = await import('node:fs/promises');
  // Built aside, then put in place whole: two checks started at once never run half a bundle, and
  // the last build's chunks (named by hash) do not pile up.
  const staging = `${bundleDir}-${process.pid}`;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { 'soat-chi-tieu': 'src/cli/check.ts', batchWorker: 'src/cli/batchWorker.ts', sheetWorker: 'src/cli/sheetWorker.ts' },
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Both entry points share the checker; one copy of it, in a chunk both load.
    splitting: true,
    chunkNames: 'shared-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    // Packages written as CommonJS call require(); an ES module has none of its own.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as soatCreateRequire } from 'node:module';\nconst require = soatCreateRequire(import.meta.url);" },
  });
  // Runnable as it is, as package.json's `bin` (npm link) runs it.
  await chmod(path.join(staging, path.basename(cliBundle)), 0o755);
  await writeFile(path.join(staging, path.basename(metafile)), JSON.stringify({ inputs: result.metafile.inputs }));
  await rm(bundleDir, { recursive: true, force: true });
  try {
    await rename(staging, bundleDir);
  } catch (error) {
    // Another process put its build in place first: use that one.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(cliBundle)) throw error;
  }
}

/** Builds the bundle when it is stale; its path. */
export async function ensureCliBundle() {
  if (cliBundleIsStale()) await buildCliBundle();
  return cliBundle;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await buildCliBundle();
}
