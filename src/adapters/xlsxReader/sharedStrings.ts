/**
 * The shared strings part: each <si> as the text Excel shows, rich-text runs joined and phonetic
 * guides (<rPh>, furigana over East Asian text) left out. Read with the pull cursor, as the
 * worksheets are: the part grows with the workbook's text.
 */
import { XmlCursor } from './xmlCursor';
import { unescapeCellText } from './xmlScan';

export function readSharedStrings(xml: string | null): string[] {
  const strings: string[] = [];
  if (xml === null) return strings;
  let current = '';
  let phonetic = 0;
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.opens) {
      // An empty <si/> is a string too: the cells count the strings by position.
      if (cursor.name === 'si') {
        current = '';
        if (cursor.empty) strings.push('');
      }
      else if (cursor.name === 't' && phonetic === 0) current += cursor.text() ?? '';
      else if (cursor.name === 'rPh' && !cursor.empty) phonetic++;
    } else if (cursor.name === 'rPh') {
      phonetic--;
    } else if (cursor.name === 'si') {
      strings.push(unescapeCellText(current));
    }
  }
  return strings;
}
