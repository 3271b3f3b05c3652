import { describe, expect, it } from 'vitest';
import { translateFormula } from '../../../src/adapters/xlsxReader/sharedFormulas';

describe('translateFormula', () => {
  it('moves relative references and keeps anchored ones', () => {
    expect(translateFormula('A1+$B$1*B$2+$C3', 2, 1)).toBe('B3+$B$1*C$2+$C5');
    expect(translateFormula('SUM(C5:D5)/C$4', 0, 3)).toBe('SUM(F5:G5)/F$4');
  });

  it('leaves text, function names, sheet names and structured references as they are', () => {
    expect(translateFormula('"A1 "&LOG10(A1)&\'B1 x\'!B1&Sheet2!C1&Bảng1[[#This Row],[A1]]', 1, 0)).toBe('"A1 "&LOG10(A2)&\'B1 x\'!B2&Sheet2!C2&Bảng1[[#This Row],[A1]]');
    expect(translateFormula('IF(TRUE,"say ""A1""",[1]Data!A1)', 1, 1)).toBe('IF(TRUE,"say ""A1""",[1]Data!B2)');
  });

  it('moves whole columns and rows, and makes a reference moved off the sheet #REF!', () => {
    expect(translateFormula('SUM(B:B)+SUM(2:3)+SUM($C:$C)', 1, 1)).toBe('SUM(C:C)+SUM(3:4)+SUM($C:$C)');
    expect(translateFormula('A1-B2', -1, 0)).toBe('#REF!-B1');
    expect(translateFormula('XFD1', 0, 1)).toBe('#REF!');
  });

  it('does not take names that only look like references for them', () => {
    expect(translateFormula('Thuế2020+Tax_2020+XFE1+A1B2+R1C1x', 1, 1)).toBe('Thuế2020+Tax_2020+XFE1+A1B2+R1C1x');
  });
});
