import { describe, expect, it } from 'vitest';
import { relativeForm } from '../../../src/core/formulas/relativeForm';

describe('relativeForm', () => {
  it('reads a formula filled across a row the same in every cell', () => {
    expect(relativeForm('=E199*0.33', 205, 5)).toBe('R[-6]C*0.33');
    expect(relativeForm('=M199*0.33', 205, 13)).toBe('R[-6]C*0.33');
  });

  it('tells apart a formula that reads other cells', () => {
    expect(relativeForm('=N206+N207+N208', 205, 14)).toBe('R[1]C+R[2]C+R[3]C');
    expect(relativeForm('=SUM(E61:E66)', 60, 5)).toBe('SUM(R[1]C:R[6]C)');
    expect(relativeForm("='Biểu 2'!F6/F5", 5, 6)).toBe("'Biểu 2'!R[1]C/RC");
  });

  it('is null for a formula the tokenizer cannot read', () => {
    expect(relativeForm('=[1]Sheet1!A1', 1, 1)).toBeNull();
  });
});
