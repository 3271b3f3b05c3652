/**
 * Every entry of every vocabulary list is recognised where the sheets write it, and the words
 * around it that are not in a list are not: adding a word to a list is tested here without a line.
 */
import { describe, expect, it } from 'vitest';
import { denominatorKind, figureKindOf, isComparisonHeader, isLabelHeader, namesTitleYear, readComparison, rowTextRoleOf } from '../../../src/core/layout/headerWords';
import { directionOf } from '../../../src/core/direction';
import { splitBreakdownMarker } from '../../../src/core/rows/breakdownWords';
import { parseRowCode, splitLeadingCode } from '../../../src/core/rows/numbering';
import { rowBullets } from '../../../src/core/vocabulary/rowBullets';
import { structureWords } from '../../../src/core/vocabulary/structureWords';
import type { CellValue } from '../../../src/core/snapshot';
import { check, header2023, sheet } from '../../helpers/sheets';
import { foldText } from '../../../src/core/textFold';
import { isTotalName } from '../../../src/core/totalNames';
import { readGroupName } from '../../../src/core/groupNames';
import { placeWords } from '../../../src/core/vocabulary/placeWords';
import { groupMeasureWords } from '../../../src/core/vocabulary/groupMeasureWords';
import { cropMeasureWords } from '../../../src/core/vocabulary/cropMeasureWords';
import { cropMeasureOf, type CropMeasure } from '../../../src/core/cropMeasures';
import { signedQuantityWords } from '../../../src/core/vocabulary/signedWords';
import { namesSignedQuantity } from '../../../src/core/signedQuantity';
import { breakdownWords } from '../../../src/core/vocabulary/breakdownWords';
import { higherDespite, lowerIsBetter } from '../../../src/core/vocabulary/lowerIsBetter';
import { totalNames } from '../../../src/core/vocabulary/totalNames';
import { readTextFigure } from '../../../src/core/values/textFigure';
import { qualifierPrefixes, qualifierSuffixes, rangeWords, remainingWords } from '../../../src/core/vocabulary/qualifiers';
import { parseUnit, unitAboveTable, unitInText } from '../../../src/core/units';
import { countedThings, dittoMarks, measuredBases, scaleWords, tableUnitWords, unitShortForms, unitWords } from '../../../src/core/vocabulary/unitWords';
import { comparisonWords, figureAbbreviations, figurePhrases, labelHeadingPhrases, ratioWords, rowTextHeadings, titleYearWords, type RowTextRole } from '../../../src/core/vocabulary/headerWords';
import { periodForms, periodNumberRange } from '../../../src/core/vocabulary/periodWords';
import { perPersonPhrases, perPersonUnitCeilings } from '../../../src/core/vocabulary/perPersonWords';
import { periodIn } from '../../../src/core/layout/periods';

const roleOfHeading = (text: string): RowTextRole | null => rowTextRoleOf(foldText(text));

describe('header words', () => {
  const headings = Object.entries(rowTextHeadings).flatMap(([role, { phrases, before = [], after = [] }]) =>
    phrases.flatMap((phrase) => [phrase, `(${phrase.toUpperCase()}):`, `${phrase}*`, ...before.map((word) => `${word} ${phrase}`), ...after.map((word) => `${phrase} ${word}`)].map((text) => [text, role] as const)),
  );

  it.each(headings)('reads "%s" as the %s heading', (text, role) => {
    expect(roleOfHeading(text)).toBe(role);
  });

  it('reads the headings as offices write them, with accents and punctuation', () => {
    expect(['STT', 'S.TT', 'Chỉ tiêu', 'Tên các chỉ tiêu chủ yếu', 'ĐVT', 'Đơn vị tính:', 'Ghi chú', 'Nguồn số liệu'].map(roleOfHeading)).toEqual([
      'code', 'code', 'label', 'label', 'unit', 'unit', 'note', 'note',
    ]);
    expect(isLabelHeader(foldText('Nội dung'))).toBe(true);
  });

  it('takes a heading only when it is the whole header text', () => {
    const nearMisses = ['Chỉ tiêu khác', 'Các chỉ tiêu phụ', 'Mã hàng', 'Số', 'Đơn vị thực hiện', 'Ghi', 'Chủ yếu chỉ tiêu', 'STT 1'];
    expect(nearMisses.filter((text) => roleOfHeading(text) !== null)).toEqual([]);
  });

  it.each(figurePhrases.map(({ phrase, kind }) => [phrase, kind] as const))('reads a figure column named "%s" as %s', (phrase, kind) => {
    expect(figureKindOf(`${phrase.toUpperCase()} năm 2020`)).toBe(kind);
  });

  it.each(figureAbbreviations.map(({ word, kind }) => [word, kind] as const))('reads the abbreviation "%s" as %s, alone or glued to a year', (word, kind) => {
    expect(figureKindOf(word.toUpperCase())).toBe(kind);
    expect(figureKindOf(`${word}2020`)).toBe(kind);
  });

  it('gives a prior year precedence over a plan, and a plan over an actual', () => {
    expect(figureKindOf('Thực hiện năm trước')).toBe('prior');
    expect(figureKindOf('Kế hoạch thực hiện')).toBe('plan');
  });

  it('reads figure words only as whole words', () => {
    expect(['Thuchien', 'Kế hoạchs', 'THU', 'Khoản', 'Ghi chú'].filter((text) => figureKindOf(text) !== null)).toEqual([]);
  });

  it.each(comparisonWords)('reads a heading with "%s" as a stated comparison', (phrase) => {
    expect(isComparisonHeader(foldText(`TH ${phrase.toUpperCase()} KH (%)`))).toBe(true);
  });

  it('reads a percent with a slash as a comparison, and nothing short of a comparison word', () => {
    expect(isComparisonHeader(foldText('ƯTH/KH (%)'))).toBe(true);
    expect(['Tỷ lệ (%)', 'So', 'Versus', 'Compare', 'vsx'].filter((text) => isComparisonHeader(foldText(text)))).toEqual([]);
  });

  it.each(ratioWords)('takes what follows "%s" as the denominator of a comparison', (word) => {
    const denominatorOf = (text: string): string | null => readComparison([text]).denominator;
    expect(denominatorKind(denominatorOf(`TH 2020 ${word} KH (%)`)!, 2020)).toBe('plan');
    expect(denominatorKind(denominatorOf(`KH 2020 ${word} cùng kỳ (%)`)!, 2020)).toBe('prior');
  });

  it.each(titleYearWords)('reads a title line with "%s" as naming the report year', (word) => {
    expect(namesTitleYear(`KẾT QUẢ THỰC HIỆN ${word.toUpperCase()} 2020`)).toBe(true);
  });

  it('does not read a line without a year word as a title year', () => {
    expect(namesTitleYear('Biểu số 01/2020')).toBe(false);
  });
});

describe('period words', () => {
  it.each(periodForms.map(({ form, kind }) => [form, kind] as const))('reads "%s" in a heading as a %s period', (form, kind) => {
    const n = periodNumberRange[kind]?.[1];
    const written = capitalised(form.replace('#', String(n)));
    const expected = n === undefined ? { kind } : { kind, n };
    expect(periodIn(`Ước tính ${written} năm 2019`)).toEqual(expected);
    expect(periodIn(written.toUpperCase())).toEqual(expected);
  });

  it('reads a number only within its kind\'s range, and period words only as whole words', () => {
    expect(['Tháng 13 năm 2019', 'Quý V', 'Quý 5', '13 tháng', 'Thángx 11', 'Kỳ hạn', 'Năm 2019', 'Trước đó'].filter((text) => periodIn(text) !== null)).toEqual([]);
  });
});

/** "tr. đó" → "Tr. Đó": how the sheets capitalise the words of a list. */
const capitalised = (phrase: string): string => phrase.replace(/(^|\s)(\S)/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

describe('breakdown words', () => {
  it.each(breakdownWords.map(({ phrase, word }) => [phrase, word] as const))('reads "%s" at the start of a label as a %s breakdown', (phrase, word) => {
    expect(splitBreakdownMarker(`${capitalised(phrase)}: lao động nữ`)).toEqual({ word, rest: 'lao động nữ' });
    expect(splitBreakdownMarker(phrase.toUpperCase())).toEqual({ word, rest: '' });
    expect(splitBreakdownMarker(`${phrase} - BHXH bắt buộc`)).toEqual({ word, rest: '- BHXH bắt buộc' });
  });

  it('needs the accents, the start of the label and the end of the word', () => {
    const nearMisses = ['Trong độ tuổi lao động', 'Trong do: nữ', 'Số lao động chia ra', 'Chia rau củ', 'Gồmx', 'Phân bón'];
    expect(nearMisses.filter((label) => splitBreakdownMarker(label) !== null)).toEqual([]);
  });
});

describe('total names', () => {
  it.each(totalNames.map(({ name, matches }) => [name, matches] as const))('reads "%s" as a total name (%s)', (name, matches) => {
    expect(isTotalName(capitalised(name))).toBe(true);
    expect(isTotalName(`${name.toUpperCase()} - 2020`)).toBe(matches === 'start');
  });

  it('does not read a name that only starts like a total as one', () => {
    expect(['Toàn tỉnhx', 'Tổng kết', 'Cả', 'Toàn', 'Xã Toàn Thắng'].filter(isTotalName)).toEqual([]);
  });
});

describe('column group names', () => {
  it.each(placeWords)('reads a group named "%s …" as a place', (word) => {
    expect(readGroupName(`${capitalised(word)} Ka Đô`)).toBe('place');
  });

  it.each(groupMeasureWords)('reads a group named with "%s" as a measure or period', (phrase) => {
    expect(readGroupName(`Tổng ${phrase.toUpperCase()} chung`)).toBe('measure');
  });

  it('reads a year or a unit in parentheses as a measure, even after a place word', () => {
    expect(['Năm 2020', 'Xã A 2019', 'Giá trị SX (tỷ đồng)', 'Diện tích (ha)'].map(readGroupName)).toEqual(['measure', 'measure', 'measure', 'measure']);
  });

  it('reads place words only at the start, and names without either word as neither', () => {
    expect(['Bình quân', 'Chỉ số bán TT'].map(readGroupName)).toEqual(['measure', 'measure']);
    expect(['Hà Lâm', 'Đạ Oai', 'Xãx Mới', 'Khác', 'Cộng Hòa'].map(readGroupName)).toEqual(['neither', 'neither', 'neither', 'neither', 'neither']);
  });
});

describe('lower-is-better indicators', () => {
  it.each(lowerIsBetter)('reads an indicator about "%s" as lower-is-better', (phrase) => {
    expect(directionOf(`Số ${phrase} trong năm`)).toBe('lower');
  });

  it.each(higherDespite)('reads "%s" as higher-is-better even beside a lower-is-better phrase', (phrase) => {
    expect(directionOf(`${phrase} ${lowerIsBetter[0]!}`)).toBe('higher');
  });

  it('reads the labels as written, with accents, and any other indicator as higher-is-better', () => {
    expect(directionOf('Tỷ lệ hộ nghèo')).toBe('lower');
    expect(directionOf('Giảm tỷ lệ hộ nghèo')).toBe('higher');
    expect(directionOf('Số người có việc làm')).toBe('higher');
  });
});

describe('unit words', () => {
  it.each(unitWords.map((entry) => [entry.word, entry] as const))('knows the unit "%s"', (word, { kind, base, scale }) => {
    expect(parseUnit(word.toUpperCase())).toMatchObject({ kind, base, scale });
    expect(unitInText(`Kết quả (${word})`)?.unit).toMatchObject({ kind, base, scale });
  });

  it.each(countedThings)('knows "%s" as a thing counted one by one', (word) => {
    expect(unitInText(`Số lượng (${word})`)?.unit).toMatchObject({ kind: 'count', base: word, scale: 1, additive: true, discrete: true });
  });

  it.each(measuredBases)('reads a figure in "%s" as measured, so maybe rounded', (base) => {
    expect(parseUnit(base)).toMatchObject({ kind: 'count', base, discrete: false });
  });

  it.each(scaleWords.map(({ word, factor }) => [word, factor] as const))('multiplies a unit after "%s" by %d', (word, factor) => {
    expect(parseUnit(`${word} đồng`)).toMatchObject({ kind: 'amount', base: 'đồng', scale: factor });
  });

  it.each(unitShortForms.map(({ written, unit }) => [written, unit] as const))('reads the short form "%s" as %s', (written, unit) => {
    const dotted = `${written.slice(0, 2)}.${written.slice(2)}`;
    expect(parseUnit(dotted)).toMatchObject({ kind: parseUnit(unit)!.kind, scale: parseUnit(unit)!.scale, normalized: dotted.toLowerCase() });
  });

  it.each(tableUnitWords.map(({ phrase, knownUnitOnly }) => [phrase, knownUnitOnly] as const))('reads "%s:" above a table as its unit (known units only: %s)', (phrase, knownUnitOnly) => {
    expect(unitAboveTable(`${phrase.toUpperCase()}: Người`)).toMatchObject({ base: 'người' });
    expect(unitAboveTable(`(${phrase}: Sở Nội vụ)`) === null).toBe(knownUnitOnly);
  });

  it.each(dittoMarks.map((mark) => [mark] as const))('reads the unit cell "%s" as the unit of the row above', (mark) => {
    const result = check(
      sheet('Biểu 01', [
        [...header2023],
        ['1', 'Than đá', 'Nghìn tấn', 4000, 4100, 4028],
        ['2', 'Dầu mỏ thô', mark, 920, 900, 860],
      ]),
    );
    expect(result.indicators.find((i) => i.row === 3)?.unit).toBe('Nghìn tấn');
  });

  it.each(perPersonPhrases.map((phrase) => [phrase] as const))('reads a label holding "%s" as a figure per person', (phrase) => {
    const result = check(sheet('Biểu 01', [[...header2023], ['1', `Thu nhập ${phrase}`, 'Tỷ đồng', 40.1, 42, 42.87]]));
    expect(result.findings.map((f) => f.rule)).toContain('per-person-unit');
  });

  it.each(perPersonUnitCeilings.map((ceiling) => [ceiling.base, ceiling] as const))('knows no per-person amount in %s is as large as its ceiling', (_, { base, scale }) => {
    const unit = ['Tỷ đồng', 'Triệu USD'].map((text) => parseUnit(text)!).find((parsed) => parsed.base === base && parsed.scale === scale);
    expect(unit).toBeDefined();
  });

  it.each(labelHeadingPhrases.map((phrase) => [phrase] as const))('reads a heading holding "%s" as the label column’s', (phrase) => {
    expect(isLabelHeader(`ten ${phrase} chu yeu`)).toBe(true);
    expect(isLabelHeader(`${phrase} ke hoach nam 2020`)).toBe(false);
  });

  it('does not take an unknown word in parentheses, or a line without its colon, for a unit', () => {
    expect(unitInText('Chi trả (trợ cấp thất nghiệp)')).toBeNull();
    expect(unitInText('Số lần (2 lần)')).toBeNull();
    expect(unitAboveTable('Đơn vị tính người')).toBeNull();
    expect(unitAboveTable('Đơn vị báo cáo: Sở Nội vụ')).toBeNull();
  });
});

describe('qualifiers of a typed figure', () => {
  it.each(qualifierPrefixes.map(({ phrase, qualifier }) => [phrase, qualifier] as const))('reads "%s" before a number as %s', (phrase, qualifier) => {
    expect(readTextFigure(`${phrase.toUpperCase()} 4.730`, 'vi')).toMatchObject({ kind: 'number', value: 4730, qualifier });
    expect(readTextFigure(`${phrase}5`, 'vi')).toMatchObject({ kind: 'number', value: 5, qualifier });
  });

  it.each(qualifierSuffixes.map(({ phrase, qualifier }) => [phrase, qualifier] as const))('reads "%s" after a number as %s', (phrase, qualifier) => {
    expect(readTextFigure(`3 ${phrase}`, 'vi')).toMatchObject({ kind: 'number', value: 3, qualifier });
    expect(readTextFigure(`${rangeWords.from} 3 ${phrase}`, 'vi')).toMatchObject({ kind: 'number', value: 3, qualifier });
  });

  it.each(remainingWords)('reads "%s" before a number, in parentheses or not, as what remains', (word) => {
    expect(readTextFigure(`(${word} 1,86%)`, 'vi')).toMatchObject({ kind: 'number', value: 1.86, qualifier: 'remaining' });
    expect(readTextFigure(`${word} 12`, 'vi')).toMatchObject({ kind: 'number', value: 12, qualifier: 'remaining' });
  });

  it('reads the range words around two numbers as a range', () => {
    expect(readTextFigure(`${rangeWords.from} 120 ${rangeWords.to} 150`, 'vi')).toMatchObject({ kind: 'range', low: 120, high: 150 });
  });

  it('does not read other words before or after a number', () => {
    expect(['vượt 5', 'đạt 5', '5 trở', 'còn5', 'ngoài 5'].map((text) => readTextFigure(text, 'vi').kind)).toEqual(Array(5).fill('unreadable'));
  });
});

describe('row bullets', () => {
  it.each(rowBullets.map(({ sign, scheme, text, startsLabel }) => [sign, scheme, text, startsLabel] as const))(
    'reads "%s" as a %s bullet written "%s", at the start of a label: %s',
    (sign, scheme, text, startsLabel) => {
      expect(parseRowCode(`${sign}.`)).toMatchObject({ scheme, text });
      expect(splitLeadingCode(`${sign} Lao động nữ`)).toEqual(startsLabel ? { code: parseRowCode(sign), rest: 'Lao động nữ' } : null);
    },
  );

  it('does not take a sign before a number, or another sign, for a bullet', () => {
    expect(splitLeadingCode('-5 hộ')).toBeNull();
    expect(splitLeadingCode('-')).toBeNull();
    expect(['=', '#', '>', '--'].map(parseRowCode)).toEqual([null, null, null, null]);
  });
});

describe('structure words', () => {
  /** A structure's shares that add up to 90: flagged only when the label names a structure. */
  const sharesOff = (label: string) =>
    check(
      sheet('Biểu 01', [
        [...header2023],
        ['1', label, '%', null, 100, 100],
        [null, '- Nông nghiệp', '%', null, 50, 45.5],
        [null, '- Dịch vụ', '%', null, 50, 44.5],
      ] satisfies CellValue[][]),
    ).findings.filter((finding) => finding.rule === 'shares-not-100');

  it.each(structureWords)('checks that the shares of a label starting "%s" add up to 100', (phrase) => {
    expect(sharesOff(`${capitalised(phrase)} kinh tế (%)`)).toHaveLength(1);
  });

  it('leaves labels that only mention a structure, or run the word on', () => {
    expect(sharesOff('Tỷ lệ lao động')).toEqual([]);
    expect(sharesOff('Thay đổi cơ cấu kinh tế')).toEqual([]);
    expect(sharesOff('Tỷ trọngx')).toEqual([]);
  });
});

describe('crop measure words', () => {
  const unitOf: Record<CropMeasure, string> = { area: 'Nghìn ha', yield: 'Tạ/Ha', output: 'Tấn' };
  const entries = (Object.keys(cropMeasureWords) as CropMeasure[]).flatMap((measure) => cropMeasureWords[measure].map((phrase) => [measure, phrase] as const));

  it.each(entries)('reads a %s row named "%s" in its unit', (measure, phrase) => {
    expect(cropMeasureOf(`- ${capitalised(phrase)}`, parseUnit(unitOf[measure]))).toBe(measure);
  });

  it('reads a measure only in its unit and under its whole name', () => {
    expect(cropMeasureOf('Sản lượng', parseUnit('ha'))).toBeNull();
    expect(cropMeasureOf('Năng suất', parseUnit('tấn'))).toBeNull();
    expect(cropMeasureOf('Năng suất', parseUnit('tạ/con'))).toBeNull();
    expect(cropMeasureOf('Diện tích trồng mới', parseUnit('ha'))).toBeNull();
    expect(cropMeasureOf('Sản lượng thịt hơi xuất chuồng', parseUnit('tấn'))).toBeNull();
    expect(cropMeasureOf('Diện tích', null)).toBeNull();
  });
});

describe('signed quantity words', () => {
  it.each(signedQuantityWords)('reads a label with "%s" as a quantity that may be negative', (phrase) => {
    expect(namesSignedQuantity(`Số lao động ${capitalised(phrase)} trong năm`)).toBe(true);
  });

  it('reads the words only as whole words', () => {
    expect(['Số hộ nghèo', 'Diện tích lúa', 'Tổng số lao động', 'Số trường đạt chuẩn'].map(namesSignedQuantity)).toEqual([false, false, false, false]);
  });
});
