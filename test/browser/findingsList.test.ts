import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import '../../src/preview/contract';
import { paneSelector, seriousViolations } from './axe';
import { saveElementScreenshot } from './screenshots';
import { startBrowser, type BrowserSession } from './browserSession';

/** The README's picture of the list, rewritten only when asked (it is committed). */
const docsScreenshot = path.resolve('docs/pane-findings-list.png');

/**
 * A workbook of three indicator sheets with 200 findings in all: every total's two parts add up
 * to less than it (an error on the total), and the first part's stated percent of plan is not
 * its actual/plan (an error on the percent). 45, 45 and 10 totals: two long sheets, one short.
 */
async function manyFindingsWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheets: [string, number][] = [['Biểu 1', 45], ['Biểu 2', 45], ['Biểu 3', 10]];
  for (const [name, totals] of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'TH/KH (%)']);
    for (let g = 1; g <= totals; g++) {
      sheet.addRow([String(g), `Nhóm ${g}`, 'ha', 1000, 900, 90]);
      sheet.addRow([`${g}.1`, name === 'Biểu 2' && g === 7 ? 'Cà phê' : 'Lúa', 'ha', 600, 500, 50]);
      sheet.addRow([`${g}.2`, 'Ngô', 'ha', 400, 300, 75]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook with no indicator table: notes only. */
async function notesWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ghi chú');
  sheet.addRow(['Ghi chú về nguồn số liệu']);
  sheet.addRow(['Số liệu cập nhật hằng tháng']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function openWith(context: BrowserContext, url: string, bytes: Buffer, name: string): Promise<Page> {
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(`${url}/preview.html?workbook=none`);
  await page.evaluate(() => window.indicatorCheckPreview.ready);
  await page.evaluate(([data, file]) => window.indicatorCheckPreview.loadWorkbook(new Uint8Array(data), file), [[...bytes], name] as const);
  expect(failures).toEqual([]);
  return page;
}

/** Presses the main button and waits for the results and the button ready again (usable in beforeAll: no expect). */
async function runCheck(page: Page): Promise<void> {
  const ready = () =>
    page.waitForFunction(
      () => {
        const run = Array.from(document.querySelectorAll('button')).find((button) => button.textContent === 'Kiểm tra và tạo tổng hợp');
        return run !== undefined && run.getAttribute('aria-disabled') !== 'true';
      },
      undefined,
      { timeout: 30000 },
    );
  await ready();
  await page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' }).click();
  await page.getByRole('heading', { name: 'Kết quả' }).waitFor({ timeout: 30000 });
  await ready();
}

/** The pane's first 1,100 pixels (counts, filters, the first entries): the README's picture. */
async function saveTopOfPane(page: Page, file: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator(paneSelector).boundingBox();
  if (!box) throw new Error('the task pane is not visible');
  await page.screenshot({ path: file, fullPage: true, clip: { ...box, height: Math.min(box.height, 1100) } });
}

const selectionOf = (page: Page) => page.evaluate(() => window.indicatorCheckPreview.host?.selection ?? null);
const statusText = (page: Page) => page.getByText(/^Đang hiện \d+ trên \d+ ô có phát hiện\./).textContent();
const entries = (page: Page) => page.getByRole('button', { name: /^Lỗi [A-Z]+\d+ / });
const inList = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[role="group"][aria-label^="Danh sách phát hiện"]') !== null);

describe('the findings list at 200 findings, in chromium', () => {
  let session: BrowserSession;
  let context: BrowserContext;
  let page: Page;
  let many: Buffer;

  beforeAll(async () => {
    session = await startBrowser(inject('builds').preview);
    many = await manyFindingsWorkbook();
    // Excel's pane width, and a window tall enough for a screen of findings.
    context = await session.browser.newContext({ viewport: { width: 360, height: 900 }, colorScheme: 'light' });
    page = await openWith(context, session.url, many, 'nhieu-phat-hien.xlsx');
    await runCheck(page);
  });
  afterAll(async () => {
    await context?.close();
    await session?.close();
  });

  it('lists 200 flagged cells in three groups, the long ones collapsed, on a page of a few screens', async () => {
    expect(await statusText(page)).toBe('Đang hiện 200 trên 200 ô có phát hiện. Đã xem 0/200.');
    const header = (sheet: string) => page.getByRole('button', { name: new RegExp(`^${sheet} \\(\\d+\\)$`) });
    expect(await header('Biểu 1').getAttribute('aria-expanded')).toBe('false');
    expect(await header('Biểu 2').getAttribute('aria-expanded')).toBe('false');
    expect(await header('Biểu 3').getAttribute('aria-expanded')).toBe('true');
    expect(await entries(page).count()).toBe(20);
    const height = await page.locator(paneSelector).evaluate((pane) => pane.scrollHeight);
    expect(height).toBeLessThan(900 * 6);
    await saveElementScreenshot(page, page.locator(paneSelector), '20-list-200-findings');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('filters by sheet and finds "Cà phê" typed without diacritics, with no serious violation', async () => {
    await page.getByRole('combobox', { name: 'Biểu' }).selectOption('Biểu 3');
    expect(await statusText(page)).toMatch(/^Đang hiện 20 trên 200/);
    await saveElementScreenshot(page, page.locator(paneSelector), '21-filtered-by-sheet');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();

    await page.getByRole('searchbox', { name: /^Tìm/ }).fill('ca phe');
    expect(await statusText(page)).toMatch(/^Đang hiện 1 trên 200/);
    expect(await entries(page).allTextContents()).toEqual([expect.stringMatching(/^Lỗi F21 Cà phê thuộc "Nhóm 7"/)]);
    await saveElementScreenshot(page, page.locator(paneSelector), '22-searched');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    expect(await statusText(page)).toMatch(/^Đang hiện 200 trên 200/);
  });

  it('has no serious violation with the long groups collapsed or open', async () => {
    await page.getByRole('button', { name: 'Biểu 1 (90)' }).click();
    expect(await entries(page).count()).toBe(110);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Biểu 1 (90)' }).click();
    // The panel goes once its closing animation ends.
    await expect.poll(() => entries(page).count()).toBe(20);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('steps with next and previous, selecting each cell in the workbook', async () => {
    const next = page.getByRole('button', { name: 'Phát hiện sau' });
    await next.click();
    await expect.poll(() => selectionOf(page)).toEqual({ sheet: 'Biểu 1', address: 'E2' });
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') await saveTopOfPane(page, docsScreenshot);
    await next.click();
    await expect.poll(() => selectionOf(page)).toEqual({ sheet: 'Biểu 1', address: 'F3' });
    expect(await page.getByText('Phát hiện 2/200').count()).toBe(1);
    const previous = page.getByRole('button', { name: 'Phát hiện trước' });
    await previous.click();
    await previous.click();
    // Wraps round to the last one.
    await expect.poll(() => selectionOf(page)).toEqual({ sheet: 'Biểu 3', address: 'F30' });
    // The parts of a total, under the total's finding.
    // Biểu 1 is open now (stepping opened it) and has an E26 of its own: Biểu 3's is the last.
    await page.getByRole('button', { name: /^Lỗi E26 Nhóm 9 / }).last().click();
    await expect.poll(() => selectionOf(page)).toEqual({ sheet: 'Biểu 3', address: 'E26' });
    expect(await page.getByRole('list', { name: 'Các thành phần của "Nhóm 9"' }).textContent()).toBe('Dòng 27, Lúa: 500Dòng 28, Ngô: 300');
    await saveElementScreenshot(page, page.locator(paneSelector), '23-stepped-and-parts');
  });

  it('is one Tab stop: Tab enters the list and leaves it in one press each, arrow keys move inside', async () => {
    await page.getByRole('button', { name: 'Phát hiện sau' }).focus();
    await page.keyboard.press('Tab');
    expect(await inList(page)).toBe(true);
    const first = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('ArrowDown');
    expect(await inList(page)).toBe(true);
    const second = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(second);
    await page.keyboard.press('Tab');
    expect(await inList(page)).toBe(false);
    // Back in with Shift+Tab: where the arrows left off.
    await page.keyboard.press('Shift+Tab');
    expect(await inList(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(second);
  });

  it('remembers a reviewed tick in the workbook: a reopened pane shows it after the next check', async () => {
    await page.getByRole('checkbox', { name: 'Đã xem Biểu 3!E5' }).check();
    await expect
      .poll(async () => JSON.parse(String(await page.evaluate(() => window.indicatorCheckPreview.host?.settings()['indicatorCheck.reviewed'] ?? 'null'))))
      .toEqual([{ rule: 'sum-mismatch', sheet: 'Biểu 3', cell: 'E5' }]);
    expect(await statusText(page)).toMatch(/Đã xem 1\/200\.$/);

    await page.evaluate(() => window.indicatorCheckPreview.reloadPane());
    expect(await page.getByRole('heading', { name: 'Kết quả' }).count()).toBe(0);
    await runCheck(page);
    expect(await page.getByRole('checkbox', { name: 'Đã xem Biểu 3!E5' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Đã xem Biểu 3!F6' }).isChecked()).toBe(false);
    expect(await statusText(page)).toMatch(/Đã xem 1\/200\.$/);
  });
});

describe('the pane in a dark system theme, and on a workbook with no indicator table', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startBrowser(inject('builds').preview);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('renders dark when the system prefers dark, with no serious violation', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 900 }, colorScheme: 'dark' });
    const page = await openWith(context, session.url, await manyFindingsWorkbook(), 'nhieu-phat-hien.xlsx');
    await runCheck(page);
    const background = await page.locator(`${paneSelector} .fui-FluentProvider`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const [red, green, blue] = (background.match(/\d+/g) ?? []).map(Number);
    expect(red! + green! + blue!).toBeLessThan(3 * 80);
    await page.getByRole('button', { name: 'Phát hiện sau' }).click();
    await saveElementScreenshot(page, page.locator(paneSelector), '24-dark');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('says why nothing was read and offers the header and column correction, never an all-clear', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await openWith(context, session.url, await notesWorkbook(), 'ghi-chu.xlsx');
    await runCheck(page);
    const pane = page.locator(paneSelector);
    expect(await pane.textContent()).toContain('Chưa kiểm tra được gì');
    expect(await pane.textContent()).toMatch(/Ghi chú: Không tìm thấy dòng tiêu đề/);
    expect(await pane.textContent()).not.toContain('Không phát hiện sai lệch');
    await saveElementScreenshot(page, pane, '25-nothing-read');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sửa dòng tiêu đề và cột' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Dòng tiêu đề và cột', exact: true }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('textbox', { name: 'Dòng tiêu đề' }).count()).toBe(1);
    await context.close();
  });
});

