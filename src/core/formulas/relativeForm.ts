/**
 * A formula as it reads relative to its own cell, like Excel's R1C1 notation: =E199*0.33 in E205
 * and =F199*0.33 in F205 are both "R[-6]C*0.33", the same formula filled across a row.
 */
import { tokenize } from './tokenize';

/** Null for a formula the tokenizer cannot read. */
export function relativeForm(formula: string, row: number, column: number): string | null {
  const tokens = tokenize(formula);
  if (!tokens) return null;
  const offset = (letter: string, by: number): string => (by === 0 ? letter : `${letter}[${by}]`);
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'reference': {
          const { top, left, bottom, right } = token.area;
          const corner = (r: number, c: number): string => offset('R', r - row) + offset('C', c - column);
          const sheet = token.sheet === null ? '' : `'${token.sheet}'!`;
          return sheet + corner(top, left) + (top === bottom && left === right ? '' : `:${corner(bottom, right)}`);
        }
        case 'number':
          return String(token.value);
        case 'text':
          return JSON.stringify(token.value);
        case 'error':
          return token.code;
        case 'name':
          return token.name.toUpperCase();
        case 'operator':
          return token.operator;
      }
    })
    .join('');
}
