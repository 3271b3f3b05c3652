import { describe, expect, it } from 'vitest';
import { EMPTY_STYLES_XML, StylesPart, cellStyleIndex } from '../../../src/adapters/xlsxPackage/stylesPart';
import { childrenNamed, parseXml, root } from '../../../src/adapters/xlsxPackage/xmlDocument';

/** A styles part whose cellXfs already holds three entries. */
const THREE_XFS = EMPTY_STYLES_XML.replace(
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
);

describe('cellStyleIndex', () => {
  it('gives each look the next entry after the workbook’s own the first time a cell has it, and plain cells the default', () => {
    const part = new StylesPart(THREE_XFS, 'xl/styles.xml');
    const indexOf = cellStyleIndex(part);
    expect(indexOf({ value: 'plain' })).toBe(0);
    expect(indexOf({ value: 'a', bold: true })).toBe(3);
    expect(indexOf({ value: 1, numberFormat: '0.0' })).toBe(4);
    expect(indexOf({ value: 'b', bold: true })).toBe(3);
    expect(indexOf({ value: null, fill: 'F2F2F2' })).toBe(5);
    expect(indexOf({ value: 2, numberFormat: '0.0' })).toBe(4);

    const xfs = childrenNamed(childrenNamed(root(parseXml(part.xml(), 'xl/styles.xml', 'styleSheet')), 'cellXfs')[0]!, 'xf');
    expect(xfs.length).toBe(6);
    expect(xfs[3]!.getAttribute('applyFont')).toBe('1');
    expect(xfs[4]!.getAttribute('applyNumberFormat')).toBe('1');
    expect(xfs[5]!.getAttribute('applyFill')).toBe('1');
  });

  it('tells looks apart by each of their parts, and finds a look again whatever else the cell holds', () => {
    const indexOf = cellStyleIndex(new StylesPart(EMPTY_STYLES_XML, 'xl/styles.xml'));
    const looks = [
      { bold: true },
      { wrap: true },
      { indent: 1 },
      { indent: 2 },
      { bold: true, indent: 1 },
      { fontColor: 'C00000' },
      { fill: 'C00000' },
      { numberFormat: '0.0' },
      { numberFormat: '0.0', bold: true, wrap: true, indent: 3, fontColor: '1F4E79', fill: 'FFF2CC' },
      { link: { sheet: 'A', row: 1, column: 1 } },
    ];
    const first = looks.map((look) => indexOf({ value: 'x', ...look }));
    expect(new Set(first).size).toBe(looks.length);
    expect(first.every((index) => index > 0)).toBe(true);
    expect(looks.map((look) => indexOf({ value: 7, ...look }))).toEqual(first);
    // An underline is the link's look, wherever the link goes.
    expect(indexOf({ value: 'y', externalLink: 'b.xlsx' })).toBe(first[9]);
    expect(indexOf({ value: 'z', indent: 0, numberFormat: '', fontColor: '', fill: '' })).toBe(0);
  });

  it('leaves the part as it was, counts set, when no look is added', () => {
    expect(new StylesPart(EMPTY_STYLES_XML, 'xl/styles.xml').xml()).toContain('<cellXfs count="1">');
  });
});
