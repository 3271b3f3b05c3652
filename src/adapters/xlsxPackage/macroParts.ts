/**
 * The checked copy is an .xlsx that runs no code: what a macro-enabled workbook (or one renamed
 * .xlsx) holds to run it is left out, as Excel does when it saves such a workbook as .xlsx, and a
 * little more. Out go the VBA project and its signatures, Excel 4.0 macro sheets (with their tabs,
 * parts and relationships), the names Excel runs or calls as macros, and every content type and
 * relationship that pointed at them. Sheet positions other references use are renumbered.
 */
import type { Document, Element } from '@xmldom/xmldom';
import path from 'node:path/posix';
import { childrenNamed, root } from './xmlDocument';

/** The package's parts, as far as leaving some out needs. */
export interface RemovableParts {
  names(): string[];
  remove(name: string): void;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CALC_CHAIN = `${REL}/calcChain`;
const WORKBOOK_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
/** vbaProject, vbaProjectSignature(Agile|V3), xlMacrosheet, xlIntlMacrosheet, macrosheet. */
const MACRO_RELATIONSHIP = /\/(?:vbaProject\w*|xl(?:Intl)?Macrosheet|macrosheet)$/i;
/** application/vnd.ms-office.vbaProject(Signature…), application/vnd.ms-excel.(intl)macrosheet+xml. */
const MACRO_CONTENT_TYPE = /vbaProject|macrosheet/i;
/** The VBA project and its signatures, whatever content type they are given. */
const VBA_PART_NAME = /(?:^|\/)vbaProject[^/]*\.bin$/i;
/** Excel runs a name beginning so (Auto_Open, Auto_Open2…) when the workbook opens, closes, or a sheet is shown or left. */
const AUTO_MACRO_NAME = /^(?:_xlnm\.)?auto_(?:open|close|activate|deactivate)/i;
/** Attributes that mark a name as a macro (Excel 4.0 command or function, VBA procedure). */
const MACRO_NAME_FLAGS = ['xlm', 'function', 'vbProcedure'];

export function dropMacros(parts: RemovableParts, contentTypes: Document, workbook: Element, relations: Element, workbookPath: string): void {
  const types = root(contentTypes);
  for (const override of childrenNamed(types, 'Override')) {
    if (samePart(override.getAttribute('PartName') ?? '', workbookPath) && /macroEnabled/i.test(override.getAttribute('ContentType') ?? '')) {
      override.setAttribute('ContentType', WORKBOOK_CONTENT_TYPE);
    }
  }
  const removed = macroPartNames(parts, types);
  const folder = path.dirname(workbookPath);
  const removedRelIds = new Set<string>();
  for (const rel of childrenNamed(relations, 'Relationship')) {
    const target = internalTarget(folder, rel);
    if (MACRO_RELATIONSHIP.test(rel.getAttribute('Type') ?? '') || (target !== null && removed.has(target.toLowerCase()))) {
      if (target !== null) removed.add(target.toLowerCase());
      removedRelIds.add(rel.getAttribute('Id') ?? '');
      relations.removeChild(rel);
    }
  }
  const sheetsGone = dropSheetEntries(workbook, removedRelIds);
  if (sheetsGone.positions.length) {
    // The calculation chain lists cells of every sheet, the macro sheets' too: Excel rebuilds it when it is missing.
    for (const rel of childrenNamed(relations, 'Relationship').filter((r) => r.getAttribute('Type') === CALC_CHAIN)) {
      const target = internalTarget(folder, rel);
      if (target !== null) removed.add(target.toLowerCase());
      relations.removeChild(rel);
    }
  }
  // Auto_Open and the like run macros only where there are some; in a macro-free workbook they are ordinary names.
  dropMacroNames(workbook, sheetsGone, removed.size > 0 || removedRelIds.size > 0);
  renumberViews(workbook, sheetsGone.positions);

  for (const name of parts.names()) {
    const source = relationshipsSource(name);
    if (removed.has(name.toLowerCase()) || (source !== null && (removed.has(source.toLowerCase()) || VBA_PART_NAME.test(source)))) parts.remove(name);
  }
  for (const override of childrenNamed(types, 'Override')) {
    const partName = (override.getAttribute('PartName') ?? '').replace(/^\//, '').toLowerCase();
    if (removed.has(partName) || MACRO_CONTENT_TYPE.test(override.getAttribute('ContentType') ?? '')) types.removeChild(override);
  }
  for (const byExtension of childrenNamed(types, 'Default')) {
    if (MACRO_CONTENT_TYPE.test(byExtension.getAttribute('ContentType') ?? '')) types.removeChild(byExtension);
  }
}

/** Lower-cased names of the parts that are macros by their name or content type. */
function macroPartNames(parts: RemovableParts, types: Element): Set<string> {
  const overrides = new Map(childrenNamed(types, 'Override').map((o) => [(o.getAttribute('PartName') ?? '').replace(/^\//, '').toLowerCase(), o.getAttribute('ContentType') ?? '']));
  const defaults = new Map(childrenNamed(types, 'Default').map((d) => [(d.getAttribute('Extension') ?? '').toLowerCase(), d.getAttribute('ContentType') ?? '']));
  const found = new Set<string>();
  for (const name of parts.names()) {
    const key = name.toLowerCase();
    const contentType = overrides.get(key) ?? defaults.get(path.extname(key).slice(1)) ?? '';
    if (VBA_PART_NAME.test(name) || MACRO_CONTENT_TYPE.test(contentType)) found.add(key);
  }
  return found;
}

interface RemovedSheets {
  /** Their positions in the workbook's sheet list, before any was removed. */
  positions: number[];
  names: string[];
}

/** Removes the <sheet> entries whose part went with these relationships. */
function dropSheetEntries(workbook: Element, relIds: ReadonlySet<string>): RemovedSheets {
  const gone: RemovedSheets = { positions: [], names: [] };
  const list = childrenNamed(workbook, 'sheets')[0];
  if (!list) return gone;
  childrenNamed(list, 'sheet').forEach((sheet, position) => {
    if (!relIds.has(sheet.getAttributeNS(REL, 'id') ?? sheet.getAttribute('r:id') ?? '')) return;
    gone.positions.push(position);
    gone.names.push(sheet.getAttribute('name') ?? '');
    list.removeChild(sheet);
  });
  return gone;
}

/**
 * Leaves out the names that run or are macros, those local to a removed sheet or referring to one;
 * the others' localSheetId (a position in the sheet list) follows the sheets that moved up.
 */
function dropMacroNames(workbook: Element, sheets: RemovedSheets, hadMacros: boolean): void {
  const list = childrenNamed(workbook, 'definedNames')[0];
  if (!list) return;
  const mentions = sheets.names.map(sheetMention);
  for (const defined of childrenNamed(list, 'definedName')) {
    const local = defined.getAttribute('localSheetId');
    const position = local === null ? null : Number(local);
    const isMacro =
      (hadMacros && AUTO_MACRO_NAME.test(defined.getAttribute('name') ?? '')) ||
      MACRO_NAME_FLAGS.some((flag) => /^(?:1|true)$/i.test(defined.getAttribute(flag) ?? '')) ||
      (position !== null && sheets.positions.includes(position)) ||
      mentions.some((mention) => mention.test(defined.textContent ?? ''));
    if (isMacro) list.removeChild(defined);
    else if (position !== null) defined.setAttribute('localSheetId', String(shifted(position, sheets.positions)));
  }
  if (!childrenNamed(list, 'definedName').length) workbook.removeChild(list);
}

/** A reference to the sheet in a formula: Macro1!$A$1 or 'Macro 1'!$A$1. */
function sheetMention(name: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\w.'])${escape(name)}!|'${escape(name.replace(/'/g, "''"))}'!`, 'i');
}

/** The workbook views' active and first tabs, as positions after the removed sheets are gone. */
function renumberViews(workbook: Element, removed: readonly number[]): void {
  if (!removed.length) return;
  for (const views of childrenNamed(workbook, 'bookViews')) {
    for (const view of childrenNamed(views, 'workbookView')) {
      for (const attribute of ['activeTab', 'firstSheet']) {
        const value = view.getAttribute(attribute);
        if (value !== null) view.setAttribute(attribute, String(shifted(Number(value) || 0, removed)));
      }
    }
  }
}

function shifted(position: number, removed: readonly number[]): number {
  return Math.max(0, position - removed.filter((gone) => gone < position).length);
}

/** The package path a relationship points to, or null for an external one. */
function internalTarget(fromFolder: string, rel: Element): string | null {
  const target = rel.getAttribute('Target');
  if (!target || rel.getAttribute('TargetMode') === 'External') return null;
  return target.startsWith('/') ? target.slice(1) : path.normalize(path.join(fromFolder, target));
}

/** "xl/vbaProject.bin" for "xl/_rels/vbaProject.bin.rels"; null for a part that holds no relationships. */
function relationshipsSource(name: string): string | null {
  const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(name);
  return match ? `${match[1]}${match[2]}` : null;
}

function samePart(partName: string, packagePath: string): boolean {
  return partName.replace(/^\//, '').toLowerCase() === packagePath.toLowerCase();
}
