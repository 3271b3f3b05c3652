import { describe, expect, it } from 'vitest';
import { convert, parseUnit, sameQuantity, unitAboveTable, unitInText, type Unit } from '../../src/core/units';

const unit = (text: string): Unit => {
  const parsed = parseUnit(text);
  if (!parsed) throw new Error(`"${text}" should parse as a unit`);
  return parsed;
};

describe('parseUnit', () => {
  it('returns null for a blank cell', () => {
    expect(parseUnit(null)).toBeNull();
    expect(parseUnit(undefined)).toBeNull();
    expect(parseUnit('  \u00a0')).toBeNull();
  });

  it('keeps the text as written and normalises case, composition and spaces', () => {
    expect(parseUnit('  Lượt   người ')).toEqual({
      text: 'Lượt   người',
      normalized: 'lượt người',
      kind: 'count',
      base: 'lượt người',
      scale: 1,
      additive: true,
      discrete: true,
    });
    expect(unit('Tạ / Ha'.normalize('NFD')).normalized).toBe('tạ/ha');
  });

  it('knows which units count whole things, so their whole numbers are exact', () => {
    expect(unit('người').discrete).toBe(true);
    expect(unit('hồ sơ').discrete).toBe(true);
    expect(unit('nghìn người').discrete).toBe(false);
    expect(unit('Ha').discrete).toBe(false);
    expect(unit('tấn').discrete).toBe(false);
    expect(unit('triệu đồng').discrete).toBe(false);
  });

  it.each([
    ['triệu đồng', 'amount', 'đồng', 1e6],
    ['Tỷ đồng', 'amount', 'đồng', 1e9],
    ['nghìn tỷ đồng', 'amount', 'đồng', 1e12],
    ['nghìn đồng', 'amount', 'đồng', 1e3],
    ['Tr.đ', 'amount', 'đồng', 1e6],
    ['USD', 'amount', 'usd', 1],
    ['triệu USD', 'amount', 'usd', 1e6],
    ['người', 'count', 'người', 1],
    ['nghìn người', 'count', 'người', 1e3],
    ['lao động', 'count', 'người', 1],
    ['trẻ em', 'count', 'người', 1],
    ['hộ', 'count', 'hộ', 1],
    ['lượt', 'count', 'lượt', 1],
    ['suất', 'count', 'suất', 1],
    ['đội', 'count', 'đội', 1],
    ['xã, phường', 'count', 'xã', 1],
    ['xã/phường', 'count', 'xã', 1],
    ['hồ sơ', 'count', 'hồ sơ', 1],
    ['Con', 'count', 'con', 1],
    ['1000 con', 'count', 'con', 1e3],
    ['Ha', 'count', 'ha', 1],
    ['m2', 'count', 'ha', 1e-4],
    ['Tấn', 'count', 'tấn', 1],
    ['1000 Tấn', 'count', 'tấn', 1e3],
    ['1000 quả', 'count', 'quả', 1e3],
    ['1.000 tấn', 'count', 'tấn', 1e3],
    ['cơ sở', 'count', 'cơ sở', 1],
    ['doanh nghiệp', 'count', 'doanh nghiệp', 1],
    ['dự án', 'count', 'dự án', 1],
    ['km', 'count', 'km', 1],
    ['%', 'rate', '%', 1],
    ['(%)', 'rate', '%', 1],
    ['phần trăm', 'rate', '%', 1],
    ['‰', 'rate', '‰', 1],
    ['điểm', 'index', 'điểm', 1],
    ['chỉ số', 'index', 'chỉ số', 1],
    ['Tạ/Ha', 'other', 'tấn/ha', 0.1],
    ['triệu đồng/người', 'other', 'đồng/người', 1e6],
    ['người/vạn dân', 'other', 'người/dân', 1e-4],
    ['kg/người', 'other', 'tấn/người', 0.001],
  ] as const)('"%s" is %s of %s at scale %d', (text, kind, base, scale) => {
    expect(unit(text)).toMatchObject({ kind, base, scale });
  });

  it('lets counts and amounts add up, never rates, indexes or ratios', () => {
    expect(['người', 'triệu đồng', 'ha'].map((text) => unit(text).additive)).toEqual([true, true, true]);
    expect(['%', 'điểm', 'tạ/ha'].map((text) => unit(text).additive)).toEqual([false, false, false]);
  });

  it('takes any other noun as a unit that counts things', () => {
    expect(unit('bộ')).toMatchObject({ kind: 'count', base: 'bộ', scale: 1, additive: true });
    expect(unit('Chiếc')).toMatchObject({ kind: 'count', base: 'chiếc', additive: true });
    expect(unit('lần')).toMatchObject({ kind: 'count', additive: true });
  });
});

describe('unitInText', () => {
  it('finds a known unit in parentheses at the end of a label or header', () => {
    expect(unitInText('Tạo việc làm (nghìn người)')).toEqual({
      unit: unit('nghìn người'),
      textWithoutUnit: 'Tạo việc làm',
    });
    expect(unitInText('Kinh phí (triệu đồng)')?.unit).toMatchObject({ kind: 'amount', scale: 1e6 });
    expect(unitInText('2.3. Sữa bò trong dân (tấn)')).toMatchObject({ textWithoutUnit: '2.3. Sữa bò trong dân', unit: { base: 'tấn' } });
    expect(unitInText('So sánh (%)')?.unit.kind).toBe('rate');
  });

  it('keeps the leading spaces of a label, which may carry its level', () => {
    expect(unitInText('   - Số tiền (tỷ đồng)')?.textWithoutUnit).toBe('   - Số tiền');
  });

  it('leaves parentheses that are part of the label', () => {
    expect(unitInText('- Trên Cổng dịch vụ công quốc gia (trợ cấp thất nghiệp)')).toBeNull();
    expect(unitInText('3.7.Na (mãng cầu)')).toBeNull();
    expect(unitInText('Hội nghị (2 lần)')).toBeNull();
    expect(unitInText('Tạo việc làm (nghìn người) năm 2020')).toBeNull();
    expect(unitInText('(người)')).toBeNull();
  });
});

describe('unitAboveTable', () => {
  it('reads the unit stated above a table', () => {
    expect(unitAboveTable('Đơn vị tính: Người')).toMatchObject({ text: 'Người', base: 'người', kind: 'count' });
    expect(unitAboveTable('ĐVT: triệu đồng')).toMatchObject({ base: 'đồng', scale: 1e6 });
    expect(unitAboveTable('Đơn vị: tỷ đồng')).toMatchObject({ base: 'đồng', scale: 1e9 });
    expect(unitAboveTable('(Đơn vị tính: triệu đồng)')).toMatchObject({ scale: 1e6 });
    expect(unitAboveTable('Đvt : bộ'.normalize('NFD'))).toMatchObject({ base: 'bộ' });
  });

  it('ignores other text, and an agency after a bare "Đơn vị:"', () => {
    expect(unitAboveTable('Đơn vị: Sở Lao động - Thương binh và Xã hội')).toBeNull();
    expect(unitAboveTable('Biểu số 01')).toBeNull();
  });
});

describe('sameQuantity and convert', () => {
  it('converts between scales of the same quantity', () => {
    expect(sameQuantity(unit('triệu đồng'), unit('tỷ đồng'))).toBe(true);
    expect(convert(1500, unit('triệu đồng'), unit('tỷ đồng'))).toBe(1.5);
    expect(convert(2.5, unit('tỷ đồng'), unit('triệu đồng'))).toBe(2500);
    expect(convert(7, unit('tạ/ha'), unit('tấn/ha'))).toBe(0.7);
    expect(convert(3, unit('1000 con'), unit('con'))).toBe(3000);
    expect(convert(5, unit('người/vạn dân'), unit('người/nghìn dân'))).toBe(0.5);
  });

  it('does not take different quantities as the same', () => {
    expect(sameQuantity(unit('suất'), unit('triệu đồng'))).toBe(false);
    expect(sameQuantity(unit('%'), unit('‰'))).toBe(false);
    expect(sameQuantity(unit('triệu đồng'), unit('triệu USD'))).toBe(false);
    expect(sameQuantity(unit('người'), unit('lượt người'))).toBe(false);
  });

  it('refuses to convert between different quantities', () => {
    expect(() => convert(1, unit('suất'), unit('triệu đồng'))).toThrow(/different things/);
  });
});
