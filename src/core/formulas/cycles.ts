/**
 * Circular references among the formulas of one sheet: the cells whose formulas, through the
 * cells they read, come back to themselves. Excel refuses to calculate them.
 *
 * The graph has one node per formula cell and an edge to every formula cell a formula reads. A
 * range would give an edge per cell it covers (a running total down 20,000 rows, millions), so
 * each column's formula cells are the leaves of a segment tree and a range points to the
 * O(log n) tree nodes that cover it. Tree nodes only lead down to cells: every cycle of the graph
 * passes through cells, and two cells are on a cycle together exactly when they are in the graph.
 */
import type { Expression } from './ast';
import { firstAtLeast } from './sortedSearch';

export interface FormulaCell {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

export interface FormulaCycles {
  /** Each set of cells that read one another round, as indexes into the cells given, in sheet order. */
  readonly cycles: readonly (readonly number[])[];
  /** The cells of a shortest way round from a cell of a cycle back to itself, starting with it. */
  shortestCycle(from: number): number[];
}

/** A cell's formula parsed, or null where the parser cannot follow it (other sheets, names): it then reads nothing here. */
export type ParsedAt = (row: number, column: number) => Expression | null;

/** `cells` in sheet order (row by row). */
export function formulaCycles(cells: readonly FormulaCell[], parsedAt: ParsedAt): FormulaCycles {
  const graph = new ReferenceGraph(cells, parsedAt);
  const { component, count } = strongComponents(graph, cells.length);
  const size = new Int32Array(count);
  for (const id of component) if (id >= 0) size[id]!++;
  // A component of one node is a cycle only when the cell reads itself.
  const members = new Map<number, number[]>();
  for (let cell = 0; cell < cells.length; cell++) {
    const id = component[cell]!;
    if (size[id] === 1 && !graph.edges(cell).includes(cell)) continue;
    const list = members.get(id);
    if (list) list.push(cell);
    else members.set(id, [cell]);
  }
  const cycles = [...members.values()];
  cycles.sort((a, b) => a[0]! - b[0]!);
  return { cycles, shortestCycle: (from) => shortestCycle(graph, component, from) };
}

/** Functions that read where a reference is, not what it holds: ROW(A1) in A1 is no cycle. */
const positionOnly: ReadonlySet<string> = new Set(['ROW', 'ROWS', 'COLUMN', 'COLUMNS', 'OFFSET', 'CELL', 'AREAS', 'ISREF']);

function readAreas(expression: Expression, into: Expression[]): void {
  switch (expression.kind) {
    case 'reference':
      into.push(expression);
      return;
    case 'negate':
    case 'percent':
      readAreas(expression.operand, into);
      return;
    case 'binary':
      readAreas(expression.left, into);
      readAreas(expression.right, into);
      return;
    case 'call':
      if (!positionOnly.has(expression.name)) for (const arg of expression.args) readAreas(arg, into);
      return;
    default:
      return;
  }
}

/** One column's formula cells by row, and where its inner nodes' ids start. */
interface SegmentTree {
  readonly rows: number[];
  readonly cells: number[];
  base: number;
}

/** Nodes 0 … cells-1 are the cells; the rest are the inner nodes of each column's segment tree. */
class ReferenceGraph {
  readonly nodeCount: number;
  /** The columns holding formulas, ascending, and the segment tree of each. */
  private readonly columns: number[];
  private readonly trees: SegmentTree[];
  /** Each inner node's two children. */
  private readonly children: number[] = [];
  private readonly cellEdges: (readonly number[] | undefined)[] = [];

  constructor(
    private readonly cells: readonly FormulaCell[],
    private readonly parsedAt: ParsedAt,
  ) {
    const byColumn = new Map<number, SegmentTree>();
    cells.forEach((cell, index) => {
      let tree = byColumn.get(cell.column);
      if (!tree) byColumn.set(cell.column, (tree = { rows: [], cells: [], base: 0 }));
      tree.rows.push(cell.row);
      tree.cells.push(index);
    });
    this.columns = [...byColumn.keys()].sort((a, b) => a - b);
    this.trees = this.columns.map((column) => byColumn.get(column)!);
    let next = cells.length;
    for (const tree of this.trees) {
      const leaves = tree.cells.length;
      // Inner positions 1 … leaves-1 of a bottom-up segment tree; position p has children 2p and 2p+1.
      tree.base = next - 1;
      for (let position = 1; position < leaves; position++) {
        this.children.push(this.nodeAt(tree, 2 * position), this.nodeAt(tree, 2 * position + 1));
      }
      next += Math.max(leaves - 1, 0);
    }
    this.nodeCount = next;
  }

  isCell(node: number): boolean {
    return node < this.cells.length;
  }

  edges(node: number): readonly number[] {
    if (!this.isCell(node)) {
      const at = 2 * (node - this.cells.length);
      return [this.children[at]!, this.children[at + 1]!];
    }
    return (this.cellEdges[node] ??= this.readCells(node));
  }

  private nodeAt(tree: SegmentTree, position: number): number {
    const leaves = tree.cells.length;
    return position >= leaves ? tree.cells[position - leaves]! : tree.base + position;
  }

  /** The nodes covering the formula cells the cell's formula reads. */
  private readCells(node: number): number[] {
    const { row, column } = this.cells[node]!;
    const expression = this.parsedAt(row, column);
    if (!expression) return [];
    const references: Expression[] = [];
    readAreas(expression, references);
    const found: number[] = [];
    for (const reference of references) {
      if (reference.kind !== 'reference') continue;
      const { top, left, bottom, right } = reference.area;
      for (let i = firstAtLeast(this.columns, left); i < this.columns.length && this.columns[i]! <= right; i++) {
        const tree = this.trees[i]!;
        const leaves = tree.cells.length;
        let low = firstAtLeast(tree.rows, top) + leaves;
        let high = firstAtLeast(tree.rows, bottom + 1) + leaves;
        while (low < high) {
          if (low & 1) found.push(this.nodeAt(tree, low++));
          if (high & 1) found.push(this.nodeAt(tree, --high));
          low >>= 1;
          high >>= 1;
        }
      }
    }
    return found;
  }
}

/**
 * Tarjan's strongly connected components, with an explicit stack: chains of formulas run long.
 * Each node's component id; -1 for tree nodes no formula reaches (only cells start a search).
 */
function strongComponents(graph: ReferenceGraph, cells: number): { component: Int32Array; count: number } {
  const index = new Int32Array(graph.nodeCount).fill(-1);
  const low = new Int32Array(graph.nodeCount);
  const component = new Int32Array(graph.nodeCount).fill(-1);
  const onStack = new Uint8Array(graph.nodeCount);
  const stack: number[] = [];
  const frames: { node: number; edges: readonly number[]; next: number }[] = [];
  let nextIndex = 0;
  let count = 0;
  const open = (node: number): void => {
    index[node] = low[node] = nextIndex++;
    stack.push(node);
    onStack[node] = 1;
    frames.push({ node, edges: graph.edges(node), next: 0 });
  };
  for (let root = 0; root < cells; root++) {
    if (index[root] !== -1) continue;
    open(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.next < frame.edges.length) {
        const target = frame.edges[frame.next++]!;
        if (index[target] === -1) open(target);
        else if (onStack[target]) low[frame.node] = Math.min(low[frame.node]!, index[target]!);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] !== index[frame.node]) continue;
      for (let member = stack.pop()!; ; member = stack.pop()!) {
        onStack[member] = 0;
        component[member] = count;
        if (member === frame.node) break;
      }
      count++;
    }
  }
  return { component, count };
}

/**
 * Breadth first over cells, within the cycle's component: tree nodes are passed through at no
 * cost, so the way found is the one through the fewest cells.
 */
function shortestCycle(graph: ReferenceGraph, component: Int32Array, from: number): number[] {
  const own = component[from]!;
  const cameFrom = new Map<number, number>();
  const passed = new Set<number>();
  let frontier = [from];
  while (frontier.length > 0 && !cameFrom.has(from)) {
    const reached: number[] = [];
    for (const cell of frontier) {
      const pending = [...graph.edges(cell)];
      while (pending.length > 0) {
        const node = pending.pop()!;
        if (component[node] !== own || passed.has(node) || cameFrom.has(node)) continue;
        if (!graph.isCell(node)) {
          passed.add(node);
          pending.push(...graph.edges(node));
          continue;
        }
        cameFrom.set(node, cell);
        if (node !== from) reached.push(node);
      }
    }
    frontier = reached;
  }
  const way: number[] = [];
  for (let cell = cameFrom.get(from)!; cell !== from; cell = cameFrom.get(cell)!) way.push(cell);
  return [from, ...way.reverse()];
}
