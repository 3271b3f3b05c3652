/** The formula evaluator behind calculateMissingResults: formula cells saved without a result. */
import { describe, expect, it } from 'vitest';
import { parseCellAddress } from '../../../src/core/address';
import { calculateMissingResults } from '../../../src/core/formulas';
import { MAX_FORMULA_LENGTH, MAX_FORMULA_NESTING, parseFormula } from '../../../src/core/formulas/parse';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';

/** A sheet from A1 whose cells are given by address; a text starting with "=" is a formula saved without its result. */
function sheetOf(cells: Readonly<Record<string, CellValue>>, name = 'Biểu 01'): SheetSnapshot {
  const positions = Object.keys(cells).map((address) => parseCellAddress(address)!);
  const height = Math.max(...positions.map((p) => p.row));
  const width = Math.max(...positions.map((p) => p.column));
  const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => Array<string | null>(width).fill(null));
  for (const [address, value] of Object.entries(cells)) {
    const { row, column } = parseCellAddress(address)!;
    if (typeof value === 'string' && value.startsWith('=')) formulas[row - 1]![column - 1] = value;
    else values[row - 1]![column - 1] = value;
  }
  return { name, origin: { row: 1, column: 1 }, values, formulas, merges: [] };
}

/** The value calculated for `address`, or undefined when it stays uncalculated. */
function calculated(cells: Readonly<Record<string, CellValue>>, address = 'A1'): CellValue | undefined {
  const { snapshot, uncalculated } = calculateMissingResults(sheetOf(cells));
  const { row, column } = parseCellAddress(address)!;
  if (uncalculated.some((p) => p.row === row && p.column === column)) return undefined;
  return snapshot.values[row - 1]![column - 1];
}

/** A formula in A1 over numbers in row 2 onwards. */
const value = (formula: string, cells: Readonly<Record<string, CellValue>> = {}) => calculated({ A1: formula, ...cells });

describe('operators and precedence', () => {
  it.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=2^3^2', 64],
    ['=-2^2', 4],
    ['=2^-1', 0.5],
    ['=10-4-3', 3],
    ['=12/4/3', 1],
    ['=50%', 0.5],
    ['=200*10%', 20],
    ['=-50%', -0.5],
    ['=1.5e2+.5', 150.5],
    ['=+3', 3],
    ['=--3', 3],
    ['= 1 + 2 ', 3],
  ] as const)('%s is %s', (formula, expected) => {
    expect(value(formula)).toBe(expected);
  });

  it('concatenates texts and numbers as Excel shows them', () => {
    expect(value('="TH "&(2020-1)')).toBe('TH 2019');
    expect(value('="a"&B2&TRUE', { B2: 0.1 + 0.2 })).toBe('a0.3TRUE');
    expect(value('=B2&"x"')).toBe('x');
    expect(value('="say ""hi"""')).toBe('say "hi"');
  });

  it('compares like Excel: numbers below texts below logicals, texts ignoring case, 15 digits', () => {
    expect(value('=0.1+0.2=0.3')).toBe(true);
    expect(value('="abc"="ABC"')).toBe(true);
    expect(value('=5<"4"')).toBe(true);
    expect(value('="z"<FALSE')).toBe(true);
    expect(value('=B2=0')).toBe(true);
    expect(value('=B2=""')).toBe(true);
    expect(value('=3<>3')).toBe(false);
    expect(value('=2>=2')).toBe(true);
    expect(value('=1+1<=1')).toBe(false);
  });
});

describe('references', () => {
  it('reads cells, absolute or not, and the sheet named by itself', () => {
    expect(value('=B2+$C$2+$B2+C$2', { B2: 1, C2: 10 })).toBe(22);
    expect(value("='Biểu 01'!B2*2", { B2: 4 })).toBe(8);
    expect(value('=biểu!B2')).toBeUndefined();
  });

  it('treats an empty cell as 0 in arithmetic, and a formula reading only an empty cell shows 0', () => {
    expect(value('=B2+1')).toBe(1);
    expect(value('=B2', { C3: 1 })).toBe(0);
    expect(value('=B9')).toBe(0);
  });

  it('reads a text of digits as its number, other text as #VALUE!, and never guesses a locale', () => {
    expect(value('=B2+1', { B2: '41' })).toBe(42);
    expect(value('=B2+1', { B2: 'abc' })).toEqual({ error: '#VALUE!' });
    expect(value('=B2+1', { B2: '' })).toEqual({ error: '#VALUE!' });
    expect(value('=B2+1', { B2: '1.234' })).toBeUndefined();
  });

  it('reads logicals as 1 and 0 in arithmetic', () => {
    expect(value('=TRUE+TRUE+FALSE')).toBe(2);
  });
});

describe('errors', () => {
  it('divides by zero and by an empty cell into #DIV/0!', () => {
    expect(value('=1/0')).toEqual({ error: '#DIV/0!' });
    expect(value('=B2/C2', { B2: 5 })).toEqual({ error: '#DIV/0!' });
  });

  it('passes errors on through operators and functions, the leftmost first', () => {
    expect(value('=B2+1', { B2: { error: '#N/A' } })).toEqual({ error: '#N/A' });
    expect(value('=#REF!+1/0')).toEqual({ error: '#REF!' });
    expect(value('=SUM(B2:B3)', { B2: 1, B3: { error: '#N/A' } })).toEqual({ error: '#N/A' });
    expect(value('=ROUND(1/0,2)')).toEqual({ error: '#DIV/0!' });
    expect(value('="x"&B2', { B2: { error: '#NUM!' } })).toEqual({ error: '#NUM!' });
    expect(value('=B2=1', { B2: { error: '#NUM!' } })).toEqual({ error: '#NUM!' });
  });

  it('gives #NUM! for 0^0 and results out of range', () => {
    expect(value('=0^0')).toEqual({ error: '#NUM!' });
    expect(value('=(-8)^0.5')).toEqual({ error: '#NUM!' });
    expect(value('=10^400')).toEqual({ error: '#NUM!' });
  });
});

describe('functions', () => {
  const column = { B2: 10, B3: 'ghi chú', B4: null, B5: 2.5, B6: true };

  it('SUM adds the numbers of ranges, skipping texts, logicals and blanks, and converts typed arguments', () => {
    expect(value('=SUM(B2:B6)', column)).toBe(12.5);
    expect(value('=SUM(B2,B3)', column)).toBe(10);
    expect(value('=SUM(B2:B6,1,TRUE,"2")', column)).toBe(16.5);
    expect(value('=SUM("abc")')).toEqual({ error: '#VALUE!' });
    expect(value('=sum(B:B)', column)).toBe(12.5);
    expect(value('=SUM(2:3)', { B2: 1, C3: 2 })).toBe(3);
    expect(value('=SUM(B7:B9)')).toBe(0);
  });

  it('AVERAGE, MIN and MAX read numbers the same way', () => {
    expect(value('=AVERAGE(B2:B6)', column)).toBe(6.25);
    expect(value('=AVERAGE(B3:B4)', column)).toEqual({ error: '#DIV/0!' });
    expect(value('=MIN(B2:B6,4)', column)).toBe(2.5);
    expect(value('=MAX(B2:B6)', column)).toBe(10);
    expect(value('=MAX(B3:B4)', column)).toBe(0);
  });

  it('SUBTOTAL 9 and 109 add a range, leaving out the subtotals inside it', () => {
    const cells = { B2: '=SUBTOTAL(9,B3:B4)', B3: 1, B4: 2, B5: '=SUBTOTAL(9,B6)', B6: 4 };
    expect(value('=SUBTOTAL(9,B2:B6)', cells)).toBe(7);
    expect(value('=SUBTOTAL(109,B2:B6)', cells)).toBe(7);
    expect(value('=SUBTOTAL(1,B3:B4)', cells)).toBe(1.5);
    expect(value('=SUBTOTAL(3,B3:B4)', cells)).toBeUndefined();
    expect(value('=SUBTOTAL(9,5)')).toBeUndefined();
  });

  it('ROUND rounds half away from zero at 15 digits; ROUNDUP away from zero, ROUNDDOWN towards it', () => {
    expect(value('=ROUND(2.675,2)')).toBe(2.68);
    expect(value('=ROUND(-2.5,0)')).toBe(-3);
    expect(value('=ROUND(1234.5,-2)')).toBe(1200);
    expect(value('=ROUND(14048/19000*100,2)')).toBe(73.94);
    expect(value('=ROUND(B2,)', { B2: 7.6 })).toBe(8);
    expect(value('=ROUNDUP(1.21,1)')).toBe(1.3);
    expect(value('=ROUNDUP(-1.21,1)')).toBe(-1.3);
    expect(value('=ROUNDDOWN(0.3*3,1)')).toBe(0.9);
    expect(value('=ROUNDDOWN(-1.29,1.9)')).toBe(-1.2);
    expect(value('=ROUND(1.5)')).toBeUndefined();
  });

  it('ABS, IF and IFERROR', () => {
    expect(value('=ABS(-3)')).toBe(3);
    expect(value('=IF(B2>5,"lớn","nhỏ")', { B2: 6 })).toBe('lớn');
    expect(value('=IF(B2,1)', { C2: 1 })).toBe(false);
    expect(value('=IF(1,,2)')).toBe(0);
    expect(value('=IF("x",1,2)')).toEqual({ error: '#VALUE!' });
    expect(value('=IF(B2=0,0,C2/B2)', { C2: 4 })).toBe(0);
    expect(value('=IFERROR(C2/B2,"-")', { C2: 4 })).toBe('-');
    expect(value('=IFERROR(C2/B2,"-")', { B2: 2, C2: 4 })).toBe(2);
  });

  it('evaluates only the branch IF takes, so an unsupported function elsewhere does not matter', () => {
    expect(value('=IF(TRUE,1,VLOOKUP(B2,C2:D3,2,0))')).toBe(1);
    expect(value('=IF(FALSE,1,VLOOKUP(B2,C2:D3,2,0))')).toBeUndefined();
  });

  it('reads names case-insensitively and without the _xlfn. prefix', () => {
    expect(value('=_xlfn.iferror(1/0,5)')).toBe(5);
  });
});

describe('cells that read cells without a result', () => {
  it('calculates them first, whatever their order in the sheet', () => {
    const cells = { A1: '=SUM(A2:A4)', A2: '=A3*2', A3: '=B3+1', A4: 5, B3: 1 };
    expect(calculated(cells, 'A1')).toBe(11);
    expect(calculated(cells, 'A2')).toBe(4);
  });

  it('follows a long chain without overflowing the stack', () => {
    const cells: Record<string, CellValue> = { A5000: 1 };
    for (let row = 1; row < 5000; row++) cells[`A${row}`] = `=A${row + 1}+1`;
    expect(calculated(cells, 'A1')).toBe(5000);
  });

  it('leaves cells in a cycle, and the cells reading them, without a value', () => {
    const { snapshot, uncalculated } = calculateMissingResults(sheetOf({ A1: '=A2+1', A2: '=A1+1', A3: '=A1', A4: '=A4', B1: '=1+1' }));
    expect(uncalculated).toEqual([
      { row: 1, column: 1 },
      { row: 2, column: 1 },
      { row: 3, column: 1 },
      { row: 4, column: 1 },
    ]);
    expect(snapshot.values.map((row) => row[0])).toEqual([null, null, null, null]);
    expect(snapshot.values[0]![1]).toBe(2);
  });

  it('leaves a cell reading an uncalculated cell without a value, never 0', () => {
    const cells = { A1: '=B1+1', B1: '=FOO(2)' };
    expect(calculated(cells, 'A1')).toBeUndefined();
    expect(calculated(cells, 'B1')).toBeUndefined();
  });
});

describe('what is not evaluated', () => {
  it.each([
    ['an unknown function', '=VLOOKUP(B2,C2:D3,2,0)'],
    ['another sheet', "='Biểu 02'!B2"],
    ['another workbook', '=[1]Sheet1!B2'],
    ['a defined name', '=Tong_so*2'],
    ['a range as a single value', '=B2:B3+1'],
    ['an intersection', '=B2:C3 C2:C4'],
    ['a union', '=SUM((B2,B3))'],
    ['a structured reference', '=Table1[Cột]'],
    ['unbalanced parentheses', '=(1+2'],
    ['a dangling operator', '=1+'],
    ['a date stored as text', '=B2+1'],
  ])('%s', (_, formula) => {
    expect(value(formula, { B2: '2020-12-31', C2: 1, D3: 2 })).toBeUndefined();
  });

  it('gives back the same snapshot when no formula cell lacks a result', () => {
    const snapshot: SheetSnapshot = { ...sheetOf({ A1: 1, B1: '=A1' }), values: [[1, 1]] };
    const result = calculateMissingResults(snapshot);
    expect(result.snapshot).toBe(snapshot);
    expect(result.uncalculated).toEqual([]);
    const withoutFormulas: SheetSnapshot = { name: 'x', origin: { row: 1, column: 1 }, values: [[null]], merges: [] };
    expect(calculateMissingResults(withoutFormulas).snapshot).toBe(withoutFormulas);
  });

  it('leaves the snapshot it was given unchanged', () => {
    const snapshot = sheetOf({ A1: '=1+1', B1: 3 });
    calculateMissingResults(snapshot);
    expect(snapshot.values[0]).toEqual([null, 3]);
  });

  it('keeps the origin: references are worksheet addresses', () => {
    const snapshot: SheetSnapshot = { name: 'x', origin: { row: 5, column: 3 }, values: [[2, null]], formulas: [[null, '=C5*3']], merges: [] };
    expect(calculateMissingResults(snapshot).snapshot.values[0]![1]).toBe(6);
  });
});

describe('parseFormula', () => {
  it('reads whole columns and rows, and tells a function from a cell-like name', () => {
    expect(parseFormula('=SUM(E:E)', 'x')).toEqual({
      kind: 'call',
      name: 'SUM',
      args: [{ kind: 'reference', area: { top: 1, left: 5, bottom: 1_048_576, right: 5 } }],
    });
    expect(parseFormula('=LOG10(100)', 'x')).toMatchObject({ kind: 'call', name: 'LOG10' });
    expect(parseFormula('=$B$3:A1', 'x')).toEqual({ kind: 'reference', area: { top: 1, left: 1, bottom: 3, right: 2 } });
  });
});

describe('parseFormula: nesting', () => {
  const bracketed = (depth: number): string => `=${'('.repeat(depth)}1${')'.repeat(depth)}`;
  const called = (depth: number): string => `=${'ABS('.repeat(depth)}1${')'.repeat(depth)}`;

  it('reads brackets and calls nested as deep as the limit', () => {
    expect(parseFormula(bracketed(MAX_FORMULA_NESTING), 'x')).toEqual({ kind: 'number', value: 1 });
    expect(parseFormula(called(MAX_FORMULA_NESTING), 'x')).toMatchObject({ kind: 'call', name: 'ABS' });
    expect(parseFormula(`=${'-'.repeat(MAX_FORMULA_NESTING)}1`, 'x')).toMatchObject({ kind: 'negate' });
  });

  it('gives up on deeper nesting, as on any formula it cannot follow, instead of overflowing the stack', () => {
    // 4,000 levels fit in Excel's 8,192 characters; a file can hold them even where Excel would not.
    for (const formula of [bracketed(4_000), called(2_000), `=${'-'.repeat(8_000)}1`, `=${'+'.repeat(8_000)}1`, bracketed(MAX_FORMULA_NESTING + 1)]) {
      expect(parseFormula(formula, 'x')).toBeNull();
    }
  });

  it('reads a chain of additions as long as Excel allows, and calculates it; a longer one it leaves', () => {
    const chain = (terms: number): string => `=${Array.from({ length: terms }, () => 'A1').join('+')}`;
    const longest = chain(Math.floor((MAX_FORMULA_LENGTH + 1) / 3));
    expect(longest.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH + 1);
    expect(calculated({ A1: 1, A2: longest }, 'A2')).toBe(Math.floor((MAX_FORMULA_LENGTH + 1) / 3));
    // 20,000 terms: a tree 20,000 deep would overflow the stack of every walk over it.
    expect(parseFormula(chain(20_000), 'x')).toBeNull();
    expect(calculated({ A1: 1, A2: chain(20_000) }, 'A2')).toBeUndefined();
  });

  it('leaves a formula nested too deep uncalculated, and calculates the cells around it', () => {
    expect(calculated({ A1: `=${'('.repeat(4_000)}2${')'.repeat(4_000)}` })).toBeUndefined();
    expect(calculated({ A1: 2, A2: '=A1*3' }, 'A2')).toBe(6);
  });
});
