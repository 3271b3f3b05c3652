/**
 * The offline manifest check CI runs (`office-addin-manifest validate` sends the manifest to a Microsoft
 * service and needs the internet). It checks what this project relies on: well-formed XML, the required
 * elements in schema order, a GUID Id, a version, every URL on the hosting address, every icon present in
 * assets/, a vi-vn override for every user-visible string, resource ids that resolve, ReadWriteDocument,
 * and no requirement beyond ExcelApi 1.1.
 *
 *   npx tsx src/tools/checkManifest.ts [MANIFEST.xml] [--host https://host.example/path/]
 *
 * Exit code 0 with one OK line; 1 with one line per problem; 2 when the file cannot be read or the
 * arguments are wrong.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { DEV_HOST_URL, hostOrigin, normalizeHostUrl } from './manifestUrls';

export type ManifestProblemCode =
  | 'xml'
  | 'root'
  | 'missing'
  | 'duplicate'
  | 'order'
  | 'id'
  | 'version'
  | 'empty'
  | 'too-long'
  | 'vi-vn'
  | 'url-host'
  | 'url-https'
  | 'icon-file'
  | 'host'
  | 'permissions'
  | 'requirements'
  | 'resid';

export interface ManifestProblem {
  code: ManifestProblemCode;
  /** 1-based line in the manifest, when known. */
  line: number | undefined;
  /** The element the problem is in, e.g. `<bt:String id="GetStarted.Title">`. */
  where: string;
  message: string;
}

export interface ManifestCheckOptions {
  /** The hosting address every URL must be under (https://localhost:3000 for the repository's manifest). */
  host: string;
  /** Whether a path relative to the manifest's folder (e.g. "assets/icon-32.png") is a file. */
  assetExists: (path: string) => boolean;
}

const NS_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const NS_OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const VI_VN = 'vi-vn';

/** The TaskPaneApp children in the order the schema requires them (Office rejects another order). */
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
] as const;

const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'Hosts',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
] as const;

/** Length limits of the schema for the strings Office shows. */
const MAX_LENGTH: Record<string, number> = { DisplayName: 125, Description: 250, ShortStrings: 125, LongStrings: 250 };
const MAX_RESID_LENGTH = 32;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that other add-ins already use (the Office template's, the nil GUID): Office would mix them up. */
const TAKEN_IDS = new Set(['05c2e1c9-3e1d-406e-9a91-e9ac64854143', '00000000-0000-0000-0000-000000000000']);
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

function elementChildren(parent: Element): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) out.push(node as Element);
  }
  return out;
}

function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (element: Element): void => {
    for (const child of elementChildren(element)) {
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

function describe(element: Element): string {
  const key = ['id', 'Name', 'Locale', 'size'].find((name) => element.hasAttribute(name));
  return key === undefined ? `<${element.tagName}>` : `<${element.tagName} ${key}="${element.getAttribute(key) ?? ''}">`;
}

function textOf(element: Element): string {
  return (element.textContent ?? '').trim();
}

function lineOf(element: Element): number | undefined {
  return element.lineNumber;
}

/** All problems of a manifest, in document order within each kind of check; [] when it is fine. */
export function checkManifest(xml: string, options: ManifestCheckOptions): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const report = (code: ManifestProblemCode, element: Element | undefined, message: string): void => {
    problems.push({ code, line: element === undefined ? undefined : lineOf(element), where: element === undefined ? 'manifest' : describe(element), message });
  };

  // Well-formed XML. xmldom reports warnings for things a strict parser rejects (an unquoted attribute),
  // so every report counts.
  const parseErrors: ManifestProblem[] = [];
  let root: Element | null = null;
  try {
    const document = new DOMParser({
      onError: (_level, message, context) => {
        const locator = (context as { locator?: { lineNumber?: number } } | undefined)?.locator;
        parseErrors.push({ code: 'xml', line: locator?.lineNumber, where: 'XML', message: `not well-formed XML: ${message}` });
      },
    }).parseFromString(xml, 'text/xml');
    root = document.documentElement;
  } catch (error) {
    if (parseErrors.length === 0) parseErrors.push({ code: 'xml', line: undefined, where: 'XML', message: `not well-formed XML: ${String(error)}` });
  }
  if (parseErrors.length === 0) parseErrors.push(...lexicalProblems(xml));
  if (parseErrors.length > 0 || root === null) {
    return parseErrors.length > 0 ? parseErrors : [{ code: 'xml', line: undefined, where: 'XML', message: 'no root element' }];
  }

  if (root.localName !== 'OfficeApp' || root.namespaceURI !== NS_APP) {
    report('root', root, `the root element must be <OfficeApp xmlns="${NS_APP}">`);
    return problems;
  }
  if (root.getAttributeNS(NS_XSI, 'type') !== 'TaskPaneApp') report('root', root, 'xsi:type must be "TaskPaneApp"');

  // Top-level elements: present, once, in schema order.
  const top = elementChildren(root);
  const topByName = new Map<string, Element>();
  let lastRank = -1;
  for (const element of top) {
    const name = element.localName ?? '';
    const expectedNs = name === 'VersionOverrides' ? NS_OVERRIDES : NS_APP;
    if (element.namespaceURI !== expectedNs) {
      report('root', element, `<${name}> must be in the namespace ${expectedNs}`);
    }
    if (topByName.has(name)) report('duplicate', element, `<${name}> appears more than once`);
    else topByName.set(name, element);
    const rank = (SCHEMA_ORDER as readonly string[]).indexOf(name);
    if (rank === -1) continue;
    if (rank < lastRank) report('order', element, `<${name}> is out of order: the schema wants ${SCHEMA_ORDER.join(', ')}`);
    lastRank = Math.max(lastRank, rank);
  }
  for (const name of REQUIRED) {
    if (!topByName.has(name)) report('missing', root, `<${name}> is missing`);
  }

  const id = topByName.get('Id');
  if (id !== undefined) {
    if (!GUID.test(textOf(id))) report('id', id, `the Id must be a GUID like 8f3a1c2e-…; found "${textOf(id)}"`);
    else if (TAKEN_IDS.has(textOf(id).toLowerCase())) report('id', id, `the Id ${textOf(id)} is used by other add-ins: make a new GUID`);
  }
  const version = topByName.get('Version');
  if (version !== undefined && !VERSION.test(textOf(version))) {
    report('version', version, `the Version must be numbers like 1.0.0.0; found "${textOf(version)}"`);
  }
  for (const name of ['ProviderName', 'DefaultLocale'] as const) {
    const element = topByName.get(name);
    if (element !== undefined && textOf(element) === '') report('empty', element, `<${name}> is empty`);
  }

  // DisplayName and Description: a default and a vi-vn override, within the schema's length.
  for (const name of ['DisplayName', 'Description'] as const) {
    const element = topByName.get(name);
    if (element === undefined) continue;
    checkLocalized(element, (element.getAttribute('DefaultValue') ?? '').trim(), MAX_LENGTH[name] ?? 250, 'Override', NS_APP, report);
  }

  const hosts = topByName.get('Hosts');
  if (hosts !== undefined && !elementChildren(hosts).some((host) => host.localName === 'Host' && host.getAttribute('Name') === 'Workbook')) {
    report('host', hosts, 'there must be <Host Name="Workbook"/> (Excel)');
  }

  const defaultSettings = topByName.get('DefaultSettings');
  if (defaultSettings !== undefined) {
    const source = elementChildren(defaultSettings).find((element) => element.localName === 'SourceLocation');
    if (source === undefined) report('missing', defaultSettings, '<SourceLocation> is missing');
    else if ((source.getAttribute('DefaultValue') ?? '').trim() === '') report('empty', source, 'SourceLocation has no DefaultValue');
  }

  const permissions = topByName.get('Permissions');
  if (permissions !== undefined && textOf(permissions) !== 'ReadWriteDocument') {
    report('permissions', permissions, `Permissions must be ReadWriteDocument (the add-in writes its result sheets); found "${textOf(permissions)}"`);
  }

  // Requirements: only ExcelApi 1.1, so Office 2016 loads the add-in; the rest is detected at run time.
  const requirements = topByName.get('Requirements');
  if (requirements !== undefined) {
    for (const element of descendants(requirements)) {
      if (element.localName === 'Set') {
        const setName = element.getAttribute('Name') ?? '';
        const sets = element.parentNode as Element | null;
        const minVersion = element.getAttribute('MinVersion') ?? sets?.getAttribute('DefaultMinVersion') ?? '';
        if (setName !== 'ExcelApi' || minVersion !== '1.1') {
          report('requirements', element, `declares ${setName} ${minVersion}: declare only ExcelApi 1.1 and detect other sets at run time with isSetSupported`);
        }
      } else if (element.localName === 'Method') {
        report('requirements', element, 'declares a method requirement: detect it at run time instead');
      }
    }
  }

  checkUrls(root, options, report);
  checkResources(topByName.get('VersionOverrides'), report);
  return problems;
}

/**
 * What xmldom lets through but an XML parser must reject (and Office's does): a bare "&", "]]>" in text,
 * control characters. Comments, CDATA sections and processing instructions are blanked out first,
 * keeping line breaks so that line numbers stay right.
 */
function lexicalProblems(xml: string): ManifestProblem[] {
  const blank = (part: string): string => part.replace(/[^\n]/g, ' ');
  const markup = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, blank);
  const problems: ManifestProblem[] = [];
  const checks: [RegExp, string][] = [
    [/&(?!(?:[A-Za-z_][\w.-]*|#[0-9]+|#x[0-9A-Fa-f]+);)/g, 'a bare "&" (write &amp;)'],
    [/\]\]>/g, '"]]>" outside a CDATA section'],
    // eslint-disable-next-line no-control-regex
    [/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, 'a control character'],
  ];
  for (const [pattern, what] of checks) {
    for (const match of markup.matchAll(pattern)) {
      const line = markup.slice(0, match.index).split('\n').length;
      problems.push({ code: 'xml', line, where: 'XML', message: `not well-formed XML: ${what}` });
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

type Report = (code: ManifestProblemCode, element: Element | undefined, message: string) => void;

function checkLocalized(element: Element, defaultValue: string, maxLength: number, overrideName: string, overrideNs: string, report: Report): void {
  if (defaultValue === '') report('empty', element, 'DefaultValue is empty');
  if (defaultValue.length > maxLength) report('too-long', element, `DefaultValue has ${defaultValue.length} characters; at most ${maxLength}`);
  const overrides = elementChildren(element).filter(
    (child) => child.localName === overrideName && child.namespaceURI === overrideNs && (child.getAttribute('Locale') ?? '').toLowerCase() === VI_VN,
  );
  const override = overrides[0];
  if (override === undefined) {
    const tag = overrideNs === NS_BT ? 'bt:Override' : 'Override';
    report('vi-vn', element, `no Vietnamese text: add <${tag} Locale="vi-vn" Value="…"/>`);
    return;
  }
  const value = (override.getAttribute('Value') ?? '').trim();
  if (value === '') report('vi-vn', override, 'the vi-vn override has an empty Value');
  if (value.length > maxLength) report('too-long', override, `Value has ${value.length} characters; at most ${maxLength}`);
}

/** Every URL in a DefaultValue/Value attribute or an AppDomain under the host; icons present in assets/. */
function checkUrls(root: Element, options: ManifestCheckOptions, report: Report): void {
  const base = normalizeHostUrl(options.host);
  const origin = hostOrigin(options.host);
  for (const element of descendants(root)) {
    if (element.localName === 'AppDomain') {
      const domain = textOf(element);
      if (!domain.startsWith('https://')) report('url-https', element, `"${domain}" is not an https address`);
      else if (domain.replace(/\/$/, '') !== origin && !domain.startsWith(base)) report('url-host', element, `"${domain}" is not on ${origin}`);
      continue;
    }
    for (const attribute of ['DefaultValue', 'Value']) {
      const value = (element.getAttribute(attribute) ?? '').trim();
      if (!LOOKS_LIKE_URL.test(value)) continue;
      if (!value.startsWith('https://')) {
        report('url-https', element, `${attribute} "${value}" is not an https address (Office loads only https)`);
        continue;
      }
      if (!value.startsWith(base)) {
        report('url-host', element, `${attribute} "${value}" is not on ${base}`);
        continue;
      }
      // An icon's URL, or the URL of an icon's locale override, must name a file beside the manifest.
      const owner = element.localName === 'Override' ? (element.parentNode as Element | null) : element;
      if (owner !== null && isIconElement(owner)) {
        const relative = decodeURIComponent(value.slice(base.length).replace(/[?#].*$/, ''));
        if (!options.assetExists(relative)) report('icon-file', element, `the icon ${relative} is not there (expected beside the manifest, in assets/)`);
      }
    }
  }
}

function isIconElement(element: Element): boolean {
  return element.localName === 'IconUrl' || element.localName === 'HighResolutionIconUrl' || (element.localName === 'Image' && element.namespaceURI === NS_BT);
}

/** bt:Images/Urls/Strings: ids unique and short, every resid defined, every string with vi-vn text. */
function checkResources(versionOverrides: Element | undefined, report: Report): void {
  if (versionOverrides === undefined) return;
  const all = descendants(versionOverrides);
  const resources = all.find((element) => element.localName === 'Resources');
  if (resources === undefined) {
    report('missing', versionOverrides, '<Resources> is missing');
    return;
  }
  const defined = new Map<string, Element>();
  for (const group of elementChildren(resources)) {
    for (const item of elementChildren(group)) {
      if (item.namespaceURI !== NS_BT) continue;
      const id = item.getAttribute('id') ?? '';
      if (id === '') report('empty', item, 'a resource without an id');
      else if (defined.has(id)) report('duplicate', item, `the id "${id}" is defined twice`);
      else defined.set(id, item);
      if (id.length > MAX_RESID_LENGTH) report('too-long', item, `the id "${id}" is longer than ${MAX_RESID_LENGTH} characters`);
      if (item.localName === 'String') {
        const max = MAX_LENGTH[group.localName ?? ''] ?? 250;
        checkLocalized(item, (item.getAttribute('DefaultValue') ?? '').trim(), max, 'Override', NS_BT, report);
      } else if ((item.getAttribute('DefaultValue') ?? '').trim() === '') {
        report('empty', item, 'DefaultValue is empty');
      }
    }
  }
  for (const element of all) {
    const resid = element.getAttribute('resid');
    if (resid !== null && !defined.has(resid)) report('resid', element, `resid "${resid}" is not defined in <Resources>`);
  }
}

// ---- command line ----

function usage(): string {
  return 'usage: tsx src/tools/checkManifest.ts [MANIFEST.xml] [--host https://host.example/path/]';
}

export function runCheckManifestCli(argv: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  let file = 'manifest.xml';
  let host = DEV_HOST_URL;
  let fileGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--host' || arg.startsWith('--host=')) {
      const value = arg === '--host' ? argv[++i] : arg.slice('--host='.length);
      if (value === undefined || value === '') {
        err(`--host needs an address. ${usage()}`);
        return 2;
      }
      host = value;
    } else if (arg === '--help' || arg === '-h') {
      out(usage());
      return 0;
    } else if (arg.startsWith('-') || fileGiven) {
      err(`unexpected argument "${arg}". ${usage()}`);
      return 2;
    } else {
      file = arg;
      fileGiven = true;
    }
  }
  try {
    normalizeHostUrl(host);
  } catch (error) {
    err(`--host: ${(error as Error).message}`);
    return 2;
  }
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (error) {
    err(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 2;
  }
  const folder = dirname(resolve(file));
  const assetExists = (path: string): boolean => {
    const full = resolve(folder, path);
    return existsSync(full) && statSync(full).isFile();
  };
  const problems = checkManifest(xml, { host, assetExists });
  if (problems.length === 0) {
    out(`${file}: OK (offline check; every URL on ${normalizeHostUrl(host)})`);
    return 0;
  }
  for (const problem of problems) {
    err(`${file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.where}: ${problem.message}`);
  }
  err(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return 1;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  process.exitCode = runCheckManifestCli(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}
