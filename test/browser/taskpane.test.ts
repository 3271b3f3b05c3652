import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runCheck } from '../../src/cli/runCheck';
import { checkWorkbook } from '../../src/core/checkWorkbook';
import type { CellView } from '../../src/hostDouble';
import '../../src/preview/contract';
import { saveElementScreenshot, saveScreenshot } from './screenshots';
import { startBrowser, type BrowserSession } from './browserSession';

const sheet = 'KQ 2020 - KH 2021';
const sample = path.resolve('test/fixtures/quang-ninh-2020.xlsx');

/** The preview page: the real task pane on a host double holding the Quảng Ninh sample. */
async function openPreview(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('requestfailed', (request) => failures.push(`request failed: ${request.url()}`));
  await page.goto(url);
  await page.evaluate(() => window.indicatorCheckPreview.ready);
  expect(failures).toEqual([]);
  return page;
}

function selectionOf(page: Page): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(() => window.indicatorCheckPreview.host?.selection ?? null);
}

function cellsOf(page: Page, name: string): Promise<CellView[]> {
  return page.evaluate((sheetName) => window.indicatorCheckPreview.host?.cells(sheetName) ?? [], name);
}

/** What a person reads in a cell: a link formula's shown text, a number, a text. */
function shownExcelJs(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  if (value && typeof value === 'object' && 'formula' in value) return value.result;
  return value;
}

describe('the task pane in chromium, on the development preview', () => {
  let session: BrowserSession;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    session = await startBrowser(inject('builds').preview);
    context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await openPreview(context, `${session.url}/preview.html`);
  });
  afterAll(async () => {
    await context?.close();
    await session?.close();
  });

  it('opens in Vietnamese with the one main button ready', async () => {
    const run = page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' });
    await expect.poll(() => run.isEnabled()).toBe(true);
    await saveScreenshot(page, '01-open');
  });

  it('checks the Quảng Ninh sample with one press: counts and both real inconsistencies, errors first', async () => {
    await page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' }).click();
    const findings = page.getByRole('button', { name: /E19|F23/ });
    await expect.poll(() => findings.count(), { timeout: 20000 }).toBe(2);
    const pane = page.getByRole('region', { name: 'Ngăn tác vụ / Task pane' });
    // Each count a button named by what it shows.
    for (const count of ['Đạt 12', 'Gần đạt 1', 'Không đạt 1', 'Lỗi 2', 'Cảnh báo 0']) {
      await expect.poll(() => page.getByRole('button', { name: count, exact: true }).count()).toBe(1);
    }
    const text = (await pane.textContent()) ?? '';
    expect(text.indexOf('E19')).toBeLessThan(text.indexOf('F23'));
    expect(await findings.first().textContent()).toContain('35.892');
    expect(await page.evaluate(() => window.indicatorCheckPreview.host?.sheetNames())).toEqual([sheet, 'Tổng hợp', 'Kiểm tra']);
    await saveScreenshot(page, '02-findings');
    await saveElementScreenshot(page, pane, '02-pane-with-findings');
  });

  it('moves the selection to the cell of a finding the user clicks', async () => {
    await page.getByRole('button', { name: /F23/ }).click();
    await expect.poll(() => selectionOf(page)).toEqual({ sheet, address: 'F23' });
    await page.getByRole('button', { name: /E19/ }).click();
    await expect.poll(() => selectionOf(page)).toEqual({ sheet, address: 'E19' });
    await saveScreenshot(page, '03-finding-selected');
  });

  it('writes the same summary and findings sheets as the command line', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'browser-cli-'));
    const input = path.join(folder, 'quang-ninh-2020.xlsx');
    fs.copyFileSync(sample, input);
    const cli = await runCheck(
      { input, out: path.join(folder, 'checked.xlsx'), language: 'vi', checkedAt: new Date() },
      checkWorkbook,
    );
    if (!cli.ok) throw new Error(cli.message);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(cli.outputPath);
    for (const name of ['Tổng hợp', 'Kiểm tra']) {
      const expected = new Map<string, unknown>();
      written.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => expected.set(cell.address, shownExcelJs(cell))));
      const inPane = new Map((await cellsOf(page, name)).filter((c) => c.value !== '' && c.value !== null).map((c) => [c.address, c.value]));
      expect(inPane).toEqual(expected);
      expect(inPane.size).toBeGreaterThan(20);
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('switches to English', async () => {
    await page.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => page.getByRole('button', { name: 'Check and write summary' }).count()).toBe(1);
    await saveScreenshot(page, '04-english');
    await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
    await expect.poll(() => page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' }).count()).toBe(1);
  });

  it('runs again with a corrected column role: no plan column, so no plan to add up', async () => {
    await page.getByRole('button', { name: 'Tùy chọn' }).click();
    await page.getByRole('button', { name: 'Dòng tiêu đề và cột' }).click();
    const plan = page.getByLabel('Kế hoạch', { exact: true });
    expect(await plan.inputValue()).toBe('E');
    await plan.selectOption('');
    await saveScreenshot(page, '05-role-corrected');
    await page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' }).click();
    await expect.poll(() => page.getByRole('button', { name: /E19/ }).count(), { timeout: 20000 }).toBe(0);
    expect(await page.getByRole('button', { name: /F23/ }).count()).toBe(1);
    // Remembered in the workbook, so the next run is one click again.
    const stored = await page.evaluate(() => window.indicatorCheckPreview.host?.settings()['indicatorCheck.settings']);
    expect(JSON.parse(String(stored)).sheetOverrides).toEqual({ [sheet]: { columns: { plan: '' } } });
    await saveScreenshot(page, '06-second-run');
  });
});
