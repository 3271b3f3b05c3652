/**
 * Generates large indicator workbooks for the benchmark, deterministically from a seed: the same
 * seed gives the same cells (and the same bytes but for the zip entries' timestamps).
 *
 * Each sheet is one province's report, shaped like the real ones in test/fixtures: agency block and
 * title, a two-row merged header with a row of column numbers ("A B C 1 2 3 4=3/2 5=3/1"), then
 * sections (I, II…) of numbered indicators with "Chia ra:" and "Trong đó:" breakdowns, sub-numbered
 * parts (1.1, 1.2), attributes in another unit, crops (area, yield, production), structure shares,
 * rates in % (some as percentage-formatted ratios), money in triệu/tỷ đồng, figures typed as vi-VN
 * text ("13.225", "45,5", "trên 4.730"), and in some sheets SUM formulas for the totals (with their
 * cached results) and formulas for the stated comparisons. Some sheets have column groups (Toàn tỉnh
 * and its districts, each with the same sub-columns; the total group is the sum of the districts).
 *
 * A few inconsistencies are planted on purpose, one of each kind of finding in turn, and listed in
 * `planted`, so the findings path is exercised and a test can hold the engine to them.
 *
 *   npm run generate -- --rows 100000 --seed 1 --out out/bench/indicators-100000.xlsx
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { cellAddress, columnLetter } from '../core';
import type { RuleId } from '../core/model';
import { DISTRICTS, NOTES, PROVINCES, SECTIONS, UNREADABLE_TEXTS, type BlockSpec } from './catalog';
import { createRandom, type Random } from './random';

/** Bump when the generated workbooks change, so cached copies in out/bench are regenerated. */
export const GENERATOR_VERSION = 2;

/** The report year of every generated sheet; the prior year is the one before. */
const YEAR = 2023;
/** A fixed date for the document properties, so that two runs write the same workbook. */
const FIXED_DATE = new Date(Date.UTC(2023, 11, 15, 8, 0, 0));

export interface GenerateOptions {
  /** Indicator table rows in all (every row below the header of every sheet). */
  rows: number;
  seed: number;
}

/** One planted inconsistency: where it is, and the findings it must give (the first is the planted kind). */
export interface PlantedIssue {
  sheet: string;
  row: number;
  cell: string;
  rules: RuleId[];
}

export interface GeneratedSheetInfo {
  name: string;
  rows: number;
  columns: number;
  /** District column groups besides the total group; 0 for a plain sheet. */
  districts: number;
  formulaTotals: boolean;
}

export interface GeneratedWorkbook {
  workbook: ExcelJS.Workbook;
  rows: number;
  sheets: GeneratedSheetInfo[];
  planted: PlantedIssue[];
}

export function generateWorkbook(options: GenerateOptions): ExcelJS.Workbook {
  return generate(options).workbook;
}

/** The workbook and what it holds: the sheets, and the inconsistencies planted in them. */
export function generate(options: GenerateOptions): GeneratedWorkbook {
  const { rows, seed } = options;
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`rows must be a positive whole number, not ${rows}`);
  const sheetCount = sheetCountFor(rows);
  const base = Math.floor(rows / sheetCount);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Indicator Check benchmark';
  workbook.lastModifiedBy = 'Indicator Check benchmark';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;

  const usage = new Map<PlantKind, number>(PLANT_KINDS.map((kind) => [kind, 0]));
  const sheets: GeneratedSheetInfo[] = [];
  const planted: PlantedIssue[] = [];
  for (let index = 0; index < sheetCount; index++) {
    const sheetRows = base + (index < rows - base * sheetCount ? 1 : 0);
    const profile = profileFor(index, seed, sheetRows);
    const random = createRandom(seed).fork(index);
    const model = buildSheet(profile, random);
    planted.push(...plantIssues(model, random, usage));
    renderSheet(workbook, model);
    sheets.push({
      name: profile.name,
      rows: model.rows.length,
      columns: model.columns.length,
      districts: profile.districts.length,
      formulaTotals: profile.formulaTotals,
    });
  }
  return { workbook, rows, sheets, planted };
}

/** 1,000 rows: 5 sheets of 200; 10,000: 16 of 625; 100,000: 50 of 2,000 (a ministry's 63 provinces at most). */
export function sheetCountFor(rows: number): number {
  return Math.max(1, Math.min(PROVINCES.length, Math.round(Math.sqrt(rows / 40)), rows));
}

export async function writeWorkbookFile(workbook: ExcelJS.Workbook, filePath: string): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  await workbook.xlsx.writeFile(filePath);
}

// ---- the sheet model ----------------------------------------------------------------------------

type Role = 'prior' | 'plan' | 'actual' | 'next';
const ROLES: readonly Role[] = ['prior', 'plan', 'actual', 'next'];
type Values = Record<Role, number | null>;

type Variant = 'A' | 'B' | 'G';
type StatedStyle = 'percent' | 'ratio' | 'formula';

interface SheetProfile {
  seed: number;
  index: number;
  name: string;
  province: string;
  rows: number;
  /** A: "Năm 2023 / Kế hoạch, Ước thực hiện" with notes; B: "TH, KH, TH" with next year's plan; G: column groups. */
  variant: Variant;
  formulaTotals: boolean;
  statedStyle: StatedStyle;
  statedDecimals: number;
  /** Rates stored as ratios in percentage-formatted cells (0.455 shown as 45.5%). */
  percentCells: boolean;
  /** Share of plain figures typed as vi-VN text. */
  textShare: number;
  districts: string[];
}

type Aggregate = 'sum' | 'mean' | 'yield' | 'none';

interface ModelRow {
  kind: 'section' | 'marker' | 'indicator';
  code: string | null;
  label: string;
  unit: string | null;
  indent: number;
  decimals: number;
  /** Figures per district group (one entry in a plain sheet). */
  units: Values[];
  /** Figures of the checked (first) group: the districts aggregated, or the only group. */
  total: Values;
  aggregate: Aggregate;
  /** Rows (indexes into the sheet's rows) this row is the sum of. */
  parts: number[] | null;
  /** Yield rows: the area and production rows they derive from. */
  yieldOf: { area: number; production: number } | null;
  /** A part of a total or of a structure: never given a qualifier ("trên 4.730") that keeps it out of a sum. */
  isPart: boolean;
  /** Percentage-formatted ratio cells (rates in sheets that store them so). */
  percentCells: boolean;
  /** What the checked group's cells hold instead of the number (text figures, planted text). */
  text: Partial<Record<Role, string>>;
  /** A stated % of plan typed over the computed one (planted). */
  statedPlanOverride: number | null;
  /** The stated comparisons are left blank. */
  noStated: boolean;
  /** The total's formula leaves out its last part (planted). */
  omitLastPart: Partial<Record<Role, boolean>>;
  /** Checked-group figures typed over where a formula would be (planted). */
  typedOver: Partial<Record<Role, boolean>>;
  note: string | null;
}

interface BlockRecord {
  spec: BlockSpec;
  /** Row indexes: the block's head first, then its other rows. */
  head: number;
  parts: number[];
  used: boolean;
}

interface SheetModel {
  profile: SheetProfile;
  rows: ModelRow[];
  blocks: BlockRecord[];
  columns: ColumnSpec[];
  firstBodyRow: number;
}

function profileFor(index: number, seed: number, rows: number): SheetProfile {
  const random = createRandom(seed).fork(10_000 + index);
  const variant: Variant = (['A', 'B', 'A', 'G', 'B'] as const)[index % 5]!;
  const formulaTotals = index % 2 === 1;
  const province = PROVINCES[index % PROVINCES.length]!;
  const number = String(index + 1).padStart(2, '0');
  const districtCount = variant === 'G' ? random.int(3, 6) : 0;
  const start = random.int(0, DISTRICTS.length - 1);
  const districts = Array.from({ length: districtCount }, (_, i) => DISTRICTS[(start + i) % DISTRICTS.length]!);
  return {
    seed,
    index,
    name: `${number} ${province}`.slice(0, 31),
    province,
    rows,
    variant,
    formulaTotals,
    statedStyle: formulaTotals ? 'formula' : random.chance(0.25) ? 'ratio' : 'percent',
    statedDecimals: random.chance(0.5) ? 1 : 2,
    percentCells: random.chance(0.3),
    textShare: formulaTotals ? 0 : 0.05,
    districts,
  };
}

// ---- building a sheet's rows ----------------------------------------------------------------------

function emptyValues(): Values {
  return { prior: null, plan: null, actual: null, next: null };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Which figure columns a block fills: the actual always, the others mostly. */
interface Presence {
  prior: boolean;
  plan: boolean;
  next: boolean;
}

class SheetBuilder {
  readonly rows: ModelRow[] = [];
  readonly blocks: BlockRecord[] = [];
  private indicatorNumber = 0;

  constructor(
    readonly profile: SheetProfile,
    readonly random: Random,
  ) {}

  /** How many district groups hold figures: 1 in a plain sheet. */
  get unitCount(): number {
    return Math.max(1, this.profile.districts.length);
  }

  get hasNext(): boolean {
    return this.profile.variant === 'B';
  }

  /** A part (A, B…) or a section (I, II…): a heading row; the indicators below are numbered from 1. */
  section(code: string, title: string): void {
    this.indicatorNumber = 0;
    this.push({ kind: 'section', code, label: title, unit: null, decimals: 0 });
  }

  nextCode(): string {
    return String(++this.indicatorNumber);
  }

  push(fields: Partial<ModelRow> & Pick<ModelRow, 'kind' | 'label' | 'unit' | 'decimals'>): number {
    const row: ModelRow = {
      code: null,
      indent: 0,
      units: Array.from({ length: this.unitCount }, emptyValues),
      total: emptyValues(),
      aggregate: 'none',
      parts: null,
      yieldOf: null,
      isPart: false,
      percentCells: false,
      text: {},
      statedPlanOverride: null,
      noStated: false,
      omitLastPart: {},
      typedOver: {},
      note: null,
      ...fields,
    };
    this.rows.push(row);
    return this.rows.length - 1;
  }

  presence(): Presence {
    return { prior: this.random.chance(0.85), plan: this.random.chance(0.75), next: this.hasNext && this.random.chance(0.7) };
  }

  /** The magnitude of one district group: a share of the province's figure. */
  unitMagnitude(magnitude: number): number {
    const units = this.unitCount;
    return units === 1 ? magnitude : (magnitude / units) * this.random.between(0.4, 1.6);
  }

  /** Figures of an amount: the actual around the magnitude, plan and prior near it. */
  amounts(magnitude: number, decimals: number, presence: Presence): Values {
    const step = 10 ** -decimals;
    const actual = Math.max(step, round(magnitude * this.random.between(0.5, 1.5), decimals));
    const near = (low: number, high: number): number => Math.max(step, round(actual * this.random.between(low, high), decimals));
    return {
      actual,
      plan: presence.plan ? near(0.85, 1.15) : null,
      prior: presence.prior ? near(0.8, 1.1) : null,
      next: presence.next ? near(1, 1.15) : null,
    };
  }

  rates(low: number, high: number, decimals: number, presence: Presence, lower: boolean): Values {
    const step = 10 ** -decimals;
    const clamp = (value: number): number => Math.min(99.9, Math.max(step, round(value, decimals)));
    const actual = clamp(this.random.between(low, high));
    return {
      actual,
      plan: presence.plan ? clamp(actual * (lower ? this.random.between(1, 1.3) : this.random.between(0.92, 1.06))) : null,
      prior: presence.prior ? clamp(actual * (lower ? this.random.between(1.05, 1.4) : this.random.between(0.9, 1))) : null,
      next: presence.next ? clamp(actual * (lower ? this.random.between(0.8, 0.95) : this.random.between(1, 1.04))) : null,
    };
  }

  record(spec: BlockSpec, head: number, parts: number[]): void {
    this.blocks.push({ spec, head, parts, used: false });
  }
}

/**
 * Parts (A, B…: a district's figures in a province sheet, or a group of indicators in a sheet with
 * district columns), each with the report's sections (I, II…) and their indicators (1, 2…) in a
 * shuffled order, until the sheet has its rows.
 */
function buildSheet(profile: SheetProfile, random: Random): SheetModel {
  const b = new SheetBuilder(profile, random);
  const grouped = profile.districts.length > 0;
  const filler: BlockSpec = { kind: 'count', label: 'Số lượt người được tư vấn, giới thiệu việc làm', unit: 'lượt người', magnitude: 20000 };
  const left = (): number => profile.rows - b.rows.length;
  for (let part = 0; left() > 0; part++) {
    if (left() >= 3) {
      const title = grouped ? `${PART_TITLES[part % PART_TITLES.length]!}${part >= PART_TITLES.length ? ` (PHẦN ${part + 1})` : ''}` : DISTRICTS[(profile.index + part) % DISTRICTS.length]!.toUpperCase();
      b.section(PART_LETTERS[part % PART_LETTERS.length]!, title);
    }
    for (let s = 0; s < SECTIONS.length && left() > 0; s++) {
      const section = SECTIONS[s]!;
      if (left() >= 2) b.section(roman(s + 1), section.title);
      const specs = shuffled(random, section.blocks).filter((spec) => !(grouped && spec.kind === 'shares') && random.chance(0.85));
      for (const spec of specs) {
        if (left() <= 0) break;
        if (blockRows(spec) <= left()) addBlock(b, spec);
      }
      if (left() === 1) addBlock(b, filler);
    }
  }
  aggregate(b.rows, profile);
  return { profile, rows: b.rows, blocks: b.blocks, columns: columnsOf(profile), firstBodyRow: FIRST_BODY_ROW };
}

/** Capital letters for parts, without those that read as roman numerals (I, V, X, L). */
const PART_LETTERS = 'ABCDEFGHJKMNOPQRSTUWYZ';
const PART_TITLES: readonly string[] = ['CHỈ TIÊU NGHỊ QUYẾT CỦA HĐND TỈNH', 'CHỈ TIÊU HƯỚNG DẪN CỦA NGÀNH', 'CHỈ TIÊU CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA'];

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The most rows a block can take. */
function blockRows(spec: BlockSpec): number {
  switch (spec.kind) {
    case 'count':
    case 'amount':
    case 'ratio':
      return 1;
    case 'rate':
      return spec.subset ? 2 : 1;
    case 'subset':
    case 'attribute':
      return 2;
    case 'partition':
      return spec.parts.length + 2;
    case 'numbered':
    case 'shares':
      return spec.parts.length + 1;
    case 'crop':
      return 4;
  }
}

function addBlock(b: SheetBuilder, spec: BlockSpec): void {
  const { random } = b;
  const units = b.unitCount;
  const each = (make: () => Values): Values[] => Array.from({ length: units }, make);
  /** A numbered total counting whole things, the head of "of which" and attribute blocks. */
  const pushWholeCountTotal = (spec: { label: string; unit: string; magnitude: number }, presence: ReturnType<SheetBuilder['presence']>) =>
    b.push({
      kind: 'indicator',
      code: b.nextCode(),
      label: spec.label,
      unit: spec.unit,
      decimals: 0,
      units: each(() => b.amounts(b.unitMagnitude(spec.magnitude), 0, presence)),
      aggregate: 'sum',
    });
  switch (spec.kind) {
    case 'count':
    case 'amount':
    case 'ratio': {
      const decimals = spec.kind === 'amount' || spec.kind === 'ratio' ? spec.decimals : 0;
      const presence = b.presence();
      const head = b.push({
        kind: 'indicator',
        code: b.nextCode(),
        label: spec.label,
        unit: spec.unit,
        decimals,
        units: each(() => b.amounts(b.unitMagnitude(spec.magnitude), decimals, presence)),
        aggregate: spec.kind === 'ratio' ? 'mean' : 'sum',
        note: b.profile.variant === 'A' && random.chance(0.1) ? random.pick(NOTES) : null,
      });
      b.record(spec, head, []);
      return;
    }
    case 'rate': {
      const presence = b.presence();
      const lower = spec.lower === true;
      const head = b.push({
        kind: 'indicator',
        code: b.nextCode(),
        label: spec.label,
        unit: '%',
        decimals: spec.decimals,
        units: each(() => b.rates(spec.low, spec.high, spec.decimals, presence, lower)),
        aggregate: 'mean',
        percentCells: b.profile.percentCells,
      });
      const parts: number[] = [];
      if (spec.subset) {
        const headRow = b.rows[head]!;
        parts.push(
          b.push({
            kind: 'indicator',
            label: spec.subset,
            unit: '%',
            indent: 1,
            decimals: spec.decimals,
            units: headRow.units.map((values) => scaled(values, () => random.between(0.4, 0.9), spec.decimals, 'down')),
            aggregate: 'mean',
            percentCells: b.profile.percentCells,
            isPart: true,
          }),
        );
      }
      if (spec.ceiling && random.chance(0.5)) b.rows[head]!.text.plan = spec.ceiling;
      b.record(spec, head, parts);
      return;
    }
    case 'subset': {
      const presence = b.presence();
      const head = pushWholeCountTotal(spec, presence);
      const headRow = b.rows[head]!;
      const part = b.push({
        kind: 'indicator',
        label: spec.part,
        unit: spec.unit,
        indent: 1,
        decimals: 0,
        units: headRow.units.map((values) => scaled(values, () => random.between(0.05, 0.6), 0, 'down')),
        aggregate: 'sum',
        isPart: true,
      });
      b.record(spec, head, [part]);
      return;
    }
    case 'partition':
    case 'numbered': {
      const presence = b.presence();
      const decimals = spec.kind === 'partition' ? spec.decimals : 0;
      const code = b.nextCode();
      const head = b.push({ kind: 'indicator', code, label: spec.label, unit: spec.unit, decimals, aggregate: 'sum' });
      const standalone = spec.kind === 'partition' && random.chance(0.4);
      if (standalone && spec.kind === 'partition') {
        b.push({ kind: 'marker', label: `${spec.word}:`, unit: null, indent: 1, decimals: 0 });
      }
      const weights = spec.parts.map(() => random.between(0.2, 1));
      const weightSum = weights.reduce((s, w) => s + w, 0);
      const parts = spec.parts.map((label, i) => {
        const glued = spec.kind === 'partition' && !standalone && i === 0 ? `${spec.word}: - ${label}` : spec.kind === 'partition' ? `- ${label}` : label;
        return b.push({
          kind: 'indicator',
          code: spec.kind === 'numbered' ? `${code}.${i + 1}` : null,
          label: glued,
          unit: spec.unit,
          indent: spec.kind === 'partition' ? 1 : 0,
          decimals,
          units: Array.from({ length: units }, () => b.amounts(b.unitMagnitude((spec.magnitude * weights[i]!) / weightSum), decimals, presence)),
          aggregate: 'sum',
          isPart: true,
        });
      });
      const headRow = b.rows[head]!;
      headRow.parts = parts;
      headRow.units = headRow.units.map((_, u) => sumOf(parts.map((p) => b.rows[p]!.units[u]!), decimals));
      b.record(spec, head, parts);
      return;
    }
    case 'attribute': {
      const presence = b.presence();
      const head = pushWholeCountTotal(spec, presence);
      const headRow = b.rows[head]!;
      const amount = b.push({
        kind: 'indicator',
        label: `- ${spec.attribute}`,
        unit: spec.attributeUnit,
        indent: 1,
        decimals: 2,
        units: headRow.units.map((values) => scaled(values, () => random.between(0.25, 0.35), 2, 'nearest')),
        aggregate: 'sum',
      });
      b.record(spec, head, [amount]);
      return;
    }
    case 'crop': {
      const presence = b.presence();
      const head = b.push({ kind: 'indicator', code: b.nextCode(), label: spec.label, unit: null, decimals: 0 });
      const areas = each(() => b.amounts(b.unitMagnitude(spec.area), 1, presence));
      const yields = areas.map((area) => mapValues(area, (a) => (a === null ? null : round(random.between(spec.yieldLow, spec.yieldHigh), 1))));
      const productions = areas.map((area, u) =>
        mapRoles((role) => {
          const a = area[role];
          const y = yields[u]![role];
          return a === null || y === null ? null : round((a * y) / 10, 1);
        }),
      );
      // As the sheets list them: area, yield, production.
      const area = b.push({ kind: 'indicator', label: '- Diện tích gieo trồng', unit: 'Ha', indent: 1, decimals: 1, units: areas, aggregate: 'sum' });
      const yieldRow = b.push({ kind: 'indicator', label: '- Năng suất', unit: 'Tạ/Ha', indent: 1, decimals: 1, units: yields, aggregate: 'yield' });
      const production = b.push({ kind: 'indicator', label: '- Sản lượng', unit: 'Tấn', indent: 1, decimals: 1, units: productions, aggregate: 'sum' });
      b.rows[yieldRow]!.yieldOf = { area, production };
      b.record(spec, head, [area, yieldRow, production]);
      return;
    }
    case 'shares': {
      const head = b.push({ kind: 'indicator', code: b.nextCode(), label: spec.label, unit: '%', decimals: 1, aggregate: 'none' });
      const presence = b.presence();
      const columns: Role[] = ROLES.filter((role) => role === 'actual' || presence[role as keyof Presence]);
      const shares = spec.parts.map(() => emptyValues());
      for (const role of columns) {
        const tenths = splitTenths(random, spec.parts.length);
        tenths.forEach((t, i) => (shares[i]![role] = t / 10));
      }
      const headRow = b.rows[head]!;
      headRow.units = [mapRoles((role) => (columns.includes(role) ? 100 : null))];
      const parts = spec.parts.map((label, i) =>
        b.push({ kind: 'indicator', label: `- ${label}`, unit: '%', indent: 1, decimals: 1, units: [shares[i]!], aggregate: 'none', isPart: true }),
      );
      b.record(spec, head, parts);
      return;
    }
  }
}

function mapRoles(make: (role: Role) => number | null): Values {
  return { prior: make('prior'), plan: make('plan'), actual: make('actual'), next: make('next') };
}

function mapValues(values: Values, map: (value: number | null, role: Role) => number | null): Values {
  return mapRoles((role) => map(values[role], role));
}

/** A part's figures as a share of its total's, rounded down so a part never passes its total. */
function scaled(values: Values, factor: () => number, decimals: number, rounding: 'down' | 'nearest'): Values {
  const f = factor();
  const scale = 10 ** decimals;
  return mapValues(values, (v) => (v === null ? null : rounding === 'down' ? Math.floor(v * f * scale) / scale : round(v * f, decimals)));
}

function sumOf(values: readonly Values[], decimals: number): Values {
  return mapRoles((role) => {
    let sum = 0;
    for (const v of values) {
      const x = v[role];
      if (x === null) return null;
      sum += x;
    }
    return round(sum, decimals);
  });
}

/** 100.0 in tenths, split into `count` shares of at least 2.0 each. */
function splitTenths(random: Random, count: number): number[] {
  const weights = Array.from({ length: count }, () => random.between(0.2, 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const tenths = weights.map((w) => 20 + Math.floor(((1000 - 20 * count) * w) / total));
  tenths[tenths.length - 1]! += 1000 - tenths.reduce((s, t) => s + t, 0);
  return tenths;
}

/** The checked group's figures: the districts summed (or averaged, or derived), or the only group. */
function aggregate(rows: ModelRow[], profile: SheetProfile): void {
  const grouped = profile.districts.length > 0;
  for (const row of rows) {
    if (!grouped) {
      row.total = { ...row.units[0]! };
      continue;
    }
    if (row.aggregate === 'sum') row.total = sumOf(row.units, row.decimals);
    else if (row.aggregate === 'mean') {
      row.total = mapRoles((role) => {
        const values = row.units.map((v) => v[role]);
        if (values.some((v) => v === null)) return null;
        return round((values as number[]).reduce((s, v) => s + v, 0) / values.length, row.decimals);
      });
    } else if (row.aggregate === 'none') row.total = { ...row.units[0]! };
  }
  for (const row of rows) {
    if (!grouped || row.aggregate !== 'yield' || !row.yieldOf) continue;
    const area = rows[row.yieldOf.area]!.total;
    const production = rows[row.yieldOf.production]!.total;
    row.total = mapRoles((role) => {
      const a = area[role];
      const p = production[role];
      return a === null || p === null || a === 0 ? null : round((p / a) * 10, 1);
    });
  }
  // Figures typed as text, in sheets whose totals are typed: "13.225", "45,5", now and then "trên 4.730".
  if (profile.textShare === 0) return;
  const random = createRandom(profile.seed).fork(20_000 + profile.index);
  for (const row of rows) {
    if (row.kind !== 'indicator' || row.percentCells) continue;
    for (const role of ROLES) {
      const value = row.total[role];
      if (value === null || row.text[role] !== undefined || !random.chance(profile.textShare)) continue;
      const standalone = row.parts === null && !row.isPart && row.code !== null && row.unit !== null;
      const qualified = standalone && role === 'actual' && row.decimals === 0 && random.chance(0.15);
      row.text[role] = qualified ? `${random.pick(['trên', 'khoảng'])} ${viNumber(value, 0)}` : viNumber(value, row.decimals);
    }
  }
}

/** A number as a Vietnamese office types it: "13.225", "45,5", "1.350,25". */
export function viNumber(value: number, decimals: number): string {
  const [integer = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

function roman(n: number): string {
  const numerals: readonly (readonly [number, string])[] = [
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let text = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      text += numeral;
      rest -= value;
    }
  }
  return text;
}

// ---- planting inconsistencies -----------------------------------------------------------------

type PlantKind = RuleId;
const PLANT_KINDS: readonly PlantKind[] = [
  'sum-mismatch',
  'subset-exceeds-total',
  'shares-not-100',
  'stated-percent-mismatch',
  'unit-mismatch',
  'formula-omits-row',
  'unreadable-value',
];

/** Two per sheet, and one more per 150 rows past 300: ~1 % of a large workbook's rows. */
function plantsFor(rows: number): number {
  return Math.max(2, Math.round(rows / 150));
}

function plantIssues(model: SheetModel, random: Random, usage: Map<PlantKind, number>): PlantedIssue[] {
  const planted: PlantedIssue[] = [];
  for (let slot = 0; slot < plantsFor(model.profile.rows); slot++) {
    // The least planted kind this sheet can take, so a small workbook still gets every kind.
    const kinds = [...PLANT_KINDS].sort((a, b) => usage.get(a)! - usage.get(b)! || PLANT_KINDS.indexOf(a) - PLANT_KINDS.indexOf(b));
    for (const kind of kinds) {
      const issue = plant(model, kind, random);
      if (!issue) continue;
      usage.set(kind, usage.get(kind)! + 1);
      planted.push(issue);
      break;
    }
  }
  return planted;
}

const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['prior', 'plan', 'actual', 'next']);

function plant(model: SheetModel, kind: PlantKind, random: Random): PlantedIssue | null {
  const { profile, rows } = model;
  const free = (test: (block: BlockRecord) => boolean): BlockRecord | null => {
    const candidates = model.blocks.filter((block) => !block.used && test(block));
    if (candidates.length === 0) return null;
    const block = random.pick(candidates);
    block.used = true;
    return block;
  };
  const head = (block: BlockRecord): ModelRow => rows[block.head]!;
  const typedActual = (row: ModelRow): boolean => row.total.actual !== null && row.text.actual === undefined;
  const at = (rowIndex: number, role: ColumnRole, rules: RuleId[]): PlantedIssue => {
    const column = model.columns.findIndex((c) => c.role === role && c.group === 0) + 1;
    const row = model.firstBodyRow + rowIndex;
    // A figure changed in the total group no longer equals its districts' sum either.
    const grouped = profile.districts.length > 0 && FIGURE_ROLES.has(role);
    return { sheet: profile.name, row, cell: cellAddress(row, column), rules: grouped ? [...rules, 'group-total-mismatch'] : rules };
  };
  const discrete = (unit: string): boolean => !['triệu đồng', 'tỷ đồng', 'Tấn', 'Ha', 'USD'].includes(unit);

  switch (kind) {
    case 'sum-mismatch': {
      if (profile.formulaTotals) return null;
      const block = free((b) => b.spec.kind === 'partition' && b.spec.word === 'Chia ra' && discrete(b.spec.unit) && typedActual(head(b)));
      if (!block) return null;
      const total = head(block);
      total.total.actual = total.total.actual! + random.int(5, 40);
      return at(block.head, 'actual', ['sum-mismatch']);
    }
    case 'formula-omits-row': {
      if (!profile.formulaTotals) return null;
      const block = free((b) => b.spec.kind === 'partition' && b.spec.word === 'Chia ra' && head(b).total.actual !== null);
      if (!block) return null;
      const total = head(block);
      total.omitLastPart.actual = true;
      // The cached result is what Excel computed: the sum without the last part.
      const last = rows[block.parts[block.parts.length - 1]!]!;
      total.total.actual = round(total.total.actual! - last.total.actual!, total.decimals);
      return at(block.head, 'actual', ['formula-omits-row', 'sum-mismatch']);
    }
    case 'subset-exceeds-total': {
      const block = free((b) => b.spec.kind === 'subset' && typedActual(head(b)) && typedActual(rows[b.parts[0]!]!));
      if (!block) return null;
      const total = head(block).total.actual!;
      const part = rows[block.parts[0]!]!;
      part.total.actual = total + random.int(3, 30);
      part.typedOver.actual = true;
      return at(block.parts[0]!, 'actual', ['subset-exceeds-total']);
    }
    case 'shares-not-100': {
      const block = free((b) => b.spec.kind === 'shares');
      if (!block) return null;
      const first = rows[block.parts[0]!]!;
      first.total.actual = round(first.total.actual! + random.pick([1.5, 2, -2.5, 3]), 1);
      delete first.text.actual;
      first.typedOver.actual = true;
      return at(block.parts[0]!, 'actual', ['shares-not-100']);
    }
    case 'stated-percent-mismatch': {
      const block = free(
        (b) => b.spec.kind === 'count' && b.spec.lower !== true && typedActual(head(b)) && head(b).total.plan !== null && head(b).text.plan === undefined,
      );
      if (!block) return null;
      const row = head(block);
      row.statedPlanOverride = round((row.total.actual! / row.total.plan!) * 100 + random.between(4, 15), 1);
      return at(block.head, 'statedPlan', ['stated-percent-mismatch']);
    }
    case 'unit-mismatch': {
      if (profile.formulaTotals) return null;
      const block = free((b) => b.spec.kind === 'partition' && b.spec.unit === 'triệu đồng' && b.spec.decimals === 0);
      if (!block) return null;
      // One part typed in tỷ đồng under a total in triệu đồng: the figures are right once converted.
      const part = rows[block.parts[random.int(0, block.parts.length - 1)]!]!;
      part.unit = 'tỷ đồng';
      part.decimals = 3;
      const toBillions = (v: number | null): number | null => (v === null ? null : round(v / 1000, 3));
      part.units = part.units.map((values) => mapValues(values, toBillions));
      part.total = mapValues(part.total, toBillions);
      part.text = {};
      return at(block.head, 'unit', ['unit-mismatch']);
    }
    case 'unreadable-value': {
      const block = free((b) => (b.spec.kind === 'count' || b.spec.kind === 'amount') && head(b).total.actual !== null);
      if (!block) return null;
      const row = head(block);
      row.text.actual = random.pick(UNREADABLE_TEXTS);
      row.noStated = true;
      return at(block.head, 'actual', ['unreadable-value']);
    }
  }
  return null;
}

// ---- rendering ----------------------------------------------------------------------------------

type ColumnRole = 'code' | 'label' | 'unit' | Role | 'statedPlan' | 'statedPrior' | 'note';

interface ColumnSpec {
  role: ColumnRole;
  /** 0 for the checked group (and the shared columns), 1… for the districts. */
  group: number;
}

const FIRST_BODY_ROW = 11;
const HEADER_TOP = 8;

function columnsOf(profile: SheetProfile): ColumnSpec[] {
  const shared: ColumnSpec[] = [
    { role: 'code', group: 0 },
    { role: 'label', group: 0 },
    { role: 'unit', group: 0 },
  ];
  const figures = (group: number): ColumnSpec[] =>
    (['prior', 'plan', 'actual', 'statedPlan', 'statedPrior'] as const).map((role) => ({ role, group }));
  switch (profile.variant) {
    case 'A':
      return [...shared, ...figures(0), { role: 'note', group: 0 }];
    case 'B':
      return [...shared, ...figures(0), { role: 'next', group: 0 }];
    case 'G':
      return [...shared, ...profile.districts.flatMap((_, d) => figures(d + 1)), ...figures(0)].sort((a, b) => groupOrder(a) - groupOrder(b));
  }
}

/** Shared columns, then the total group, then the districts in order. */
function groupOrder(column: ColumnSpec): number {
  if (column.role === 'code' || column.role === 'label' || column.role === 'unit') return -1;
  return column.group;
}

const FONT: Partial<ExcelJS.Font> = Object.freeze({ name: 'Times New Roman', size: 12 });
const FONT_BOLD: Partial<ExcelJS.Font> = Object.freeze({ name: 'Times New Roman', size: 12, bold: true });
const FONT_ITALIC: Partial<ExcelJS.Font> = Object.freeze({ name: 'Times New Roman', size: 12, italic: true });
const THIN = Object.freeze({ style: 'thin' as const });
const BORDER: Partial<ExcelJS.Borders> = Object.freeze({ top: THIN, left: THIN, bottom: THIN, right: THIN });
const CENTER: Partial<ExcelJS.Alignment> = Object.freeze({ horizontal: 'center', vertical: 'middle', wrapText: true });

function renderSheet(workbook: ExcelJS.Workbook, model: SheetModel): void {
  const { profile, columns, rows } = model;
  const sheet = workbook.addWorksheet(profile.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: FIRST_BODY_ROW - 1 }] });
  const width = columns.length;
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 52;
  sheet.getColumn(3).width = 12;
  for (let c = 4; c <= width; c++) sheet.getColumn(c).width = 12;

  // ---- agency block and title ----
  const half = Math.max(3, Math.floor(width / 2));
  const put = (address: string, value: string, font: Partial<ExcelJS.Font>, merge?: string): void => {
    const cell = sheet.getCell(address);
    cell.value = value;
    cell.font = font;
    cell.alignment = CENTER;
    if (merge) sheet.mergeCells(merge);
  };
  const last = columnLetter(width);
  put('A1', `UBND TỈNH ${profile.province.toUpperCase()}`, FONT_BOLD, 'A1:C1');
  put(`${columnLetter(half + 1)}1`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', FONT_BOLD, `${columnLetter(half + 1)}1:${last}1`);
  put('A2', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', FONT_BOLD, 'A2:C2');
  put(`${columnLetter(half + 1)}2`, 'Độc lập - Tự do - Hạnh phúc', FONT_BOLD, `${columnLetter(half + 1)}2:${last}2`);
  put('A4', `Biểu số ${String(profile.index + 1).padStart(2, '0')}`, FONT_BOLD, `A4:${last}4`);
  put(
    'A5',
    profile.variant === 'G'
      ? `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${YEAR} PHÂN THEO HUYỆN, THÀNH PHỐ - TỈNH ${profile.province.toUpperCase()}`
      : `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM ${YEAR} - TỈNH ${profile.province.toUpperCase()}`,
    FONT_BOLD,
    `A5:${last}5`,
  );
  put('A6', `(Kèm theo Báo cáo số        /BC-SLĐTBXH ngày      tháng 12 năm ${YEAR} của Sở Lao động - Thương binh và Xã hội)`, FONT_ITALIC, `A6:${last}6`);

  renderHeader(sheet, model);

  // ---- the indicator rows ----
  const rowNumber = (index: number): number => FIRST_BODY_ROW + index;
  rows.forEach((row, index) => {
    const r = rowNumber(index);
    const bold = row.kind === 'section';
    const font = bold ? FONT_BOLD : FONT;
    columns.forEach((column, c) => {
      const cell = sheet.getCell(r, c + 1);
      cell.font = font;
      cell.border = BORDER;
      const value = cellValue(model, row, column, r);
      if (value.value !== null) cell.value = value.value;
      if (value.numFmt) cell.numFmt = value.numFmt;
      if (column.role === 'label' && row.indent > 0) cell.alignment = { indent: row.indent, wrapText: true };
      else if (column.role === 'label') cell.alignment = { wrapText: true };
      else if (column.role === 'code' || column.role === 'unit') cell.alignment = CENTER;
    });
  });
}

function renderHeader(sheet: ExcelJS.Worksheet, model: SheetModel): void {
  const { profile, columns } = model;
  const top = HEADER_TOP;
  const bottom = top + 1;
  const numbers = top + 2;
  const header = (row: number, column: number, text: string): void => {
    const cell = sheet.getCell(row, column);
    cell.value = text;
    cell.font = FONT_BOLD;
    cell.alignment = CENTER;
    cell.border = BORDER;
  };
  const tall = (column: number, text: string): void => {
    header(top, column, text);
    header(bottom, column, '');
    sheet.mergeCells(top, column, bottom, column);
  };
  const wide = (left: number, right: number, text: string): void => {
    for (let c = left; c <= right; c++) header(top, c, c === left ? text : '');
    sheet.mergeCells(top, left, top, right);
  };
  const variantA = profile.variant === 'A';
  tall(1, variantA ? 'STT' : 'TT');
  tall(2, 'Chỉ tiêu');
  tall(3, profile.variant === 'B' ? 'ĐVT' : 'Đơn vị tính');
  // The row of column numbers: A B C for the shared columns, then 1, 2, 3, 4=3/2, 5=3/1 per group.
  const groupRoles: readonly ColumnRole[] = ['prior', 'plan', 'actual', 'statedPlan', 'statedPrior'];
  let columnNumber = 0;
  let groupStart = 1;
  columns.forEach((column, index) => {
    const cell = sheet.getCell(numbers, index + 1);
    cell.font = FONT_ITALIC;
    cell.alignment = CENTER;
    cell.border = BORDER;
    if (column.role === 'code' || column.role === 'label' || column.role === 'unit') {
      cell.value = ['A', 'B', 'C'][index]!;
      return;
    }
    columnNumber++;
    if (column.role === 'prior') groupStart = columnNumber;
    const number = (role: ColumnRole): number => groupStart + groupRoles.indexOf(role);
    cell.value =
      column.role === 'statedPlan'
        ? `${columnNumber}=${number('actual')}/${number('plan')}`
        : column.role === 'statedPrior'
          ? `${columnNumber}=${number('actual')}/${number('prior')}`
          : String(columnNumber);
  });

  if (profile.variant === 'A') {
    tall(4, `Thực hiện năm ${YEAR - 1}`);
    wide(5, 6, `Năm ${YEAR}`);
    header(bottom, 5, 'Kế hoạch');
    header(bottom, 6, 'Ước thực hiện');
    wide(7, 8, 'So sánh (%)');
    header(bottom, 7, 'Ước TH/KH');
    header(bottom, 8, `Ước TH ${YEAR}/TH ${YEAR - 1}`);
    tall(9, 'Ghi chú');
  } else if (profile.variant === 'B') {
    tall(4, `TH năm ${YEAR - 1}`);
    tall(5, `KH năm ${YEAR}`);
    tall(6, `TH năm ${YEAR}`);
    wide(7, 8, 'So sánh (%)');
    header(bottom, 7, 'TH/KH');
    header(bottom, 8, `TH ${YEAR}/TH ${YEAR - 1}`);
    tall(9, `KH năm ${YEAR + 1}`);
  } else {
    const groups = ['Toàn tỉnh', ...profile.districts];
    groups.forEach((name, g) => {
      const left = 4 + g * 5;
      wide(left, left + 4, name);
      header(bottom, left, `TH ${YEAR - 1}`);
      header(bottom, left + 1, `KH ${YEAR}`);
      header(bottom, left + 2, `ƯTH ${YEAR}`);
      header(bottom, left + 3, 'ƯTH/KH (%)');
      header(bottom, left + 4, `ƯTH ${YEAR}/TH ${YEAR - 1} (%)`);
    });
  }
}

function countedRows(profile: SheetProfile): boolean {
  return profile.variant === 'G';
}

interface WrittenValue {
  value: ExcelJS.CellValue;
  numFmt: string | null;
}

function numberFormat(decimals: number, percent: boolean): string {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return percent ? `0${fraction}%` : `#,##0${fraction}`;
}

function cellValue(model: SheetModel, row: ModelRow, column: ColumnSpec, r: number): WrittenValue {
  const { profile, columns } = model;
  const none: WrittenValue = { value: null, numFmt: null };
  switch (column.role) {
    // Sheets with district columns number every row 1…n, as the export in test/fixtures does, and
    // keep the real numbering in the label ("1. Số lao động…", "I. LAO ĐỘNG…").
    case 'code':
      return { value: countedRows(profile) ? r - FIRST_BODY_ROW + 1 : row.code, numFmt: null };
    case 'label':
      return { value: countedRows(profile) && row.code !== null ? `${row.code}. ${row.label}` : row.label, numFmt: null };
    case 'unit':
      return { value: row.unit, numFmt: null };
    case 'note':
      return { value: row.note, numFmt: null };
    default:
      break;
  }
  if (row.kind !== 'indicator') return none;
  const values = column.group === 0 ? row.total : row.units[column.group - 1]!;
  const checked = column.group === 0;
  const letter = (role: ColumnRole): string => columnLetter(columns.findIndex((c) => c.role === role && c.group === column.group) + 1);

  if (column.role === 'statedPlan' || column.role === 'statedPrior') {
    if (row.noStated && checked) return none;
    const base = column.role === 'statedPlan' ? 'plan' : 'prior';
    if (checked && column.role === 'statedPlan' && row.statedPlanOverride !== null) {
      return { value: row.statedPlanOverride, numFmt: numberFormat(1, false) };
    }
    const actual = values.actual;
    const denominator = values[base];
    if (actual === null || denominator === null || actual === 0 || denominator === 0) return none;
    if (checked && (row.text.actual !== undefined || row.text[base] !== undefined)) {
      // A typed figure: the comparison beside it is typed too (a formula would read the text as 0).
      if (/[^\d.,]/.test(`${row.text.actual ?? ''}${row.text[base] ?? ''}`)) return none;
    }
    const ratio = actual / denominator;
    const decimals = profile.statedDecimals;
    switch (profile.statedStyle) {
      case 'formula':
        return { value: { formula: `${letter('actual')}${r}/${letter(base)}${r}*100`, result: ratio * 100 }, numFmt: numberFormat(decimals, false) };
      case 'ratio':
        return { value: round(ratio, decimals + 2), numFmt: numberFormat(decimals, true) };
      case 'percent': {
        const shown = round(ratio * 100, decimals);
        return checked && row.text.actual !== undefined ? { value: viNumber(shown, decimals), numFmt: null } : { value: shown, numFmt: numberFormat(decimals, false) };
      }
    }
  }

  const role = column.role as Role;
  const value = values[role];
  if (checked && row.text[role] !== undefined) return { value: row.text[role]!, numFmt: null };
  if (value === null) return none;
  const numFmt = numberFormat(row.decimals, row.percentCells);
  const stored = row.percentCells ? round(value / 100, row.decimals + 2) : value;
  if (profile.formulaTotals && row.parts !== null && row.parts.length > 0) {
    const parts = checked && row.omitLastPart[role] ? row.parts.slice(0, -1) : row.parts;
    const partRows = parts.map((p) => FIRST_BODY_ROW + p);
    const col = columnLetter(columns.indexOf(column) + 1);
    const contiguous = partRows.every((p, i) => i === 0 || p === partRows[i - 1]! + 1);
    const formula = contiguous ? `SUM(${col}${partRows[0]}:${col}${partRows[partRows.length - 1]})` : partRows.map((p) => `${col}${p}`).join('+');
    return { value: { formula, result: stored }, numFmt };
  }
  if (profile.formulaTotals && checked && profile.districts.length > 0 && row.aggregate === 'sum' && !row.typedOver[role]) {
    // The total group adds up the districts' cells of the same figure: "=I22+N22+S22".
    const cells = profile.districts.map((_, d) => `${columnLetter(columns.findIndex((c) => c.role === role && c.group === d + 1) + 1)}${r}`);
    return { value: { formula: cells.join('+'), result: stored }, numFmt };
  }
  return { value: stored, numFmt };
}

// ---- command line -------------------------------------------------------------------------------

/** The file name the benchmark caches a generated workbook under. */
export function benchFileName(rows: number, seed: number): string {
  return `indicators-${rows}-seed${seed}-g${GENERATOR_VERSION}.xlsx`;
}

const generateUsage = [
  'npm run generate -- [--rows N] [--seed S] [--out FILE.xlsx] [--manifest FILE.json]',
  '  --rows      rows of indicators over all sheets (default 1000)',
  '  --seed      the same seed gives the same cells (default 1)',
  `  --out       the workbook (default out/bench/${benchFileName(1000, 1).replace('1000', 'ROWS').replace('seed1', 'seedS')})`,
  '  --manifest  the sheets and planted inconsistencies as JSON (default beside --out, .json)',
].join('\n');

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      rows: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      manifest: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${generateUsage}\n`);
    return;
  }
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  const out = values.out ?? path.join('out', 'bench', benchFileName(rows, seed));
  const started = performance.now();
  const generated = generate({ rows, seed });
  await writeWorkbookFile(generated.workbook, out);
  const { writeFile } = await import('node:fs/promises');
  const manifest = { generator: GENERATOR_VERSION, rows, seed, sheets: generated.sheets, planted: generated.planted };
  await writeFile(values.manifest ?? out.replace(/\.xlsx$/, '.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${out}: ${rows.toLocaleString('en-US')} rows in ${generated.sheets.length} sheets, ${generated.planted.length} planted inconsistencies (${seconds.toFixed(1)} s)\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
