/**
 * The shared strings part: each <si> as the text Excel shows, rich-text runs joined and phonetic
 * guides (<rPh>, furigana over East Asian text) left out.
 */
import { scanXml, unescapeCellText } from './xmlScan';

export function readSharedStrings(xml: string | null): string[] {
  const strings: string[] = [];
  if (xml === null) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(unescapeCellText(current));
    },
  });
  return strings;
}
