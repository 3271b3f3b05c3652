/**
 * The look of a planned cell as the package's styles see it: a number format, a font (bold,
 * colour, underlined when the cell is a link), a fill, and an alignment (wrapped text, indent). Cells that look the same share one
 * style entry, so a 100,000-row summary adds a few dozen styles, not one per cell.
 */
import type { PlannedCell } from '../../summaryPlan';

export interface CellStyle {
  numberFormat: string | null;
  bold: boolean;
  underline: boolean;
  /** 'RRGGBB' */
  fontColor: string | null;
  /** 'RRGGBB' */
  fill: string | null;
  wrap: boolean;
  indent: number;
}

export function cellStyleOf(cell: PlannedCell): CellStyle {
  return {
    numberFormat: cell.numberFormat ?? null,
    bold: cell.bold === true,
    underline: isLink(cell),
    fontColor: cell.fontColor ?? null,
    fill: cell.fill ?? null,
    wrap: cell.wrap === true,
    indent: cell.indent ?? 0,
  };
}

/** A link's cell is underlined, wherever the link goes. */
export function isLink(cell: PlannedCell): boolean {
  return !!(cell.link || cell.externalLink);
}
