import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { USAGE_DATA_GROUP, runUsageDataOffCli, turnUsageDataOff, usageDataOffText } from '../../src/tools/usageDataOff';
import { tempFolder } from '../helpers/workbooks';

let temp: ReturnType<typeof tempFolder>;
let file: string;
beforeEach(() => {
  temp = tempFolder();
  file = path.join(temp.dir, 'home', 'office-addin-usage-data.json');
});
afterEach(() => temp.remove());

const read = (): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('usageDataOffText', () => {
  it('creates the setting the office-addin tools read when there is no file', () => {
    const result = usageDataOffText(undefined);
    expect(result.ok && JSON.parse(result.text)).toEqual({ usageDataInstances: { [USAGE_DATA_GROUP]: { usageDataLevel: 'off' } } });
  });

  it('treats an empty file and "undefined" as no file, as the tools do', () => {
    for (const text of ['', 'undefined', '  \n']) {
      const result = usageDataOffText(text);
      expect(result.ok && JSON.parse(result.text)).toEqual({ usageDataInstances: { [USAGE_DATA_GROUP]: { usageDataLevel: 'off' } } });
    }
  });

  it('switches "on" to "off" and keeps everything else', () => {
    const current = JSON.stringify({
      other: [1, 2],
      usageDataInstances: {
        [USAGE_DATA_GROUP]: { usageDataLevel: 'on', somethingElse: true },
        'generator-office': { usageDataLevel: 'on' },
        deviceID: 'abc',
      },
    });
    const result = usageDataOffText(current);
    expect(result.ok && result.changed).toBe(true);
    expect(result.ok && JSON.parse(result.text)).toEqual({
      other: [1, 2],
      usageDataInstances: {
        [USAGE_DATA_GROUP]: { usageDataLevel: 'off', somethingElse: true },
        'generator-office': { usageDataLevel: 'on' },
        deviceID: 'abc',
      },
    });
  });

  it('leaves a file that already says "off" untouched', () => {
    const current = '{"usageDataInstances":{"office-addin-usage-data":{"usageDataLevel":"off"}}}';
    expect(usageDataOffText(current)).toEqual({ ok: true, text: current, changed: false });
  });

  it('refuses a file it cannot understand rather than overwrite it', () => {
    expect(usageDataOffText('{not json').ok).toBe(false);
    expect(usageDataOffText('[1]').ok).toBe(false);
    expect(usageDataOffText('{"usageDataInstances": 3}').ok).toBe(false);
    expect(usageDataOffText('{"usageDataInstances": {"office-addin-usage-data": "on"}}').ok).toBe(false);
  });
});

describe('turnUsageDataOff on a file', () => {
  it('creates the file (and its folder), then finds it already off', () => {
    expect(turnUsageDataOff(file)).toEqual({ ok: true, changed: true });
    expect(read()).toEqual({ usageDataInstances: { [USAGE_DATA_GROUP]: { usageDataLevel: 'off' } } });
    expect(turnUsageDataOff(file)).toEqual({ ok: true, changed: false });
    expect(readdirSync(path.dirname(file))).toEqual(['office-addin-usage-data.json']);
  });

  it('merges into an existing file', () => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ usageDataInstances: { deviceID: 'x', [USAGE_DATA_GROUP]: { usageDataLevel: 'on' } } }));
    turnUsageDataOff(file);
    expect(read()).toEqual({ usageDataInstances: { deviceID: 'x', [USAGE_DATA_GROUP]: { usageDataLevel: 'off' } } });
  });

  it('the command line prints one line naming the file; a broken file is exit code 1 and stays as it was', () => {
    const out: string[] = [];
    const err: string[] = [];
    expect(runUsageDataOffCli(file, (line) => out.push(line), (line) => err.push(line))).toBe(0);
    expect(out).toEqual([`Usage data of the office-addin tools is off (set in ${file}).`]);
    writeFileSync(file, '{broken');
    expect(runUsageDataOffCli(file, (line) => out.push(line), (line) => err.push(line))).toBe(1);
    expect(err[0]).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe('{broken');
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
  });
});

describe('the office-addin tools read it as off', () => {
  it('office-addin-usage-data 1.x, as office-addin-debugging 5.1 loads it, reads "off" from the file in HOME', () => {
    const home = path.join(temp.dir, 'home');
    expect(turnUsageDataOff(path.join(home, 'office-addin-usage-data.json')).ok).toBe(true);
    // Its settings functions only (no usage-data object is created, so nothing can be sent).
    const script = `
      const { createRequire } = require('node:module');
      const fromDebugging = createRequire(require.resolve('office-addin-debugging'));
      const usageData = fromDebugging('office-addin-usage-data');
      console.log(JSON.stringify({
        version: fromDebugging('office-addin-usage-data/package.json').version,
        file: usageData.usageDataJsonFilePath,
        prompt: usageData.needToPromptForUsageData(usageData.groupName),
        settings: usageData.readUsageDataSettings(usageData.groupName),
      }));`;
    const run = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, HOME: home, USERPROFILE: home }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const seen = JSON.parse(run.stdout) as { version: string; file: string; prompt: boolean; settings: unknown };
    expect(seen.version).toMatch(/^1\./);
    expect(path.resolve(seen.file)).toBe(path.join(home, 'office-addin-usage-data.json'));
    expect(seen.prompt).toBe(false);
    expect(seen.settings).toEqual({ usageDataLevel: 'off' });
  });
});
