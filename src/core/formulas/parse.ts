/**
 * Parses a formula into an Expression, with Excel's precedence: negation, percent, ^, * and /,
 * + and -, &, comparisons; left to right within a level (so -2^2 is 4, as in Excel). Null for
 * what the evaluator cannot follow: other sheets or workbooks, defined names, unions, intersections.
 */
import type { BinaryOperator, Expression } from './ast';
import { tokenize, type Token } from './tokenize';

/** The binary operators by precedence, loosest first: comparisons, &, + and -, * and /, ^. */
const binaryLevels: readonly (readonly BinaryOperator[])[] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];
/** Each binary operator's sign: the operator and its level. */
const binaryOperators: ReadonlyMap<string, { operator: BinaryOperator; level: number }> = new Map(
  binaryLevels.flatMap((operators, level) => operators.map((operator) => [operator, { operator, level }] as const)),
);

/**
 * How deep brackets, function calls and signs may nest before a formula counts as one the checker
 * cannot follow (its cached result is used, as for any such formula). Excel itself allows 64 levels
 * of nested functions; a hand-made file can hold thousands, which would overflow the call stack of
 * this parser and of every walk over its tree.
 */
export const MAX_FORMULA_NESTING = 100;

/** Excel's own limit on a formula's contents, in characters (the leading "=" not counted). */
export const MAX_FORMULA_LENGTH = 8_192;

export function parseFormula(formula: string, sheet: string): Expression | null {
  // Longer than Excel allows: no sheet Excel saved holds it, and a chain of thousands of additions
  // would make a tree too deep for the walks over it.
  if (formula.length > MAX_FORMULA_LENGTH + 1) return null;
  const tokens = tokenize(formula);
  if (!tokens) return null;
  try {
    const parser = new Parser(tokens, sheet);
    const expression = parser.comparison();
    return parser.atEnd() ? expression : null;
  } catch (error) {
    if (error instanceof Unparsable) return null;
    throw error;
  }
}

class Unparsable extends Error {}

class Parser {
  private at = 0;
  /** Brackets, calls and signs open around the token being read. */
  private nesting = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly sheet: string,
  ) {}

  atEnd(): boolean {
    return this.at === this.tokens.length;
  }

  comparison(): Expression {
    return this.binary(0);
  }

  /**
   * Operands joined by operators of `minLevel` or tighter, left to right within a level (precedence
   * climbing: the same trees as one grammar rule per level, without passing every operand down five levels).
   */
  private binary(minLevel: number): Expression {
    let left = this.postfix();
    for (;;) {
      const token = this.tokens[this.at];
      const binary = token?.kind === 'operator' ? binaryOperators.get(token.operator) : undefined;
      if (binary === undefined || binary.level < minLevel) return left;
      this.at++;
      left = { kind: 'binary', operator: binary.operator, left, right: this.binary(binary.level + 1) };
    }
  }

  private postfix(): Expression {
    let operand = this.prefix();
    while (this.operatorIs('%')) {
      this.at++;
      operand = { kind: 'percent', operand };
    }
    return operand;
  }

  private prefix(): Expression {
    const negates = this.operatorIs('-');
    if (!negates && !this.operatorIs('+')) return this.primary();
    this.at++;
    this.deeper();
    const operand = this.prefix();
    this.nesting--;
    // A leading + changes nothing in Excel, not even a text.
    return negates ? { kind: 'negate', operand } : operand;
  }

  /** One level deeper (the caller steps back out when done); past MAX_FORMULA_NESTING the formula is unparsable. */
  private deeper(): void {
    if (++this.nesting > MAX_FORMULA_NESTING) throw new Unparsable();
  }

  /** A comparison one level deeper: inside brackets or a call's argument. */
  private nestedComparison(): Expression {
    this.deeper();
    const inner = this.comparison();
    this.nesting--;
    return inner;
  }

  private primary(): Expression {
    const token = this.tokens[this.at++];
    if (!token) throw new Unparsable();
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: token.value };
      case 'text':
        return { kind: 'text', value: token.value };
      case 'error':
        return { kind: 'error', code: token.code };
      case 'reference':
        if (token.sheet !== null && token.sheet.toLowerCase() !== this.sheet.toLowerCase()) throw new Unparsable();
        return { kind: 'reference', area: token.area };
      case 'name':
        return this.named(token.name);
      case 'operator':
        if (token.operator !== '(') throw new Unparsable();
        return this.closed(this.nestedComparison());
    }
  }

  private named(name: string): Expression {
    const upper = name.toUpperCase();
    if (!this.operatorIs('(')) {
      if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
      throw new Unparsable();
    }
    this.at++;
    const args: Expression[] = [];
    if (this.operatorIs(')')) {
      this.at++;
      return { kind: 'call', name: upper.replace(/^_XLFN\./, ''), args };
    }
    for (;;) {
      args.push(this.operatorIs(',') || this.operatorIs(')') ? { kind: 'missing' } : this.nestedComparison());
      if (this.operatorIs(',')) {
        this.at++;
        continue;
      }
      return { kind: 'call', name: upper.replace(/^_XLFN\./, ''), args: this.closed(args) };
    }
  }

  private closed<T>(inner: T): T {
    if (!this.operatorIs(')')) throw new Unparsable();
    this.at++;
    return inner;
  }

  private operatorIs(operator: string): boolean {
    const token = this.tokens[this.at];
    return token?.kind === 'operator' && token.operator === operator;
  }
}
