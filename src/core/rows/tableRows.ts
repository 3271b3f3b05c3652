import type { FigureRole } from '../report';
import type { SheetGrid } from '../sheetGrid';
import { decideNumberStyle, readFigure, type Figure, type FigureCell, type NumberStyle } from '../values';
import { parseUnit, unitInText, type Unit } from '../units';
import type { TableLayout } from '../layout/detectLayout';
import { parseRowCode, splitLeadingCode, type RowCode } from './numbering';
import { splitBreakdownMarker, type BreakdownWord } from './breakdownWords';

export const figureRoles: readonly FigureRole[] = ['prior', 'plan', 'actual', 'nextPlan', 'statedPercentOfPlan', 'statedYoY'];

/** One figure of a row: what the cell says, and where it is. */
export interface RowFigure {
  readonly figure: Figure;
  readonly column: number;
  readonly formula: string | null;
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
  readonly indent: number;
  readonly unitText: string | null;
  readonly unit: Unit | null;
  readonly figures: Partial<Record<FigureRole, RowFigure>>;
  /** A heading row (no unit, no figure other than zero): part of the hierarchy, not an indicator. */
  readonly isSection: boolean;
}

export function readTableRows(grid: SheetGrid, layout: TableLayout): TableRow[] {
  const { columns } = layout;
  const labelColumn = columns.label!;
  const codeColumnNumbersRows = columns.code !== undefined && isRowCounter(grid, layout, columns.code, labelColumn);
  const figureColumns: (readonly [FigureRole, number])[] = figureRoles.flatMap((role) => (columns[role] !== undefined ? [[role, columns[role]!] as const] : []));
  const styles = new Map(figureColumns.map(([, column]) => [column, columnNumberStyle(grid, layout, column)]));

  // A sheet writes the same few units on every row: read each distinct one once.
  const units = new Map<string, Unit | null>();
  const unitOf = (text: string): Unit | null => {
    if (!units.has(text)) units.set(text, parseUnit(text));
    return units.get(text)!;
  };

  const rows: TableRow[] = [];
  for (let row = layout.firstDataRow; row <= grid.lastRow; row++) {
    const rawLabel = grid.value(row, labelColumn);
    const labelText = grid.text(row, labelColumn);
    if (labelText === '') continue;
    const codeCell = columns.code !== undefined ? grid.text(row, columns.code) : '';

    const marked = splitBreakdownMarker(labelText);
    let label = marked ? marked.rest : labelText;
    let displayLabel = labelText;
    let code: RowCode | null = null;
    let codeText: string | null = codeCell === '' ? null : codeCell;
    if (codeCell !== '' && !codeColumnNumbersRows) code = parseRowCode(codeCell);
    if (code === null) {
      const glued = splitLeadingCode(label);
      if (glued) {
        code = glued.code;
        label = glued.rest;
        if (!marked) displayLabel = glued.rest;
        codeText ??= glued.code.text;
      }
    }
    let unitText = columns.unit !== undefined ? grid.text(row, columns.unit) || null : null;
    let unit = unitText === null ? null : unitOf(unitText);
    if (!unit) {
      const inLabel = unitInText(label);
      if (inLabel) {
        unit = inLabel.unit;
        unitText = inLabel.unit.text;
      } else if (layout.tableUnit) {
        unit = layout.tableUnit;
        unitText = layout.tableUnit.text;
      }
    }

    const figures: Partial<Record<FigureRole, RowFigure>> = {};
    for (const [role, column] of figureColumns) {
      if (figures[role]) continue;
      const inRowUnit = role !== 'statedPercentOfPlan' && role !== 'statedYoY';
      const figure = readRowFigure(
        { value: grid.value(row, column), numberFormat: grid.numberFormat(row, column) },
        styles.get(column)!,
        inRowUnit ? unit : null,
      );
      if (figure.kind !== 'empty') figures[role] = { figure, column, formula: grid.formula(row, column) };
    }
    // "Chia ra:" alone, or "Phân theo giới tính:" naming the dimension: no figures, no unit of its own.
    const unitCellEmpty = columns.unit === undefined || grid.text(row, columns.unit) === '';
    const markerOnly =
      marked !== null && Object.keys(figures).length === 0 && (label === '' || (marked.word === 'full' && unitCellEmpty && unitInText(label) === null));
    const hasFigure = Object.values(figures).some((f) => f.figure.kind !== 'number' || f.figure.value !== 0);
    rows.push({
      row,
      codeText,
      code,
      label: label === '' ? labelText : label,
      displayLabel,
      marker: marked?.word ?? null,
      markerOnly,
      indent: indentOf(rawLabel, grid.style(row, labelColumn)?.indent),
      unitText,
      unit,
      figures,
      isSection: unit === null && !hasFigure,
    });
  }
  return rows;
}

/**
 * Reads a cell in the column's number style, except that a count of whole things cannot be
 * 13,225 people: there an ambiguous separator groups thousands whatever the column says.
 */
function readRowFigure(cell: FigureCell, style: NumberStyle, unit: Unit | null): Figure {
  if (unit?.discrete && typeof cell.value === 'string') {
    const separator = /^\D*\d{1,3}([.,])\d{3}\D*$/.exec(cell.value.trim())?.[1];
    if (separator) return readFigure(cell, separator === '.' ? 'vi' : 'en');
  }
  return readFigure(cell, style);
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
  for (let row = layout.firstDataRow; row <= grid.lastRow; row++) {
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
  for (let row = layout.firstDataRow; row <= grid.lastRow; row++) {
    const value = grid.value(row, column);
    if (typeof value === 'string' && value.trim() !== '') texts.push(value);
  }
  return decideNumberStyle(texts);
}

function indentOf(rawLabel: unknown, cellIndent: number | undefined): number {
  const leadingSpaces = typeof rawLabel === 'string' ? (/^[ \u00a0\t]*/.exec(rawLabel)?.[0].length ?? 0) : 0;
  return (cellIndent ?? 0) + Math.ceil(leadingSpaces / 2);
}
