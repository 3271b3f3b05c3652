/**
 * Turns off the usage data of the office-addin command-line tools (office-addin-debugging 5.1 and the
 * tools it runs use office-addin-usage-data 1.x). They read ~/office-addin-usage-data.json:
 *
 *   { "usageDataInstances": { "office-addin-usage-data": { "usageDataLevel": "off" }, … } }
 *
 * and send nothing when the level of their group, "office-addin-usage-data", is "off". Other content of
 * the file is kept. Runs before `npm start`, `npm run dev-server` and `npm run validate`.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The group the office-addin tools read (office-addin-usage-data/lib/defaults.js). */
export const USAGE_DATA_GROUP = 'office-addin-usage-data';

/** Where the tools look: the user's home folder (office-addin-usage-data/lib/defaults.js). */
export function defaultUsageDataPath(): string {
  return join(homedir(), 'office-addin-usage-data.json');
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type UsageDataOffResult = { ok: true; text: string; changed: boolean } | { ok: false; message: string };

/**
 * The file's new text with the group's level "off", from its current text (undefined when there is no
 * file; "" and "undefined" count as no file, as the tools treat them). Everything else is kept.
 */
export function usageDataOffText(current: string | undefined): UsageDataOffResult {
  let data: JsonObject = {};
  const existing = current?.trim();
  if (existing !== undefined && existing !== '' && existing !== 'undefined') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(existing);
    } catch (error) {
      return { ok: false, message: `it is not valid JSON (${(error as Error).message}); fix or delete it` };
    }
    if (!isObject(parsed)) return { ok: false, message: 'it does not hold a JSON object; fix or delete it' };
    data = parsed;
  }
  const instances = data.usageDataInstances ?? {};
  if (!isObject(instances)) return { ok: false, message: '"usageDataInstances" is not an object; fix or delete the file' };
  const group = instances[USAGE_DATA_GROUP] ?? {};
  if (!isObject(group)) return { ok: false, message: `"usageDataInstances.${USAGE_DATA_GROUP}" is not an object; fix or delete the file` };
  if (group.usageDataLevel === 'off' && current !== undefined) return { ok: true, text: current, changed: false };
  const next: JsonObject = { ...data, usageDataInstances: { ...instances, [USAGE_DATA_GROUP]: { ...group, usageDataLevel: 'off' } } };
  return { ok: true, text: `${JSON.stringify(next, null, 2)}\n`, changed: true };
}

/** Reads, merges and (when needed) writes the file at `filePath`; the file is replaced in one rename. */
export function turnUsageDataOff(filePath: string): { ok: true; changed: boolean } | { ok: false; message: string } {
  const current = existsSync(filePath) ? readFileSync(filePath, 'utf8') : undefined;
  const result = usageDataOffText(current);
  if (!result.ok) return result;
  if (result.changed) {
    mkdirSync(dirname(filePath), { recursive: true });
    const temporary = `${filePath}.${process.pid}.tmp`;
    writeFileSync(temporary, result.text, 'utf8');
    renameSync(temporary, filePath);
  }
  return { ok: true, changed: result.changed };
}

export function runUsageDataOffCli(filePath: string, out: (line: string) => void, err: (line: string) => void): number {
  let result: ReturnType<typeof turnUsageDataOff>;
  try {
    result = turnUsageDataOff(filePath);
  } catch (error) {
    result = { ok: false, message: (error as Error).message };
  }
  if (!result.ok) {
    err(`Could not turn off the office-addin tools' usage data in ${filePath}: ${result.message}`);
    return 1;
  }
  out(`Usage data of the office-addin tools is off (${result.changed ? 'set' : 'already set'} in ${filePath}).`);
  return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  process.exitCode = runUsageDataOffCli(
    defaultUsageDataPath(),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}
