import { figureInRowUnitRoles, figureRoles, type FigureRole } from '../report';
import type { SheetGrid } from '../sheetGrid';
import type { CellValue } from '../snapshot';
import { createFigureReader, decideNumberStyle, type Figure, type FigureReader, type NumberStyle } from '../values';
import type { Unit } from '../units';
import type { TableLayout } from '../layout/detectLayout';
import type { RowCode } from './numbering';
import type { BreakdownWord } from '../vocabulary/breakdownWords';
import { createTextReadings, type TextReadings } from '../textReadings';
import { dittoMarks } from '../vocabulary/unitWords';

/** The figure columns a table has, in figureRoles' order: the same for every row. */
export function figureColumnsOf(layout: Pick<TableLayout, 'columns'>): { role: FigureRole; column: number }[] {
  return figureRoles.flatMap((role) => {
    const column = layout.columns[role];
    return column === undefined ? [] : [{ role, column }];
  });
}

/** A data row as written, before the hierarchy is known. */
export interface TableRow {
  readonly row: number;
  /** The row's number as written (code column, else glued to the label). */
  readonly codeText: string | null;
  /** The numbering that places the row in the hierarchy; null when it says nothing. */
  readonly code: RowCode | null;
  /** The label without its number and breakdown word: what the indicator is. */
  readonly label: string;
  /** The label as the sheet shows it ("Trong đó: có bằng cấp"), less a number glued to its start. */
  readonly displayLabel: string;
  readonly marker: BreakdownWord | null;
  /** "Chia ra:" alone on a row: it announces the rows below and is no indicator itself. */
  readonly markerOnly: boolean;
  /** The label is a breakdown word alone (or names only the dimension): markerOnly when the row has no figures. */
  readonly markerAlone: boolean;
  readonly indent: number;
  /** The label cell is bold. */
  readonly bold: boolean;
  readonly unitText: string | null;
  readonly unit: Unit | null;
  /** What the cell in each role's column (layout.columns[role]) says; absent for an empty cell. */
  readonly figures: Partial<Record<FigureRole, Figure>>;
  /** A heading row (no unit, no figure other than zero): part of the hierarchy, not an indicator. */
  readonly isSection: boolean;
}

/** A figure column and how its cells read. */
interface FigureColumn {
  readonly role: FigureRole;
  readonly column: number;
  readonly style: NumberStyle;
  /** Stated comparisons are percents whatever the row's unit. */
  readonly inRowUnit: boolean;
  readonly read: FigureReader;
}

/** `readings` may be shared with the run's other sheets, which repeat the same texts. */
export function readTableRows(grid: SheetGrid, layout: TableLayout, readings: TextReadings = createTextReadings()): TableRow[] {
  const { columns } = layout;
  const labelColumn = columns.label!;
  const codeColumn = columns.code;
  const unitColumn = columns.unit;
  const codeColumnNumbersRows = codeColumn !== undefined && isRowCounter(grid, layout, codeColumn, labelColumn);
  const readFigures = figureReading(grid, layout, readings);
  const { breakdownMarker: markerOf, rowCode: codeOf, leadingCode: leadingCodeOf, unit: unitOf, unitInLabel } = readings;

  const rows: TableRow[] = [];
  // The last unit written in the unit column: what a ditto mark below repeats.
  let unitAbove: string | null = null;
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const labelCell = labelCellOf(grid, row, labelColumn, layout.outlineColumns);
    if (labelCell === null) continue;
    const { column: labelAt, depth } = labelCell;
    const labelText = grid.text(row, labelAt);
    const codeCell = codeColumn !== undefined ? grid.text(row, codeColumn) : '';

    const marked = markerOf(labelText);
    let label = marked ? marked.rest : labelText;
    let displayLabel = labelText;
    let code: RowCode | null = codeCell !== '' && !codeColumnNumbersRows ? codeOf(codeCell) : null;
    let codeText: string | null = codeCell === '' ? null : codeCell;
    if (code === null) {
      const glued = leadingCodeOf(label);
      if (glued) {
        code = glued.code;
        label = glued.rest;
        if (!marked) displayLabel = glued.rest;
        codeText ??= glued.code.text;
      }
    }
    const writtenUnit = unitColumn !== undefined ? grid.text(row, unitColumn) : '';
    const unitCell: string = isDitto(writtenUnit) ? (unitAbove ?? '') : writtenUnit;
    if (unitCell !== '') unitAbove = unitCell;
    let unitText = unitCell === '' ? null : unitCell;
    let unit = unitText === null ? null : unitOf(unitText);
    if (!unit) {
      const inLabel = unitInLabel(label);
      if (inLabel) {
        unit = inLabel.unit;
        unitText = inLabel.unit.text;
      } else if (layout.tableUnit) {
        unit = layout.tableUnit;
        unitText = layout.tableUnit.text;
      }
    }
    const read = readFigures(row, unit);
    // "Chia ra:" alone, or "Phân theo giới tính:" naming the dimension: no figures, no unit of its own.
    const markerAlone = marked !== null && (label === '' || (marked.word === 'full' && unitCell === '' && unitInLabel(label) === null));
    const written: WrittenRow = {
      row,
      codeText,
      code,
      label: label === '' ? labelText : label,
      displayLabel,
      marker: marked?.word ?? null,
      markerAlone,
      indent: depth * outlineIndent + indentOf(grid.value(row, labelAt), grid.style(row, labelAt)?.indent),
      bold: grid.style(row, labelAt)?.bold === true,
      unitText,
      unit,
    };
    rows.push(tableRow(written, read));
  }
  return rows;
}

/**
 * The same rows read through another column group's figure columns: labels, numbers, units and
 * indents are the sheet's, already read; only the figures are the group's own.
 */
export function rereadFigures(grid: SheetGrid, layout: TableLayout, rows: readonly TableRow[], readings: TextReadings): TableRow[] {
  const readFigures = figureReading(grid, layout, readings);
  return rows.map((row) => tableRow(row, readFigures(row.row, row.unit)));
}

/** What a row's own cells say, whichever figure columns are read with them. */
type WrittenRow = Omit<TableRow, 'figures' | 'markerOnly' | 'isSection'>;

/**
 * A row with its figures. Built field by field, in one order, for every reading: the many readings of
 * a grouped sheet copy their rows, and the rules read rows of one shape faster than of several.
 */
function tableRow(written: WrittenRow, read: RowFigures): TableRow {
  return {
    row: written.row,
    codeText: written.codeText,
    code: written.code,
    label: written.label,
    displayLabel: written.displayLabel,
    marker: written.marker,
    markerOnly: written.markerAlone && read.count === 0,
    markerAlone: written.markerAlone,
    indent: written.indent,
    bold: written.bold,
    unitText: written.unitText,
    unit: written.unit,
    figures: read.figures,
    isSection: written.unit === null && !read.hasFigure,
  };
}

/** A row's figures in one set of figure columns; `count` of non-empty cells, `hasFigure` when one is not zero. */
interface RowFigures {
  readonly figures: Partial<Record<FigureRole, Figure>>;
  readonly count: number;
  readonly hasFigure: boolean;
}

/** Every figure role, each undefined: every row's figures start from this one shape. */
const noFigures: Partial<Record<FigureRole, Figure>> = Object.fromEntries(figureRoles.map((role) => [role, undefined]));

/** Reads one row's cells in the layout's figure columns, each column in its own number style. */
function figureReading(
  grid: SheetGrid,
  layout: TableLayout,
  readings: TextReadings,
): (row: number, unit: Unit | null) => RowFigures {
  const figureColumns = figureColumnsOf(layout).map(
    ({ role, column }): FigureColumn => ({
      role,
      column,
      style: columnNumberStyle(grid, layout, column),
      inRowUnit: figureInRowUnitRoles.includes(role),
      read: createFigureReader(readings),
    }),
  );
  return (row, unit) => {
    // Every row's figures have the same shape, so the rules read them without a lookup per shape.
    const figures: Partial<Record<FigureRole, Figure>> = { ...noFigures };
    let count = 0;
    let hasFigure = false;
    for (const { role, column, style, inRowUnit, read } of figureColumns) {
      const value = grid.value(row, column);
      if (value === null) continue;
      const figure = readRowFigure(read, value, grid.numberFormat(row, column), style, inRowUnit ? unit : null);
      if (figure.kind === 'empty') continue;
      figures[role] = figure;
      count++;
      if (figure.kind !== 'number' || figure.value !== 0) hasFigure = true;
    }
    return { figures, count, hasFigure };
  };
}

/**
 * Reads a cell in the column's number style, except that a count of whole things cannot be
 * 13,225 people: there an ambiguous separator groups thousands whatever the column says.
 */
function readRowFigure(read: FigureReader, value: CellValue, numberFormat: string | null, style: NumberStyle, unit: Unit | null): Figure {
  if (unit?.discrete && typeof value === 'string') {
    const separator = /^\D*\d{1,3}([.,])\d{3}\D*$/.exec(value.trim())?.[1];
    if (separator) return read(value, numberFormat, separator === '.' ? 'vi' : 'en');
  }
  return read(value, numberFormat, style);
}

/**
 * Some exports number every row 1…n: such a column says nothing about the hierarchy. A column that
 * numbers only some rows (1, 2, 3 with unnumbered "- …" or "Trong đó" rows between) is a real one.
 */
function isRowCounter(grid: SheetGrid, layout: TableLayout, column: number, labelColumn: number): boolean {
  let previous: number | null = null;
  let steps = 0;
  let counted = 0;
  let unnumbered = 0;
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const text = grid.text(row, column);
    if (text === '') {
      if (grid.text(row, labelColumn) !== '') unnumbered++;
      continue;
    }
    if (!/^\d+$/.test(text)) return false;
    const n = Number(text);
    if (previous !== null && n === previous + 1) steps++;
    previous = n;
    counted++;
  }
  return counted >= 5 && steps >= (counted - 1) * 0.9 && unnumbered <= counted * 0.1;
}

function columnNumberStyle(grid: SheetGrid, layout: TableLayout, column: number): NumberStyle {
  const texts: string[] = [];
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const value = grid.value(row, column);
    if (typeof value === 'string' && value.trim() !== '') texts.push(value);
  }
  return decideNumberStyle(texts);
}

/** A label written one outline column further right sits this much deeper: more than leading spaces give. */
const outlineIndent = 8;

/** The cell holding a row's label: the label column's, else the first outline column's with text, one level deeper each. */
function labelCellOf(grid: SheetGrid, row: number, labelColumn: number, outlineColumns: readonly number[]): { column: number; depth: number } | null {
  if (holdsLabel(grid, row, labelColumn)) return { column: labelColumn, depth: 0 };
  const depth = outlineColumns.findIndex((column) => holdsLabel(grid, row, column));
  return depth < 0 ? null : { column: outlineColumns[depth]!, depth: depth + 1 };
}

function isDitto(unitCell: string): boolean {
  return unitCell !== '' && dittoMarks.includes(unitCell.trim().toLowerCase());
}

/** A label is written text: a formula's number in the label column names nothing. */
function holdsLabel(grid: SheetGrid, row: number, column: number): boolean {
  const value = grid.value(row, column);
  return grid.formula(row, column) === null ? grid.text(row, column) !== '' : typeof value === 'string' && value.trim() !== '';
}

function indentOf(rawLabel: unknown, cellIndent: number | undefined): number {
  return (cellIndent ?? 0) + Math.ceil(leadingSpaces(rawLabel) / 2);
}

function leadingSpaces(rawLabel: unknown): number {
  if (typeof rawLabel !== 'string') return 0;
  let count = 0;
  while (count < rawLabel.length && isIndentSpace(rawLabel.charCodeAt(count))) count++;
  return count;
}

const isIndentSpace = (code: number): boolean => code === 0x20 || code === 0xa0 || code === 0x09;
