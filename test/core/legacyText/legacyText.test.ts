/** Legacy Vietnamese text: the TCVN3 and VNI tables, the syllable check, and decoding a sheet. */
import { describe, expect, it } from 'vitest';
import { decodeLegacyText } from '../../../src/core/legacyText/decodeSheet';
import { legacyEncodingOfFont } from '../../../src/core/legacyText/legacyFont';
import { decodeTcvn3, tcvn3Letters } from '../../../src/core/legacyText/tcvn3';
import { isVietnameseSyllable, isVietnameseText } from '../../../src/core/legacyText/vietnameseSyllables';
import { tonedLetter, tones, vowels } from '../../../src/core/legacyText/vietnameseLetters';
import { decodeVni, vniLetters } from '../../../src/core/legacyText/vni';
import type { CellStyle, CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { encodeTcvn3, encodeVni } from '../../helpers/legacyEncoding';
import { check, sheet } from '../../helpers/sheets';

/** Every Vietnamese vowel letter, plain and with each tone, lowercase. */
const allVowelLetters = vowels.flatMap((v) => [v, ...tones.map((tone) => tonedLetter(v, tone))]);

/** The TCVN3 table as the standard lists it: letter, then its code. */
const tcvn3Reference =
  'à µ ả ¶ ã · á ¸ ạ ¹ ă ¨ ằ » ẳ ¼ ẵ ½ ắ ¾ ặ Æ â © ầ Ç ẩ È ẫ É ấ Ê ậ Ë đ ® è Ì ẻ Î ẽ Ï é Ð ẹ Ñ ê ª ề Ò ể Ó ễ Ô ế Õ ệ Ö ' +
  'ì × ỉ Ø ĩ Ü í Ý ị Þ ò ß ỏ á õ â ó ã ọ ä ô « ồ å ổ æ ỗ ç ố è ộ é ơ ¬ ờ ê ở ë ỡ ì ớ í ợ î ù ï ủ ñ ũ ò ú ó ụ ô ư \u00ad ' +
  'ừ õ ử ö ữ ÷ ứ ø ự ù ỳ ú ỷ û ỹ ü ý ý ỵ þ Ă ¡ Â ¢ Ê £ Ô ¤ Ơ ¥ Ư ¦ Đ §';

/** VNI as its keyboard manual lists it: letter, then what is typed. */
const vniReference =
  'á aù à aø ả aû ã aõ ạ aï â aâ ấ aá ầ aà ẩ aå ẫ aã ậ aä ă aê ắ aé ằ aè ẳ aú ẵ aü ặ aë ê eâ ế eá ệ eä ơ ô ớ ôù ợ ôï ' +
  'ư ö ừ öø ự öï đ ñ í í ì ì ỉ æ ĩ ó ị ò ỵ î ố oá ổ oå ' +
  'Á AÙ Ầ AÀ Ẵ AÜ Ơ Ô Ờ ÔØ Ư Ö Ữ ÖÕ Đ Ñ Í Í Ì Ì Ỉ Æ Ĩ Ó Ị Ò Ỵ Î Ễ EÃ';

function pairs(reference: string): [string, string][] {
  const items = reference.split(' ');
  return items.flatMap((item, i) => (i % 2 === 0 ? [[item, items[i + 1]!] as [string, string]] : []));
}

describe('TCVN3', () => {
  it.each(pairs(tcvn3Reference))('reads %s from its code', (letter, code) => {
    expect(tcvn3Letters.get(code)).toBe(letter);
  });

  it('gives every code one letter', () => {
    const letters = [...tcvn3Letters.values()];
    expect(new Set(letters).size).toBe(letters.length);
    expect(tcvn3Letters.size).toBe(pairs(tcvn3Reference).length);
  });

  it('round-trips every lowercase letter with every tone', () => {
    const text = [...allVowelLetters, 'đ'].join(' ');
    expect(decodeTcvn3(encodeTcvn3(text).text, false)).toBe(text);
  });

  it('round-trips the capitals of a normal font, and every capital through a capital font', () => {
    expect(decodeTcvn3(encodeTcvn3('Ă Â Ê Ô Ơ Ư Đ').text, false)).toBe('Ă Â Ê Ô Ơ Ư Đ');
    const capitals = [...allVowelLetters, 'đ'].join(' ').toUpperCase();
    const encoded = encodeTcvn3(capitals);
    expect(encoded.capitals).toBe(true);
    expect(decodeTcvn3(encoded.text, true)).toBe(capitals);
  });

  it('reads the examples of the domain notes, and the soft hyphen as ư', () => {
    expect(decodeTcvn3('ChØ tiªu', false)).toBe('Chỉ tiêu');
    expect(decodeTcvn3('Ng\u00adêi cã c«ng', false)).toBe('Người có công');
    expect(decodeTcvn3('chØ tiªu', true)).toBe('CHỈ TIÊU');
  });
});

describe('VNI', () => {
  it.each(pairs(vniReference))('reads %s from %s', (letter, typed) => {
    expect(decodeVni(typed)).toBe(letter);
  });

  it('round-trips every letter with every tone, lowercase and capital', () => {
    const text = [...allVowelLetters, 'đ'].join(' ');
    expect(decodeVni(encodeVni(text))).toBe(text);
    expect(decodeVni(encodeVni(text.toUpperCase()))).toBe(text.toUpperCase());
    expect(new Set(vniLetters.values()).size).toBe(vniLetters.size);
  });

  it('reads the examples of the domain notes', () => {
    expect(decodeVni('Ñôn vò tính')).toBe('Đơn vị tính');
    expect(decodeVni('Chæ tieâu')).toBe('Chỉ tiêu');
    expect(decodeVni('Tröôøng hôïp')).toBe('Trường hợp');
  });
});

describe('Vietnamese syllables', () => {
  it.each([
    'Chỉ tiêu',
    'Đơn vị tính',
    'Ước thực hiện năm 2023',
    'Tỷ lệ hộ nghèo (%)',
    'Người có công và thân nhân hưởng trợ cấp hàng tháng',
    'Quỹ Đền ơn đáp nghĩa',
    'hòa hoà thủy thuỷ khỏe khoẻ quả giữa gì giếng khuya khuỷu ngoài quýt quỳnh',
    'ĐVT: triệu đồng, Tr.đó, GDP, TH/KH, ƯTH, tr.đ',
  ])('accepts "%s"', (text) => {
    expect(isVietnameseText(text)).toBe(true);
  });

  it.each(['Cafộ', 'tôt', 'hoạ̀', 'Wộ', 'ngừơi'])('rejects "%s"', (text) => {
    expect(isVietnameseText(text)).toBe(false);
  });

  it('takes the tone only where Vietnamese puts it', () => {
    expect(isVietnameseSyllable('mùa')).toBe(true);
    expect(isVietnameseSyllable('muà')).toBe(false);
    expect(isVietnameseSyllable('người')).toBe(true);
    expect(isVietnameseSyllable('ngừơi')).toBe(false);
    expect(isVietnameseSyllable('HỌC')).toBe(true);
  });
});

describe('legacy fonts', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnTimeH', 'tcvn3Capitals'],
    ['.VnArialH', 'tcvn3Capitals'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['Times New Roman', null],
    [undefined, null],
  ])('reads %s as %s', (font, encoding) => {
    expect(legacyEncodingOfFont(font)).toBe(encoding);
  });
});

/** One column of texts, each cell in `font` (none when undefined). */
function column(texts: readonly CellValue[], fonts: readonly (string | undefined)[] = []): SheetSnapshot {
  const styles = texts.map((_, r): (CellStyle | null)[] => [fonts[r] === undefined ? null : { fontName: fonts[r] }]);
  return { name: 'Biểu 01', origin: { row: 1, column: 1 }, values: texts.map((text) => [text]), styles, merges: [] };
}

const textsOf = (snapshot: SheetSnapshot) => snapshot.values.map((row) => row[0]);

describe('decodeLegacyText', () => {
  it('decodes each cell in its font', () => {
    const decoded = decodeLegacyText(column(['ChØ tiªu', 'chØ tiªu', 'Ñôn vò tính', 12.5], ['.VnTime', '.VnTimeH', 'VNI-Times', '.VnTime']));
    expect(textsOf(decoded)).toEqual(['Chỉ tiêu', 'CHỈ TIÊU', 'Đơn vị tính', 12.5]);
  });

  it('decodes by the sheet\'s characters when no font says so, marker-free texts included', () => {
    const texts = ['ChØ tiªu', '§¬n vÞ tÝnh', 'Sè', 'UBND TØNH TH¸I NGUYªN', '¦íc TH/KH', 'Total'];
    expect(textsOf(decodeLegacyText(column(texts)))).toEqual(['Chỉ tiêu', 'Đơn vị tính', 'Số', 'UBND TỈNH THÁI NGUYÊN', 'Ước TH/KH', 'Total']);
    expect(textsOf(decodeLegacyText(column(['Chæ tieâu', 'Ñôn vò tính', 'Soá'])))).toEqual(['Chỉ tiêu', 'Đơn vị tính', 'Số']);
  });

  it('decodes the headers of a sheet whose label column alone has fonts (the add-in)', () => {
    const decoded = decodeLegacyText(column(['ChØ tiªu', 'Tæng sè lao ®éng', 'Sè ng\u00adêi'], [undefined, '.VnTime', '.VnTime']));
    expect(textsOf(decoded)).toEqual(['Chỉ tiêu', 'Tổng số lao động', 'Số người']);
  });

  it('never decodes Unicode Vietnamese, nor words that would not be Vietnamese', () => {
    expect(textsOf(decodeLegacyText(column(['Đơn vị tính', 'Chỉ tiêu'], ['.VnTime', 'VNI-Times'])))).toEqual(['Đơn vị tính', 'Chỉ tiêu']);
    expect(textsOf(decodeLegacyText(column(['Total', 'Café', 'Señor'], ['.VnTime', '.VnTime', 'VNI-Times'])))).toEqual(['Total', 'Café', 'Señor']);
    const unicode = column(['Tên', 'Số', 'Hà Nội', 'Café', '× 100', 'Đơn\u00advị']);
    expect(decodeLegacyText(unicode)).toBe(unicode);
  });

  it('decodes only marked texts in a sheet mostly in Unicode', () => {
    const texts = ['Chỉ tiêu', 'Đơn vị tính', 'Thực hiện', 'Kế hoạch', 'Tæng sè', 'Tên'];
    expect(textsOf(decodeLegacyText(column(texts)))).toEqual(['Chỉ tiêu', 'Đơn vị tính', 'Thực hiện', 'Kế hoạch', 'Tổng số', 'Tên']);
  });

  it('composes decomposed text (NFD) and keeps every other value and the styles', () => {
    const nfd = 'Chỉ tiêu'.normalize('NFD');
    const snapshot = column([nfd, 42, true, { error: '#DIV/0!' }, null], ['Arial']);
    const decoded = decodeLegacyText(snapshot);
    expect(textsOf(decoded)).toEqual(['Chỉ tiêu', 42, true, { error: '#DIV/0!' }, null]);
    expect(decoded.styles).toBe(snapshot.styles);
    expect(decoded.merges).toBe(snapshot.merges);
  });

  it('returns the same snapshot when nothing changes', () => {
    const plain = column(['STT', 'Total', 12, 'Chỉ tiêu']);
    expect(decodeLegacyText(plain)).toBe(plain);
  });

  it('is the first step of a check: labels are read decoded', () => {
    const rows = [
      ['STT', 'ChØ tiªu', '§VT', 'TH 2022', 'KH 2023', 'TH 2023'],
      ['1', 'Sè lao ®éng ®\u00ad\u00eec gi¶i quyÕt viÖc lµm', 'Ng\u00adêi', 90, 100, 125],
    ];
    const result = check(sheet('Biểu 01', rows));
    expect(result.indicators.map((i) => [i.label, i.unit, i.percentOfPlan])).toEqual([['Số lao động được giải quyết việc làm', 'Người', 125]]);
  });
});
