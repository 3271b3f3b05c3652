/**
 * Broken and hostile workbooks, each built here, given to the command line as a user runs it (the
 * bundle by plain node, a fresh process) with its heap capped: every one must end within 30 s with
 * exit 0 (a checked copy) or 2 (a one-line message naming the file), never a crash or a stack trace,
 * nothing left behind, the input's bytes unchanged. The same files in one batch end the same way.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle } from '../../scripts/cli-bundle.mjs';
import { entryText, newEntry, readZip, writeZip } from '../../src/adapters/xlsxPackage/zipArchive';
import { readLimits } from '../../src/adapters/xlsxReader/readLimits';
import { rawPackage, sheetData } from '../adapters/xlsxReader/rawPackage';
import { ENCRYPTED_XLSX_BYTES, LEGACY_XLS_BYTES } from '../helpers/files';
import { tempFolder } from '../helpers/workbooks';

/** A table the engine reads: heading, one indicator with plan and actual. */
const TABLE = [
  '<c r="A1" t="inlineStr"><is><t>Chỉ tiêu</t></is></c><c r="B1" t="inlineStr"><is><t>Kế hoạch</t></is></c><c r="C1" t="inlineStr"><is><t>Thực hiện</t></is></c>',
  '<c r="A2" t="inlineStr"><is><t>Sản lượng lúa</t></is></c><c r="B2"><v>10</v></c><c r="C2"><v>12</v></c>',
];

function workbook(rows: readonly (string | { r: number; cells: string })[], after = ''): Uint8Array {
  return rawPackage({ sheets: [{ name: 'Biểu 01', body: sheetData(rows) + after }] });
}

/** The table's package with its sheet part replaced by `content`, stated as `statedSize` bytes. */
function withSheetPart(content: Buffer, statedSize?: number): Uint8Array {
  const entry = newEntry('xl/worksheets/sheet1.xml', content);
  return writeZip(readZip(workbook(TABLE)).map((original) => (original.name.endsWith('sheet1.xml') ? { ...entry, size: statedSize ?? entry.size } : original)));
}

/** The table's package with its content types part replaced by `content`, or left out. */
function withContentTypes(content: string | null): Uint8Array {
  const entries = readZip(workbook(TABLE));
  return writeZip(content === null ? entries.filter((entry) => entry.name !== '[Content_Types].xml') : entries.map((entry) => (entry.name === '[Content_Types].xml' ? newEntry(entry.name, content) : entry)));
}

/** The table's package with `part` rewritten by `change`, and `extra` entries added. */
function withPart(part: string, change: (text: string) => string | Buffer, extra: Record<string, string> = {}): Uint8Array {
  const entries = readZip(workbook(TABLE)).map((entry) => (entry.name === part ? newEntry(part, change(entryText(entry))) : entry));
  return writeZip([...entries, ...Object.entries(extra).map(([name, content]) => newEntry(name, content))]);
}

/** The table's package with the compressed bytes of its content types cut short: the deflate stream ends early. */
function withCutContentTypes(): Uint8Array {
  const entries = readZip(workbook(TABLE)).map((entry) => (entry.name === '[Content_Types].xml' ? { ...entry, stored: entry.stored.subarray(0, entry.stored.length >> 1) } : entry));
  return writeZip(entries);
}

const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('UTF-8', 'UTF-16'), 'utf16le')]);
const withDoctype = (text: string): string => text.replace('?>', '?><!DOCTYPE workbook [<!ENTITY x "y">]>');

interface HostileCase {
  file: string;
  make: () => Uint8Array | Buffer;
  /** Checked (exit 0, a copy written) or refused (exit 2, a message holding `says`). */
  ends: 'checked' | 'refused';
  says?: string;
}

const merges = (count: number) => `<mergeCells count="${count}">${Array.from({ length: count }, (_, i) => `<mergeCell ref="E${2 * i + 5}:F${2 * i + 6}"/>`).join('')}</mergeCells>`;
const zipBomb = () => Buffer.alloc(readLimits.partBytes + 1, 0x20);

const CASES: HostileCase[] = [
  { file: 'o-xa.xlsx', make: () => workbook([...TABLE, { r: 1_048_576, cells: '<c r="XFD1048576"><v>1</v></c>' }]), ends: 'refused', says: 'XFD1048576' },
  { file: 'bom-zip.xlsx', make: () => withSheetPart(zipBomb()), ends: 'refused', says: 'bom zip' },
  { file: 'bom-zip-noi-doi.xlsx', make: () => withSheetPart(zipBomb(), 2048), ends: 'refused', says: 'bom zip' },
  { file: 'rac.xlsx', make: () => Buffer.from('không phải sổ làm việc'), ends: 'refused', says: 'bị hỏng' },
  { file: 'cut.xlsx', make: () => workbook(TABLE).subarray(0, 200), ends: 'refused', says: 'bị hỏng' },
  { file: 'kieu-rong.xlsx', make: () => withContentTypes(''), ends: 'refused', says: 'bị hỏng' },
  { file: 'kieu-cut.xlsx', make: () => withContentTypes('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Ext'), ends: 'refused', says: 'bị hỏng' },
  { file: 'kieu-nen-hong.xlsx', make: withCutContentTypes, ends: 'refused', says: 'bị hỏng' },
  {
    // 2.5 million <Default> entries, 100 MB unpacked: a tree of them would take gigabytes.
    file: 'kieu-khong-lo.xlsx',
    make: () => withContentTypes(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${'<Default Extension="a" ContentType="b"/>'.repeat(2_500_000)}</Types>`),
    ends: 'refused',
    says: '[Content_Types].xml',
  },
  { file: 'khong-kieu.xlsx', make: () => withContentTypes(null), ends: 'refused', says: 'bị hỏng' },
  { file: 'xls-doi-ten.xlsx', make: () => LEGACY_XLS_BYTES, ends: 'refused', says: 'Lưu thành .xlsx' },
  { file: 'mat-khau.xlsx', make: () => ENCRYPTED_XLSX_BYTES, ends: 'refused', says: 'mật khẩu' },
  { file: 'kieu-utf16.xlsx', make: () => withPart('[Content_Types].xml', utf16), ends: 'checked' },
  { file: 'doctype.xlsx', make: () => withPart('xl/workbook.xml', withDoctype), ends: 'checked' },
  { file: 'ten-nguy-hiem.xlsx', make: () => withPart('xl/workbook.xml', (text) => text, { '../../evil.txt': 'x', '/abs.txt': 'y' }), ends: 'checked' },
  { file: 'merge-lon.xlsx', make: () => workbook(TABLE, '<mergeCells count="1"><mergeCell ref="J1:XFD1048576"/></mergeCells>'), ends: 'checked' },
  { file: 'nhieu-merge.xlsx', make: () => workbook(TABLE, merges(50_000)), ends: 'checked' },
  { file: 'cot-xa.xlsx', make: () => workbook([...TABLE, { r: 3, cells: '<c r="XFD3"><v>1</v></c>' }]), ends: 'checked' },
  {
    file: 'long-nhau.xlsx',
    make: () => workbook([...TABLE, { r: 3, cells: `<c r="C3"><f>${'('.repeat(4_000)}1${')'.repeat(4_000)}</f><v>1</v></c>` }]),
    ends: 'checked',
  },
];

/** Heap cap for each run: with V8's own overhead and the bundle, the process stays under 500 MB. */
const HEAP_MB = 400;

let temp: ReturnType<typeof tempFolder>;
let bundle: string;
beforeAll(async () => {
  temp = tempFolder();
  bundle = await ensureCliBundle();
  for (const hostile of CASES) writeFileSync(path.join(temp.dir, hostile.file), hostile.make());
}, 60_000);
afterAll(() => temp.remove());

function runBundle(args: string[]) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, bundle, ...args], { cwd: temp.dir, encoding: 'utf8', timeout: 30_000 });
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

describe('hostile workbooks, one at a time', () => {
  it.each(CASES)('$file: $ends within 30 s, on one line, nothing left behind', (hostile) => {
    const input = path.join(temp.dir, hostile.file);
    const bytes = readFileSync(input);
    const output = path.join(temp.dir, `out-${hostile.file}`);
    const before = readdirSync(temp.dir).sort();
    const run = runBundle([input, '--out', output]);
    expect(run.signal, run.stderr).toBeNull();
    expect(run.status, run.stderr).toBe(hostile.ends === 'checked' ? 0 : 2);
    expect(run.seconds).toBeLessThan(30);
    expect(run.stderr).not.toMatch(/^\s+at |\[xmldom|Error:/m);
    if (hostile.ends === 'refused') {
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(input);
      expect(run.stderr).toContain(hostile.says);
      expect(readdirSync(temp.dir).sort()).toEqual(before);
    } else {
      expect(readdirSync(temp.dir).sort()).toEqual([...before, path.basename(output)].sort());
      // The copy carries no unsafe entry name, and no DOCTYPE in the parts it edits.
      const copy = readZip(readFileSync(output));
      expect(copy.map((entry) => entry.name).filter((name) => name.startsWith('/') || name.split('/').includes('..'))).toEqual([]);
      for (const entry of copy.filter((part) => /workbook\.xml|Content_Types|\.rels$/.test(part.name))) expect(entryText(entry)).not.toContain('<!DOCTYPE');
    }
    // Buffer.equals: a deep comparison of half a megabyte, element by element, takes seconds.
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });
});

describe('hostile workbooks in one batch', () => {
  it('checks what can be checked, names each refused file with its reason, and writes the report', () => {
    const outDir = path.join(temp.dir, 'batch');
    const inputs = CASES.map((hostile) => path.join(temp.dir, hostile.file));
    const run = runBundle([...inputs, '--out-dir', outDir, '--jobs', '1']);
    expect(run.signal, run.stderr).toBeNull();
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(readFileSync(path.join(outDir, 'batch-report.json'), 'utf8')) as { files: { input: string; status: string; error?: string }[] };
    const statusOf = new Map(report.files.map((file) => [path.basename(file.input), file]));
    for (const hostile of CASES) {
      const outcome = statusOf.get(hostile.file);
      expect(outcome?.status, hostile.file).toBe(hostile.ends === 'checked' ? 'checked' : 'failed');
      if (hostile.says) expect(outcome?.error).toContain(hostile.says);
    }
  });
});
