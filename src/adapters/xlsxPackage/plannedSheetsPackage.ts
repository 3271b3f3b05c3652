/**
 * Writes planned sheets into an .xlsx package by adding parts to it: the original parts (every
 * sheet, chart, pivot table, picture) are carried over byte for byte, so nothing in them can
 * change, and the time taken grows with what we add rather than with the whole workbook.
 * Only the workbook part, its relationships, the content types, the styles and the shared strings
 * (new texts appended after the original's) are edited; and, when a new sheet is to open first,
 * the tabSelected flag of the original sheet views, which Excel would otherwise read as sheets
 * grouped with it. Macros (macroParts.ts) and entries with unsafe names are left out. New sheets
 * are deflated row by row as they are produced, and the package can be written out part by part
 * (writePackage), so a big summary is never held as one text.
 */
import type { Document, Element } from '@xmldom/xmldom';
import path from 'node:path/posix';
import { columnLetter } from '../../core';
import { sheetNameKey, type WritableSheet } from '../../summaryPlan';
import { EMPTY_STYLES_XML, StylesPart, cellStyleIndex } from './stylesPart';
import { chartXml, drawingXml } from './chartParts';
import { dropMacros } from './macroParts';
import { PackageError } from './packageError';
import { SharedStrings } from './sharedStringsPart';
import { tableRange, worksheetXml } from './worksheetXml';
import { childrenNamed, ensureChild, newElement, parseXml, plainProlog, root, serializeXml } from './xmlDocument';
import { readLimits, textWithin, TooLargeError } from '../xlsxReader/readLimits';
import { outputMark } from './outputMark';
import { ZipFormatError, entryHeadText, newEntry, readZip, streamedEntry, writeZip, writeZipTo, type ByteSink, type ZipEntry } from './zipArchive';

export { PackageError } from './packageError';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = {
  officeDocument: `${REL}/officeDocument`,
  worksheet: `${REL}/worksheet`,
  styles: `${REL}/styles`,
  sharedStrings: `${REL}/sharedStrings`,
  drawing: `${REL}/drawing`,
  chart: `${REL}/chart`,
};
const CONTENT_TYPE = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};
/** CT_Workbook's sequence, for placing definedNames. */
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

/** A package whose parts are ready: its bytes go out to a sink entry by entry. */
export interface WritablePackage {
  writeTo(sink: ByteSink): void;
  /** Names of the original's entries left out as unsafe (see isUnsafeEntryName). */
  readonly dropped: readonly string[];
}

/** The workbook in `original` with `sheets` added after its own sheets. */
export function addPlannedSheetsToPackage(original: Uint8Array, sheets: readonly WritableSheet[]): Uint8Array {
  return partsWithSheets(original, sheets).toZip();
}

/**
 * The same package, its new sheets already deflated (only their compressed bytes are held) and
 * the rest copied as it is written out: what the command line writes straight into its file.
 */
export function withPlannedSheets(original: Uint8Array, sheets: readonly WritableSheet[]): WritablePackage {
  return partsWithSheets(original, sheets);
}

function partsWithSheets(original: Uint8Array, sheets: readonly WritableSheet[]): PackageParts {
  let entries: ZipEntry[];
  try {
    entries = readZip(original);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new PackageError(`the workbook file is not a readable package: ${error.message}`, error.message.includes('ZIP64') ? 'unsupported' : 'corrupt');
    throw error;
  }
  const parts = new PackageParts(entries);
  addSheets(parts, sheets);
  return parts;
}

/**
 * A name that would land outside the folder a careless unzip tool writes into, or elsewhere on
 * another system: a parent folder (../), an absolute path (/x, C:\x) or a backslash. No part of
 * a workbook is named so, and the checked copy carries no such entry.
 */
function isUnsafeEntryName(name: string): boolean {
  return name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..');
}

/** What `read` unpacks from the part `name`; a part whose compressed bytes are damaged is a corrupt file. */
function unpacked<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PackageError || error instanceof TooLargeError) throw error;
    throw new PackageError(`the part ${name} is damaged (${error instanceof Error ? error.message : String(error)})`, 'corrupt');
  }
}

/** A new workbook holding only `sheets` (at least one). */
export function packageOfPlannedSheets(sheets: readonly WritableSheet[]): Uint8Array {
  if (!sheets.length) throw new PackageError('a workbook needs at least one sheet');
  const parts = new PackageParts([]);
  parts.set('[Content_Types].xml', EMPTY_PARTS.contentTypes);
  parts.set('_rels/.rels', EMPTY_PARTS.rootRels);
  parts.set('xl/workbook.xml', EMPTY_PARTS.workbook);
  parts.set('xl/_rels/workbook.xml.rels', EMPTY_PARTS.workbookRels);
  parts.set('xl/styles.xml', EMPTY_STYLES_XML);
  addSheets(parts, sheets);
  return parts.toZip();
}

/** The package's parts by name, in their original order; edited parts keep their place. */
class PackageParts implements WritablePackage {
  private readonly entries = new Map<string, ZipEntry>();
  readonly dropped: readonly string[];

  /** Entries with unsafe names are left out, and named in `dropped`. */
  constructor(entries: readonly ZipEntry[]) {
    for (const entry of entries) if (!isUnsafeEntryName(entry.name)) this.entries.set(entry.name, entry);
    this.dropped = entries.map((entry) => entry.name).filter(isUnsafeEntryName);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's text, at most `maxBytes` of it unpacked (TooLargeError past that, as the reader's limit). */
  text(name: string, maxBytes: number = readLimits.partBytes): string {
    const entry = this.entry(name);
    return unpacked(name, () => textWithin(entry, name, maxBytes));
  }

  /** The text of a part parsed whole to be edited: held to readLimits.editedPartBytes. */
  editedText(name: string): string {
    return this.text(name, readLimits.editedPartBytes);
  }

  /** The start of the part's text (see entryHeadText). */
  head(name: string, storedBytes: number): { text: string; complete: boolean } {
    return unpacked(name, () => entryHeadText(this.entry(name), storedBytes));
  }

  set(name: string, content: string): void {
    this.entries.set(name, newEntry(name, content));
  }

  /** A part given as pieces of text, deflated as they come. */
  setStreamed(name: string, pieces: Iterable<string>): void {
    this.entries.set(name, streamedEntry(name, pieces));
  }

  remove(name: string): void {
    this.entries.delete(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  toZip(): Uint8Array {
    const entries = [...this.entries.values()];
    return writeZip(entries, outputMark(entries));
  }

  writeTo(sink: ByteSink): void {
    const entries = [...this.entries.values()];
    writeZipTo(entries, sink, outputMark(entries));
  }

  private entry(name: string): ZipEntry {
    const entry = this.entries.get(name);
    if (!entry) throw new PackageError(`the package has no part ${name}`, 'corrupt');
    return entry;
  }
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const EMPTY_PARTS = {
  contentTypes:
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/></Types>`,
  rootRels:
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  workbook:
    `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    '<bookViews><workbookView/></bookViews><sheets/></workbook>',
  relationships: `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`,
  workbookRels:
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL_TYPE.styles}" Target="styles.xml"/></Relationships>`,
};

function addSheets(parts: PackageParts, sheets: readonly WritableSheet[]): void {
  const contentTypes = parseXml(parts.editedText('[Content_Types].xml'), '[Content_Types].xml', 'Types');
  const rootRelsText = parts.editedText('_rels/.rels');
  const workbookPath = partTarget('', childrenNamed(root(parseXml(rootRelsText, '_rels/.rels', 'Relationships')), 'Relationship'), REL_TYPE.officeDocument);
  if (!workbookPath) throw new PackageError('the package has no workbook part', 'corrupt');
  // Only read, but carried over: like the parts written back, it loses any DOCTYPE.
  if (plainProlog(rootRelsText) !== rootRelsText) parts.set('_rels/.rels', plainProlog(rootRelsText));
  const relsPath = relationshipsPath(workbookPath);
  const workbook = parseXml(parts.editedText(workbookPath), workbookPath, 'workbook');
  const rels = parseXml(parts.editedText(relsPath), relsPath, 'Relationships');
  const relations = root(rels);
  dropMacros(parts, contentTypes, root(workbook), relations, workbookPath);

  const stylesPath = stylesPart(parts, workbookPath, relations, contentTypes);
  // Looks are added as the sheets' cells are written; the part keeps its place among the parts.
  const styles = new StylesPart(parts.editedText(stylesPath), stylesPath);
  const styleOf = cellStyleIndex(styles);
  const texts = sharedStrings(parts, workbookPath, relations);

  const sheetList = ensureChild(root(workbook), 'sheets', WORKBOOK_ORDER);
  if (sheets.some((sheet) => sheet.active)) unselectSheets(parts, path.dirname(workbookPath), sheetList, relations);
  const taken = new Set(childrenNamed(sheetList, 'sheet').map((sheet) => sheetNameKey(sheet.getAttribute('name') ?? '')));
  for (const sheet of sheets) {
    if (taken.has(sheetNameKey(sheet.name))) throw new PackageError(`a sheet named "${sheet.name}" is already in the workbook`);
    taken.add(sheetNameKey(sheet.name));
    const partPath = freePartPath(parts, path.join(path.dirname(workbookPath), 'worksheets'), 'sheet');
    const drawingRelId = sheet.charts?.length ? addCharts(parts, contentTypes, sheet, partPath) : undefined;
    parts.setStreamed(partPath, worksheetXml(sheet, styleOf, texts.strings.indexOf, drawingRelId ? { drawingRelId } : {}));
    addOverride(contentTypes, `/${partPath}`, CONTENT_TYPE.worksheet);
    const relId = addRelationship(relations, REL_TYPE.worksheet, path.relative(path.dirname(workbookPath), partPath));
    const position = childrenNamed(sheetList, 'sheet').length;
    const entry = newElement(sheetList, 'sheet', { name: sheet.name, sheetId: nextSheetId(sheetList) });
    entry.setAttributeNS(REL, 'r:id', relId);
    sheetList.appendChild(entry);
    const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
    if (sheet.table) addLocalName(root(workbook), '_xlnm._FilterDatabase', position, `${quoted}!${absolute(tableRange(sheet.table))}`, true);
    if (sheet.print) {
      const { titleRows, columns } = sheet.print;
      addLocalName(root(workbook), '_xlnm.Print_Area', position, `${quoted}!$${columnLetter(columns.first)}:$${columnLetter(columns.last)}`);
      addLocalName(root(workbook), '_xlnm.Print_Titles', position, `${quoted}!$${titleRows.first}:$${titleRows.last}`);
    }
    if (sheet.active) openOn(root(workbook), position);
  }
  if (texts.strings.used) {
    parts.setStreamed(texts.path, texts.strings.partXml());
    if (!texts.registered) addRelationship(relations, REL_TYPE.sharedStrings, path.relative(path.dirname(workbookPath), texts.path));
    if (!hasOverride(contentTypes, `/${texts.path}`)) addOverride(contentTypes, `/${texts.path}`, CONTENT_TYPE.sharedStrings);
  }
  parts.set(stylesPath, styles.xml());
  parts.set(workbookPath, serializeXml(workbook));
  parts.set(relsPath, serializeXml(rels));
  parts.set('[Content_Types].xml', serializeXml(contentTypes));
}

/**
 * A drawing part for the sheet's charts and a chart part for each, related to the sheet at
 * `sheetPath`; returns the sheet's relationship id of the drawing.
 */
function addCharts(parts: PackageParts, contentTypes: Document, sheet: WritableSheet, sheetPath: string): string {
  const charts = sheet.charts ?? [];
  const drawingPath = freePartPath(parts, path.join(path.dirname(sheetPath), '..', 'drawings'), 'drawing');
  const drawingRels = parseXml(EMPTY_PARTS.relationships, 'a new relationships part', 'Relationships');
  for (const chart of charts) {
    const chartPath = freePartPath(parts, path.join(path.dirname(drawingPath), '..', 'charts'), 'chart');
    parts.set(chartPath, chartXml(sheet, chart));
    addOverride(contentTypes, `/${chartPath}`, CONTENT_TYPE.chart);
    addRelationship(root(drawingRels), REL_TYPE.chart, path.relative(path.dirname(drawingPath), chartPath));
  }
  parts.set(drawingPath, drawingXml(charts));
  addOverride(contentTypes, `/${drawingPath}`, CONTENT_TYPE.drawing);
  parts.set(relationshipsPath(drawingPath), serializeXml(drawingRels));
  const sheetRels = parseXml(EMPTY_PARTS.relationships, 'a new relationships part', 'Relationships');
  const id = addRelationship(root(sheetRels), REL_TYPE.drawing, path.relative(path.dirname(sheetPath), drawingPath));
  parts.set(relationshipsPath(sheetPath), serializeXml(sheetRels));
  return id;
}

/** The workbook opens on the sheet at `position`: every workbook view shows it. */
function openOn(workbook: Element, position: number): void {
  const views = ensureChild(workbook, 'bookViews', WORKBOOK_ORDER);
  if (!childrenNamed(views, 'workbookView').length) views.appendChild(newElement(views, 'workbookView'));
  for (const view of childrenNamed(views, 'workbookView')) {
    view.setAttribute('activeTab', String(position));
    // The tab bar starts at the first sheet, so the selected tab is among those shown.
    if (Number(view.getAttribute('firstSheet') ?? 0) > position) view.setAttribute('firstSheet', '0');
  }
}

/**
 * Clears tabSelected in the views of the workbook's own sheets (worksheets and chart sheets), by
 * editing only that attribute in their text: every other byte of the part stays as it was.
 */
function unselectSheets(parts: PackageParts, folder: string, sheetList: Element, relations: Element): void {
  const targets = new Map(childrenNamed(relations, 'Relationship').map((rel) => [rel.getAttribute('Id'), rel.getAttribute('Target') ?? '']));
  for (const sheet of childrenNamed(sheetList, 'sheet')) {
    const target = targets.get(sheet.getAttributeNS(REL, 'id') ?? sheet.getAttribute('r:id'));
    if (!target) continue;
    const partPath = target.startsWith('/') ? target.slice(1) : path.normalize(path.join(folder, target));
    if (!parts.has(partPath)) continue;
    // A sheet's views come before its cells: a head that reaches the cells with no view selected
    // settles it, so only the selected sheet is inflated whole, not every sheet of the workbook.
    const head = parts.head(partPath, SHEET_HEAD_BYTES);
    const cellsAt = head.complete ? -1 : head.text.search(SHEET_DATA);
    if (cellsAt >= 0 && head.text.slice(0, cellsAt).search(TAB_SELECTED) < 0) continue;
    const text = head.complete ? head.text : parts.text(partPath);
    const cleared = text.replace(TAB_SELECTED, '$1');
    if (cleared !== text) parts.set(partPath, plainProlog(cleared));
  }
}

/** tabSelected="1" (or "true") inside a sheetView start tag, with or without a namespace prefix. */
const TAB_SELECTED = /(<(?:\w+:)?sheetView\b[^>]*?)\s+tabSelected\s*=\s*(?:"(?:1|true)"|'(?:1|true)')/g;
/** The start of a worksheet's cells, which comes after its views. */
const SHEET_DATA = /<(?:\w+:)?sheetData\b/;
/** Compressed bytes read of each sheet to find its views: they open the part, within its first few hundred bytes. */
const SHEET_HEAD_BYTES = 8 * 1024;

/** "xl/_rels/workbook.xml.rels" for "xl/workbook.xml". */
function relationshipsPath(partPath: string): string {
  return path.join(path.dirname(partPath), '_rels', `${path.basename(partPath)}.rels`);
}

/** The package path of the first relationship of this type, resolved against `fromFolder`. */
function partTarget(fromFolder: string, relationships: readonly Element[], type: string): string | null {
  const target = relationships.find((rel) => rel.getAttribute('Type') === type)?.getAttribute('Target');
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : path.normalize(path.join(fromFolder, target));
}

/** The styles part's path, created (with Excel's minimum) when the workbook has none. */
function stylesPart(parts: PackageParts, workbookPath: string, relations: Element, contentTypes: Document): string {
  const folder = path.dirname(workbookPath);
  const existing = partTarget(folder, childrenNamed(relations, 'Relationship'), REL_TYPE.styles);
  if (existing && parts.has(existing)) return existing;
  const created = freePartPath(parts, folder, 'styles');
  parts.set(created, EMPTY_STYLES_XML);
  addOverride(contentTypes, `/${created}`, CONTENT_TYPE.styles);
  addRelationship(relations, REL_TYPE.styles, path.relative(folder, created));
  return created;
}

/**
 * The workbook's shared strings (its own part, when it has one, is appended to) and the path
 * they are written to; `registered` says whether the workbook already relates to that path (a
 * part it names but lacks, as a reader takes it, holds nothing yet).
 */
function sharedStrings(parts: PackageParts, workbookPath: string, relations: Element): { strings: SharedStrings; path: string; registered: boolean } {
  const folder = path.dirname(workbookPath);
  const registered = partTarget(folder, childrenNamed(relations, 'Relationship'), REL_TYPE.sharedStrings);
  if (registered) return { strings: new SharedStrings(parts.has(registered) ? parts.text(registered) : null), path: registered, registered: true };
  // Excel's own name when it is free: some readers (ExcelJS) look for the part there, not through the relationship.
  const usual = path.join(folder, 'sharedStrings.xml');
  return { strings: new SharedStrings(null), path: parts.has(usual) ? freePartPath(parts, folder, 'sharedStrings') : usual, registered: false };
}

/** "xl/worksheets/sheet7.xml": the first name of this shape no part has. */
function freePartPath(parts: PackageParts, folder: string, stem: string): string {
  const taken = new Set(parts.names().map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${stem}${n}.xml`);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function hasOverride(contentTypes: Document, partName: string): boolean {
  return childrenNamed(root(contentTypes), 'Override').some((override) => override.getAttribute('PartName')?.toLowerCase() === partName.toLowerCase());
}

function addOverride(contentTypes: Document, partName: string, contentType: string): void {
  const types = root(contentTypes);
  types.appendChild(newElement(types, 'Override', { PartName: partName, ContentType: contentType }));
}

function addRelationship(relations: Element, type: string, target: string): string {
  const ids = new Set(childrenNamed(relations, 'Relationship').map((rel) => rel.getAttribute('Id')));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  relations.appendChild(newElement(relations, 'Relationship', { Id: id, Type: type, Target: target }));
  return id;
}

function nextSheetId(sheetList: Element): number {
  return childrenNamed(sheetList, 'sheet').reduce((max, sheet) => Math.max(max, Number(sheet.getAttribute('sheetId')) || 0), 0) + 1;
}

/**
 * A name local to the sheet at `sheetPosition`: Excel keeps a filter's range (hidden), the print
 * area and the print titles in such names.
 */
function addLocalName(workbook: Element, name: string, sheetPosition: number, reference: string, hidden = false): void {
  const names = ensureChild(workbook, 'definedNames', WORKBOOK_ORDER);
  const defined = newElement(names, 'definedName', { name, localSheetId: sheetPosition, ...(hidden && { hidden: 1 }) });
  defined.appendChild(names.ownerDocument!.createTextNode(reference));
  names.appendChild(defined);
}

/** "$A$4:$J$120" */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}
