import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import '../../src/preview/contract';
import { seriousViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { startBrowser, type BrowserSession } from './browserSession';

describe('accessibility of the task pane (axe-core)', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await startBrowser(inject('builds').preview);
    // The pane as Excel shows it: 320 pixels wide.
    page = await session.browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.goto(`${session.url}/preview.html`);
    await page.evaluate(() => window.indicatorCheckPreview.ready);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has no serious or critical violations before a check', async () => {
    await expect.poll(() => page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' }).isEnabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none with the findings listed and every option open', async () => {
    await page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' }).click();
    await expect.poll(() => page.getByRole('button', { name: /E19/ }).count(), { timeout: 20000 }).toBe(1);
    for (const heading of ['Tùy chọn', 'Biểu cần kiểm tra', 'Dòng tiêu đề và cột']) {
      await page.getByRole('button', { name: heading }).click();
    }
    // Opened panels fade in: their text is judged once it is shown in full, not half-faded.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    await saveScreenshot(page, '07-pane-320px-options-open');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('would catch a violation: an unlabelled field put into the pane is reported', async () => {
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'unlabelled-probe';
      document.querySelector('section[aria-label="Ngăn tác vụ / Task pane"]')!.appendChild(field);
    });
    expect(await seriousViolations(page)).toContain('label: #unlabelled-probe');
  });

  it('can be driven from the keyboard: Tab reaches the main button and Enter runs it', async () => {
    await page.reload();
    await page.evaluate(() => window.indicatorCheckPreview.ready);
    const run = page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' });
    await expect.poll(() => run.isEnabled()).toBe(true);
    for (let presses = 0; presses < 10 && !(await run.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await run.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: /F23/ }).count(), { timeout: 20000 }).toBe(1);
  });
});
