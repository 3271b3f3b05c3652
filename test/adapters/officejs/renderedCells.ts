/** What a person sees in the cells two writers rendered (the ExcelJS writer, the host double), to compare them. */
import type ExcelJS from 'exceljs';
import type { CellView, ExcelHostDouble } from '../../../src/hostDouble';

interface Rendered {
  value: unknown;
  numberFormat: string;
  bold: boolean;
  fill: string | null;
  fontColor: string | null;
  underline: boolean;
  /** The link's target, "'Sheet'!C12". */
  link: string | null;
  wrap: boolean;
  indent: number;
}

function hyperlinkTarget(formula: string | null | undefined): string | null {
  const match = /^=?HYPERLINK\("#((?:[^"]|"")*)"/.exec(formula ?? '');
  return match ? match[1]!.replace(/""/g, '"') : null;
}

function fromExcelJs(cell: ExcelJS.Cell): Rendered {
  const formula = cell.formula || null;
  const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
  return {
    value: formula ? (cell.value as ExcelJS.CellFormulaValue).result : cell.value,
    numberFormat: cell.numFmt || 'General',
    bold: cell.font?.bold === true,
    fill: fill ? `#${fill.slice(2)}` : null,
    fontColor: cell.font?.color?.argb ? `#${cell.font.color.argb.slice(2)}` : null,
    underline: Boolean(cell.font?.underline),
    link: hyperlinkTarget(formula),
    wrap: cell.alignment?.wrapText === true,
    indent: cell.alignment?.indent ?? 0,
  };
}

function fromDouble(cell: CellView): Rendered {
  return {
    value: cell.value,
    numberFormat: cell.numberFormat,
    bold: cell.bold,
    fill: cell.fill,
    fontColor: cell.fontColor === '#000000' ? null : cell.fontColor,
    underline: cell.underline !== 'None',
    link: cell.hyperlink?.documentReference ?? hyperlinkTarget(cell.formula),
    wrap: cell.wrapText,
    indent: cell.indent,
  };
}

export function excelJsCells(worksheet: ExcelJS.Worksheet): Map<string, Rendered> {
  const cells = new Map<string, Rendered>();
  // Empty cells count where they are styled (a filled band), as the double keeps those too.
  worksheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const rendered = fromExcelJs(cell);
      if (rendered.value !== null || rendered.fill !== null || rendered.bold) cells.set(cell.address, rendered);
    }),
  );
  return cells;
}

export function doubleCells(host: ExcelHostDouble, sheet: string): Map<string, Rendered> {
  return new Map(host.cells(sheet).map((cell) => [cell.address, fromDouble(cell)]));
}

/** The cells as a host without indentLevel (before ExcelApi 1.9) renders them: no indents. */
export function withoutIndents(cells: Map<string, Rendered>): Map<string, Rendered> {
  return new Map([...cells].map(([address, cell]) => [address, { ...cell, indent: 0 }]));
}
