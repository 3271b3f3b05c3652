import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifest, runCheckManifestCli, type ManifestProblem, type ManifestProblemCode } from '../../src/tools/checkManifest';
import { DEV_HOST_URL, hostOrigin, normalizeHostUrl, rewriteManifestUrls } from '../../src/tools/manifestUrls';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const assetExists = (relative: string): boolean => existsSync(path.join(root, relative));
const dev = { host: 'https://localhost:3000', assetExists };

/** The manifest with one exact piece of text replaced (the piece must be there, once). */
function variant(from: string, to: string): string {
  expect(manifest.split(from).length - 1, `"${from}" occurs once in manifest.xml`).toBe(1);
  return manifest.replace(from, to);
}

function codes(problems: ManifestProblem[]): ManifestProblemCode[] {
  return problems.map((problem) => problem.code);
}

describe('checkManifest on the repository manifest', () => {
  it('passes', () => {
    expect(checkManifest(manifest, dev)).toEqual([]);
  });

  it('passes through the command line, with a one-line OK', () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCheckManifestCli([path.join(root, 'manifest.xml')], (line) => out.push(line), (line) => err.push(line));
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/OK/);
  });

  it('has the names and the ribbon strings in Vietnamese', () => {
    expect(manifest).toContain('<Override Locale="vi-vn" Value="Soát chỉ tiêu"/>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.1"/>');
  });

  it('names the ribbon button as the help page and the README do, in both languages', () => {
    const label = /<bt:String id="TaskpaneButton.Label" DefaultValue="([^"]+)">\s*<bt:Override Locale="vi-vn" Value="([^"]+)"/.exec(manifest);
    expect(label).not.toBeNull();
    const [, english, vietnamese] = label!;
    const help = readFileSync(path.join(root, 'src/taskpane/help.html'), 'utf8');
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const name of [english, vietnamese]) {
      expect(help).toContain(`<b>${name}</b>`);
      expect(readme).toContain(`Home → **${name}**`);
    }
  });
});

describe('checkManifest finds each broken variant', () => {
  it('a missing vi-vn override of a ribbon string, named by its id and line', () => {
    const buttonLabel = '<bt:String id="TaskpaneButton.Label" DefaultValue="Indicator Check">\n';
    const xml = variant(`${buttonLabel}          <bt:Override Locale="vi-vn" Value="Soát chỉ tiêu"/>\n`, buttonLabel);
    const problems = checkManifest(xml, dev);
    expect(codes(problems)).toEqual(['vi-vn']);
    expect(problems[0]?.where).toBe('<bt:String id="TaskpaneButton.Label">');
    expect(problems[0]?.line).toBe(xml.split('\n').findIndex((line) => line.includes('<bt:String id="TaskpaneButton.Label"')) + 1);
  });

  it('a missing vi-vn override of DisplayName', () => {
    const problems = checkManifest(variant('    <Override Locale="vi-vn" Value="Soát chỉ tiêu"/>\n', ''), dev);
    expect(codes(problems)).toEqual(['vi-vn']);
    expect(problems[0]?.where).toBe('<DisplayName>');
  });

  it('an empty vi-vn override', () => {
    expect(codes(checkManifest(variant('Value="Soát chỉ tiêu đã sẵn sàng"', 'Value=" "'), dev))).toEqual(['vi-vn']);
  });

  it('a URL on another host', () => {
    const problems = checkManifest(variant('"https://localhost:3000/help.html"/>\n  <AppDomains>', '"https://www.contoso.com/help"/>\n  <AppDomains>'), dev);
    expect(codes(problems)).toEqual(['url-host']);
    expect(problems[0]?.where).toBe('<SupportUrl>');
    expect(problems[0]?.message).toContain('https://www.contoso.com/help');
  });

  it('an AppDomain on another host, and a plain http URL', () => {
    expect(codes(checkManifest(variant('<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>https://www.contoso.com</AppDomain>'), dev))).toEqual(['url-host']);
    const http = variant('id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"', 'id="Taskpane.Url" DefaultValue="http://localhost:3000/taskpane.html"');
    expect(codes(checkManifest(http, dev))).toEqual(['url-https']);
  });

  it('a missing icon file', () => {
    const problems = checkManifest(manifest, { ...dev, assetExists: (relative) => relative !== 'assets/icon-80.png' && assetExists(relative) });
    expect(codes(problems)).toEqual(['icon-file']);
    expect(problems[0]?.where).toBe('<bt:Image id="Icon.80x80">');
    expect(problems[0]?.message).toContain('assets/icon-80.png');
  });

  it('an icon URL naming a file that is not in assets/', () => {
    const xml = variant('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/logo.png"/>');
    expect(codes(checkManifest(xml, dev))).toEqual(['icon-file']);
  });

  it('a bad GUID, and the template GUID', () => {
    const bad = checkManifest(variant('<Id>cd9825a0-2dc0-4dcd-8aaf-c4d0c084aaea</Id>', '<Id>cd9825a0-2dc0-4dcd-8aaf</Id>'), dev);
    expect(codes(bad)).toEqual(['id']);
    expect(bad[0]?.where).toBe('<Id>');
    expect(codes(checkManifest(variant('cd9825a0-2dc0-4dcd-8aaf-c4d0c084aaea', '05c2e1c9-3e1d-406e-9a91-e9ac64854143'), dev))).toEqual(['id']);
  });

  it('a bad version', () => {
    expect(codes(checkManifest(variant('<Version>1.0.0.0</Version>', '<Version>1.0-beta</Version>'), dev))).toEqual(['version']);
  });

  it('malformed XML: a mismatched tag, with its line', () => {
    const xml = variant('<ProviderName>Indicator Check</ProviderName>', '<ProviderName>Indicator Check</Provider>');
    const problems = checkManifest(xml, dev);
    expect(codes(problems)).toEqual(['xml']);
    expect(problems[0]?.line).toBe(xml.split('\n').findIndex((line) => line.includes('</Provider>')) + 1);
  });

  it('malformed XML: an unquoted attribute, an unclosed element, a stray ampersand, no XML at all', () => {
    expect(codes(checkManifest(variant('<Host Name="Workbook"/>', '<Host Name=Workbook/>'), dev))).toContain('xml');
    expect(codes(checkManifest(manifest.replace('</OfficeApp>', ''), dev))).toEqual(['xml']);
    expect(codes(checkManifest(variant('Value="Soát chỉ tiêu đã sẵn sàng"', 'Value="Soát & chỉ tiêu"'), dev))).toContain('xml');
    expect(codes(checkManifest('', dev))).toEqual(['xml']);
    expect(codes(checkManifest(variant('<!--\n', '<!-- -- \n'), dev))).toEqual(['xml']);
    expect(checkManifest(variant('Value="Soát chỉ tiêu đã sẵn sàng"', 'Value="Soát &amp; &#7845; biểu"'), dev)).toEqual([]);
  });

  it('a missing required element, and one out of schema order', () => {
    const missing = checkManifest(variant('  <Permissions>ReadWriteDocument</Permissions>\n', ''), dev);
    expect(codes(missing)).toEqual(['missing']);
    expect(missing[0]?.message).toContain('<Permissions>');
    const swapped = manifest.replace('  <Version>1.0.0.0</Version>\n', '').replace('  <Hosts>\n    <Host Name', '  <Version>1.0.0.0</Version>\n  <Hosts>\n    <Host Name');
    expect(codes(checkManifest(swapped, dev))).toEqual(['order']);
  });

  it('other permissions, a requirement beyond ExcelApi 1.1, an undefined resid', () => {
    expect(codes(checkManifest(variant('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'), dev))).toEqual(['permissions']);
    expect(codes(checkManifest(variant('<Set Name="ExcelApi" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>'), dev))).toEqual(['requirements']);
    const resid = checkManifest(variant('<Label resid="CommandsGroup.Label"/>', '<Label resid="CommandsGroup.Title"/>'), dev);
    expect(codes(resid)).toEqual(['resid']);
  });

  it('reports every problem, not only the first', () => {
    const xml = manifest.replace('<Version>1.0.0.0</Version>', '<Version>x</Version>').replace('<Id>cd9825a0-2dc0-4dcd-8aaf-c4d0c084aaea</Id>', '<Id>nope</Id>');
    expect(codes(checkManifest(xml, dev)).sort()).toEqual(['id', 'version']);
  });

  it('the command line prints each problem with file and line, and exits 1', () => {
    const err: string[] = [];
    const code = runCheckManifestCli([path.join(root, 'manifest.xml'), '--host', 'https://example.org/soat/'], () => undefined, (line) => err.push(line));
    expect(code).toBe(1);
    expect(err.at(-1)).toMatch(/manifest\.xml: \d+ problems$/);
    expect(err[0]).toMatch(/manifest\.xml:\d+: <IconUrl>: DefaultValue "https:\/\/localhost:3000\/assets\/icon-32\.png" is not on https:\/\/example\.org\/soat\//);
  });

  it('the command line: a missing file or a bad --host is exit code 2', () => {
    const err: string[] = [];
    expect(runCheckManifestCli([path.join(root, 'no-such-manifest.xml')], () => undefined, (line) => err.push(line))).toBe(2);
    expect(runCheckManifestCli(['manifest.xml', '--host', 'http://example.org/'], () => undefined, (line) => err.push(line))).toBe(2);
    expect(err.join('\n')).toMatch(/cannot read it[\s\S]*https/);
  });
});

describe('manifest URL rewriting for a production build', () => {
  it('normalises the hosting address', () => {
    expect(normalizeHostUrl('https://example.org/soat')).toBe('https://example.org/soat/');
    expect(normalizeHostUrl(' https://Example.org ')).toBe('https://example.org/');
    expect(hostOrigin('https://example.org:8443/a/b/')).toBe('https://example.org:8443');
    expect(() => normalizeHostUrl('http://example.org/')).toThrow(/https/);
    expect(() => normalizeHostUrl('example.org/soat')).toThrow(/Not a URL/);
    expect(() => normalizeHostUrl('https://example.org/soat/?v=1')).toThrow(/query/);
  });

  it('moves every URL under the new address and the AppDomain to its origin, nothing else', () => {
    const rewritten = rewriteManifestUrls(manifest, 'https://example.org/soat');
    expect(rewritten).not.toContain('localhost');
    expect(rewritten).toContain('<SourceLocation DefaultValue="https://example.org/soat/taskpane.html"/>');
    expect(rewritten).toContain('<bt:Image id="Icon.16x16" DefaultValue="https://example.org/soat/assets/icon-16.png"/>');
    expect(rewritten).toContain('<AppDomain>https://example.org</AppDomain>');
    expect(rewritten.replace(/https:\/\/example\.org\/soat\//g, DEV_HOST_URL).replace('https://example.org<', 'https://localhost:3000<')).toBe(manifest);
  });

  it('leaves other hosts and look-alike hosts alone, and escapes the address for XML', () => {
    const xml = '<a x="https://localhost:3000/p"/><b x="https://localhost:30001/p"/><c x="https://localhost:3000.evil/p"/><d x="https://www.contoso.com/"/>';
    expect(rewriteManifestUrls(xml, 'https://h.example/x&y/')).toBe(
      '<a x="https://h.example/x&amp;y/p"/><b x="https://localhost:30001/p"/><c x="https://localhost:3000.evil/p"/><d x="https://www.contoso.com/"/>',
    );
  });

  it('a production manifest passes the check for its host, and fails it for the dev host', () => {
    for (const host of ['https://example.org/soat/', 'https://soat.sokhdt.example.gov.vn/', 'https://intranet.example:8443/addins/soat-chi-tieu/']) {
      const rewritten = rewriteManifestUrls(manifest, host);
      expect(checkManifest(rewritten, { host, assetExists }), host).toEqual([]);
      expect(codes(checkManifest(rewritten, dev))).toContain('url-host');
    }
  });

  it('the dev manifest fails the check for a production host', () => {
    const problems = checkManifest(manifest, { host: 'https://example.org/soat/', assetExists });
    expect(problems.length).toBeGreaterThan(5);
    expect(new Set(codes(problems))).toEqual(new Set(['url-host']));
  });
});
