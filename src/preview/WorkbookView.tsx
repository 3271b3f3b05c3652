/**
 * A read-only picture of the host double's workbook, beside the task pane: the sheet tabs and the
 * cells of one sheet (values as text, fills and bold as the add-in left them), with Excel's current
 * selection highlighted. It follows the double after every sync, so the summary sheets appear and
 * the selection moves as the pane works. It never changes the double: clicking a tab only changes
 * which sheet this view shows.
 */
import { memo, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { cellAddress, columnLetter, parseCellAddress } from '../core';
import type { CellRange } from '../core/model';
import type { CellView, ExcelHostDouble, ModelValue } from '../hostDouble';

/** Enough for any report sheet; beyond this the view says what it left out. */
const MAX_ROWS = 400;
const MAX_COLUMNS = 40;

export interface WorkbookViewProps {
  host: ExcelHostDouble;
}

export function WorkbookView({ host }: WorkbookViewProps) {
  // Re-rendered after every change the double reports; what is redrawn is decided below.
  useSyncExternalStore(
    (listener) => host.subscribe(listener),
    () => host.revision,
  );
  const selection = host.selection;
  const sheets = host.workbook.sheets.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility }));
  const [shown, setShown] = useState<string | null>(selection?.sheet ?? null);

  // Follow Excel's selection when it moves (a finding clicked in the pane), not on every sync.
  const selectionKey = selection ? `${selection.sheet}!${selection.address}` : '';
  useEffect(() => {
    // selectionKey stands for the selection: a new object on every render, the same key until it moves.
    if (selection) setShown(selection.sheet);
  }, [selectionKey]);

  const sheetName = shown !== null && host.workbook.sheet(shown) ? shown : (selection?.sheet ?? sheets[0]?.name ?? null);
  // Redrawn when the shown sheet's cells or the selection may have changed, not on every write
  // elsewhere: a long run writes other sheets, and a grid redrawn each time blocks the page.
  const shownSheet = sheetName === null ? undefined : host.workbook.sheet(sheetName);
  const cellsKey = shownSheet ? `${shownSheet.id}:${shownSheet.cellWrites}:${shownSheet.merges.length}` : '';
  const grid = useMemo(() => (sheetName === null ? null : gridOf(host, sheetName)), [host, sheetName, cellsKey, selectionKey]);
  const selected = useMemo(
    () => (selection && sheetName !== null && selection.sheet === sheetName ? rangeOf(selection.address) : null),
    [selectionKey, sheetName],
  );

  const tableRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    tableRef.current?.querySelector('[data-selected="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selectionKey, sheetName]);

  return (
    <div className="workbook-view">
      <p className="view-caption">
        <span lang="vi">Sổ làm việc trong bản giả (chỉ xem)</span> · <span lang="en">The host double&rsquo;s workbook (read-only)</span>
        {selection && (
          <>
            {' · '}
            <span data-testid="selection">
              <span lang="vi">Ô đang chọn</span> / <span lang="en">Selection</span>: {selection.sheet}!{selection.address}
            </span>
          </>
        )}
      </p>
      <div role="tablist" aria-label="Trang tính / Sheets" className="sheet-tabs">
        {sheets.map((sheet) => (
          <button
            key={sheet.name}
            type="button"
            role="tab"
            aria-selected={sheet.name === sheetName}
            className={sheet.visibility === 'Visible' ? 'sheet-tab' : 'sheet-tab hidden-sheet'}
            data-active={selection?.sheet === sheet.name}
            onClick={() => setShown(sheet.name)}
          >
            {sheet.name}
            {sheet.visibility !== 'Visible' && ' (ẩn / hidden)'}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={sheetName ?? undefined} className="sheet-grid" ref={tableRef} tabIndex={0}>
        {grid && <SheetTable grid={grid} selected={selected} />}
      </div>
    </div>
  );
}

interface Grid {
  sheet: string;
  /** What is drawn: from A1 to the used range (and the selection), cut at the limits. */
  bounds: { rows: number; columns: number };
  /** The used range's real size, to say what was left out. */
  full: { rows: number; columns: number };
  cells: Map<string, CellView>;
  /** Merged areas by their top-left address; cells they cover are skipped. */
  merges: Map<string, CellRange>;
  covered: Set<string>;
}

function gridOf(host: ExcelHostDouble, name: string): Grid {
  const sheet = host.sheet(name);
  const cells = new Map(host.cells(name).map((cell) => [cell.address, cell]));
  let rows = 1;
  let columns = 1;
  for (const cell of cells.values()) {
    rows = Math.max(rows, cell.row);
    columns = Math.max(columns, cell.column);
  }
  for (const merge of sheet.merges) {
    rows = Math.max(rows, merge.bottom);
    columns = Math.max(columns, merge.right);
  }
  const selected = host.selection?.sheet === sheet.name ? rangeOf(host.selection.address) : null;
  if (selected) {
    rows = Math.max(rows, Math.min(selected.bottom, MAX_ROWS));
    columns = Math.max(columns, Math.min(selected.right, MAX_COLUMNS));
  }
  const merges = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    merges.set(cellAddress(merge.top, merge.left), merge);
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) {
        if (row !== merge.top || column !== merge.left) covered.add(cellAddress(row, column));
      }
    }
  }
  return {
    sheet: sheet.name,
    bounds: { rows: Math.min(rows, MAX_ROWS), columns: Math.min(columns, MAX_COLUMNS) },
    full: { rows, columns },
    cells,
    merges,
    covered,
  };
}

function rangeOf(address: string): CellRange | null {
  const [from = '', to = from] = address.split(':');
  const start = parseCellAddress(from);
  const end = parseCellAddress(to);
  if (!start || !end) return null;
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

function inside(range: CellRange | null, row: number, column: number): boolean {
  return range !== null && row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

const SheetTable = memo(function SheetTable({ grid, selected }: { grid: Grid; selected: CellRange | null }) {
  const rowNumbers = Array.from({ length: grid.bounds.rows }, (_, i) => i + 1);
  const columnNumbers = Array.from({ length: grid.bounds.columns }, (_, i) => i + 1);
  const cut = grid.full.rows > grid.bounds.rows || grid.full.columns > grid.bounds.columns;
  return (
    <>
      <table className="cells" data-sheet={grid.sheet}>
        <thead>
          <tr>
            <td className="corner" />
            {columnNumbers.map((column) => (
              <th key={column} scope="col">
                {columnLetter(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rowNumbers.map((row) => (
            <tr key={row}>
              <th scope="row">{row}</th>
              {columnNumbers.map((column) => {
                const address = cellAddress(row, column);
                if (grid.covered.has(address)) return null;
                const merge = grid.merges.get(address);
                const cell = grid.cells.get(address);
                const isSelected = inside(selected, row, column);
                return (
                  <td
                    key={column}
                    data-address={address}
                    data-selected={isSelected || undefined}
                    colSpan={merge ? Math.min(merge.right, grid.bounds.columns) - merge.left + 1 : undefined}
                    rowSpan={merge ? Math.min(merge.bottom, grid.bounds.rows) - merge.top + 1 : undefined}
                    title={cell?.formula ? `${address}: ${cell.formula}` : undefined}
                    className={cellClass(cell, isSelected)}
                    style={cell?.fill ? { backgroundColor: cell.fill } : undefined}
                  >
                    {cell ? textOf(cell.value) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {cut && (
        <p className="view-caption">
          <span lang="vi">
            Chỉ hiện {grid.bounds.rows} dòng × {grid.bounds.columns} cột đầu (trang có {grid.full.rows} × {grid.full.columns}).
          </span>{' '}
          <span lang="en">
            Showing the first {grid.bounds.rows} rows × {grid.bounds.columns} columns (the sheet has {grid.full.rows} × {grid.full.columns}).
          </span>
        </p>
      )}
    </>
  );
});

function cellClass(cell: CellView | undefined, selected: boolean): string | undefined {
  const classes = [
    selected && 'selected',
    cell?.bold && 'bold',
    typeof cell?.value === 'number' && 'number',
    cell?.hyperlink && 'link',
    cell?.formula?.toUpperCase().startsWith('=HYPERLINK(') && 'link',
  ].filter((name): name is string => typeof name === 'string');
  return classes.length > 0 ? [...new Set(classes)].join(' ') : undefined;
}

/** The value as text: numbers as JavaScript writes them (long fractions cut to 10 digits), errors as Excel shows them. */
export function textOf(value: ModelValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  return value;
}
