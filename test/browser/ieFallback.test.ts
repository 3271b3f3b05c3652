import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBrowser, type BrowserSession } from './browserSession';
import { saveScreenshot } from './screenshots';

const ie11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';

describe('taskpane.html in a host that shows add-ins in Internet Explorer 11', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startBrowser(inject('builds').addin);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows which Office versions work, in Vietnamese then English, and never loads the task pane', async () => {
    const context = await session.browser.newContext({ userAgent: ie11, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // office.js comes from Microsoft's CDN, which this machine cannot reach: answer it empty.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
    await page.goto(`${session.url}/taskpane.html`);

    const vietnamese = page.locator('div[lang="vi"] h1');
    await expect.poll(() => vietnamese.textContent()).toContain('không chạy được trên phiên bản Office này');
    await expect.poll(() => page.locator('div[lang="en"] h1').textContent()).toContain('cannot run in this version of Office');
    const text = (await page.textContent('body')) ?? '';
    expect(text.indexOf('Dùng được')).toBeLessThan(text.indexOf('Works in'));
    expect(text).toContain('Microsoft 365');
    expect(text).toContain('volume license');
    expect(requested.filter((url) => /taskpane\.[^/]*js/.test(url))).toEqual([]);
    await saveScreenshot(page, 'ie11-fallback');
    await context.close();
  });
});
