import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const template = readFileSync(path.join(root, 'src/taskpane/taskpane.html'), 'utf8');
const FILES_PLACEHOLDER = '<%= JSON.stringify(htmlWebpackPlugin.files.js) %>';

/** The inline guard script, with the bundle list html-webpack-plugin fills in. */
function guardScript(files: string[]): string {
  const scripts = [...template.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  expect(scripts).toHaveLength(1);
  return (scripts[0] ?? '').replace(FILES_PLACEHOLDER, JSON.stringify(files));
}

interface FakeScript {
  src: string;
  async: boolean;
}

/** Runs the guard with a user agent in a bare context: what it shows and which scripts it adds. */
function runGuard(userAgent: string, files = ['taskpane.0123abcd.js']): { html: string | undefined; added: FakeScript[] } {
  const added: FakeScript[] = [];
  const body = { innerHTML: undefined as string | undefined, appendChild: (script: FakeScript) => added.push(script) };
  const document = { body, createElement: (tag: string): FakeScript => (expect(tag).toBe('script'), { src: '', async: true }) };
  vm.runInNewContext(guardScript(files), { window: { navigator: { userAgent } }, document });
  return { html: body.innerHTML, added };
}

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; .NET CLR 2.0.50727; rv:11.0) like Gecko';
const OLD_EDGE =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

describe('taskpane.html', () => {
  it('is Vietnamese, with #root, a noscript, office.js from Microsoft and no other template tag', () => {
    expect(template).toMatch(/<html lang="vi">/);
    expect(template).toContain('<div id="root"></div>');
    expect(template).toMatch(/<noscript>[\s\S]*Soát chỉ tiêu[\s\S]*Indicator Check[\s\S]*<\/noscript>/);
    expect(template).toContain('<script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(template.split('<%').length - 1).toBe(1);
    expect(template).toContain(FILES_PLACEHOLDER);
  });

  it('its guard script is plain ES3, so Internet Explorer can run it', () => {
    expect(() => parse(guardScript(['a.js', 'b.js']), { ecmaVersion: 3 })).not.toThrow();
  });

  for (const [name, userAgent] of [
    ['Internet Explorer 11 (Office 2016/2019 volume)', IE11],
    ['the old Edge (EdgeHTML)', OLD_EDGE],
  ] as const) {
    it(`${name}: shows which Office versions work, Vietnamese first, and never loads the bundle`, () => {
      const { html, added } = runGuard(userAgent);
      expect(added).toEqual([]);
      expect(html).toBeDefined();
      const text = html ?? '';
      expect(text.indexOf('lang="vi"')).toBeLessThan(text.indexOf('lang="en"'));
      for (const phrase of ['Microsoft 365', 'Office 2021', 'Office 2024', 'WebView2', 'Excel trên web', 'Excel on the web', 'volume license', 'volume-licensed']) {
        expect(text).toContain(phrase);
      }
      expect(text).toMatch(/Không dùng được:<\/b> Office 2016 và Office 2019 bản cấp phép số lượng lớn/);
    });
  }

  for (const [name, userAgent] of [
    ['WebView2', WEBVIEW2],
    ['Mac', MAC],
    ['Firefox (Excel on the web)', FIREFOX],
  ] as const) {
    it(`${name}: loads the bundle in order and leaves the page alone`, () => {
      const { html, added } = runGuard(userAgent, ['runtime.js', 'taskpane.js']);
      expect(html).toBeUndefined();
      expect(added).toEqual([
        { src: 'runtime.js', async: false },
        { src: 'taskpane.js', async: false },
      ]);
    });
  }
});
