/**
 * The workbook part: its sheets in tab order, which of them are worksheets (chart sheets, dialog
 * sheets and macro sheets are not, and are left out as ExcelJS leaves them out), how each is
 * shown, and the date system.
 */
import type { SheetVisibility } from '../../core/model';
import { PackageReadError, STRICT_REFUSAL, type PackageParts, type Relationship } from './packageParts';
import { isTrue, prefixedAttribute, scanXml } from './xmlScan';

export interface WorksheetEntry {
  name: string;
  visibility: SheetVisibility;
  /** The worksheet part's package path. */
  partPath: string;
}

export interface WorkbookPart {
  /** Every tab's name in tab order, chart and dialog sheets included. */
  tabNames: string[];
  worksheets: WorksheetEntry[];
  /** Serial numbers count days from 1904 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
  /** Package paths of the shared strings and styles parts, when the workbook has them. */
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

const STRICT_NAMESPACE = 'http://purl.oclc.org/ooxml/';

export function readWorkbookPart(parts: PackageParts): WorkbookPart {
  const workbookPath = parts.relationships('').find((rel) => rel.kind === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const xml = parts.text(workbookPath);
  if (xml === null) throw new PackageReadError('corrupt', 'the package has no workbook part');
  const relationships = new Map<string, Relationship>(parts.relationships(workbookPath).map((rel) => [rel.id, rel]));

  const tabNames: string[] = [];
  const worksheets: WorksheetEntry[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, attributes) {
      if (name === 'workbook' && Object.values(attributes).some((value) => value.startsWith(STRICT_NAMESPACE))) {
        throw new PackageReadError('unsupported', STRICT_REFUSAL);
      }
      if (name === 'workbookPr') date1904 = isTrue(attributes.date1904);
      if (name !== 'sheet') return;
      tabNames.push(attributes.name ?? '');
      const rel = relationships.get(prefixedAttribute(attributes, 'id') ?? '');
      if (rel?.kind !== 'worksheet' || !rel.target) return;
      worksheets.push({ name: attributes.name ?? '', visibility: visibilityOf(attributes.state), partPath: rel.target });
    },
  });
  const targetOf = (kind: string) => [...relationships.values()].find((rel) => rel.kind === kind)?.target ?? null;
  return { tabNames, worksheets, date1904, sharedStringsPath: targetOf('sharedStrings'), stylesPath: targetOf('styles') };
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}
