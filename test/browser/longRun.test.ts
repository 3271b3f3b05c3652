/**
 * A long run on the preview: a generated workbook of 20,000 indicator rows (22 sheets) in the host
 * double. How long the main thread is blocked at a time is measured and printed (the pane must stay
 * responsive: a stop button that cannot be clicked is no stop button); the stop leaves the workbook
 * as it was; the progress names the sheet and follows the language switch; axe-core finds nothing
 * serious while the run goes and once it is stopped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generate } from '../../src/bench/generate';
import '../../src/preview/contract';
import { seriousViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { startBrowser, type BrowserSession } from './browserSession';

const ROWS = 20_000;
const LONG_WORKBOOK = 'long-run-20000.xlsx';

/** Installed before the page's scripts: every long task, and the longest gap between two animation frames. */
function watchMainThread(): void {
  const watch = { longest: 0, longestGap: 0, since: 0 };
  (window as unknown as { mainThread: typeof watch }).mainThread = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime >= watch.since) watch.longest = Math.max(watch.longest, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  const frame = (now: number) => {
    if (last >= watch.since) watch.longestGap = Math.max(watch.longestGap, now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Forgets what was measured so far (the workbook's loading is not part of a run). */
function resetWatch(page: Page): Promise<void> {
  return page.evaluate(() => {
    const watch = (window as unknown as { mainThread: { longest: number; longestGap: number; since: number } }).mainThread;
    watch.longest = 0;
    watch.longestGap = 0;
    watch.since = performance.now();
  });
}

function watched(page: Page): Promise<{ longest: number; longestGap: number }> {
  return page.evaluate(() => {
    const { longest, longestGap } = (window as unknown as { mainThread: { longest: number; longestGap: number } }).mainThread;
    return { longest, longestGap };
  });
}

/** A fingerprint of everything the add-in could change in the double: sheets, cells, fills, settings. */
function workbookFingerprint(page: Page): Promise<{ length: number; hash: number; sheets: string[] }> {
  return page.evaluate(() => {
    const host = window.indicatorCheckPreview.host!;
    const text = JSON.stringify(host.state());
    let hash = 0;
    for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    return { length: text.length, hash, sheets: host.sheetNames() };
  });
}

describe('a long run on a 20,000-row workbook', () => {
  let session: BrowserSession;
  let page: Page;
  let sheetCount: number;

  beforeAll(async () => {
    const generated = generate({ rows: ROWS, seed: 1 });
    sheetCount = generated.sheets.length;
    const root = inject('builds').preview;
    fs.writeFileSync(path.join(root, LONG_WORKBOOK), Buffer.from(await generated.workbook.xlsx.writeBuffer()));
    session = await startBrowser(root);
    page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(watchMainThread);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openLong(): Promise<void> {
    await page.goto(`${session.url}/preview.html?workbook=${LONG_WORKBOOK}`);
    await page.evaluate(() => window.indicatorCheckPreview.ready);
    await expect.poll(() => page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' }).isEnabled(), { timeout: 60000 }).toBe(true);
  }

  it('keeps the pane responsive through a whole run, names each sheet, and re-words the progress in English', async () => {
    await openLong();
    await resetWatch(page);
    const started = Date.now();
    await page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' }).click();
    // The reading names its sheets too: never seconds at 0 % with nothing said.
    await expect.poll(() => page.getByText(new RegExp(`^Biểu \\d+/${sheetCount}: `)).count(), { timeout: 30000 }).toBe(1);
    await page.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => page.getByText(new RegExp(`^Sheet \\d+ of ${sheetCount}: `)).count(), { timeout: 30000 }).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Results' }).count(), { timeout: 120000 }).toBe(1);
    const seconds = (Date.now() - started) / 1000;
    await expect.poll(() => page.getByText(/^Done in [\d.]+ seconds?\./).count()).toBe(1);
    await saveScreenshot(page, '21-long-run-done-english');

    const { longest, longestGap } = await watched(page);
    console.log(
      `Long run, ${ROWS} rows in ${sheetCount} sheets, check and write: ${seconds.toFixed(1)} s; ` +
        `longest main-thread block (longtask) ${Math.round(longest)} ms; longest gap between frames ${Math.round(longestGap)} ms`,
    );
    // Generous, so that it holds on a loaded two-core machine: the aim is 200 ms (see the report),
    // and before the reading yielded to the page it was one block of several seconds.
    expect(longest).toBeLessThan(3000);
    await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
  });

  it('stopped while it reads or checks, leaves the workbook exactly as it was', async () => {
    await openLong();
    const before = await workbookFingerprint(page);
    await page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' }).click();
    await expect.poll(() => page.getByText(new RegExp(`^Biểu \\d+/${sheetCount}: `)).count(), { timeout: 30000 }).toBe(1);
    const stop = page.getByRole('button', { name: 'Dừng' });
    expect(await stop.isEnabled()).toBe(true);
    // The running state, while the run goes on (axe-core blocks the page itself: not in the timed run).
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, '20-long-run-progress');
    await stop.click();
    await expect.poll(() => page.getByText(/^Đã dừng kiểm tra\. Không có gì được ghi/).count(), { timeout: 30000 }).toBe(1);
    expect(await workbookFingerprint(page)).toEqual(before);
    expect(await page.getByRole('heading', { name: 'Kết quả' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, '22-long-run-stopped');
  });
});

describe('check only on the sample', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await startBrowser(inject('builds').preview);
    page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.url}/preview.html`);
    await page.evaluate(() => window.indicatorCheckPreview.ready);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks no cell and changes nothing in the workbook, and the mark option says why', async () => {
    await expect.poll(() => page.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' }).isEnabled()).toBe(true);
    const before = await workbookFingerprint(page);
    await page.getByRole('button', { name: 'Tùy chọn' }).click();
    const mark = page.getByRole('checkbox', { name: 'Tô màu các ô có phát hiện' });
    await mark.check();
    await page.getByRole('checkbox', { name: 'Chỉ kiểm tra, không ghi' }).check();
    expect(await mark.isChecked()).toBe(false);
    expect(await mark.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Kiểm tra (không ghi vào sổ)' }).click();
    await expect.poll(() => page.getByRole('button', { name: /E19/ }).count(), { timeout: 20000 }).toBe(1);
    expect(await page.getByText('Chỉ kiểm tra: không ghi gì vào sổ.').count()).toBe(1);
    expect(await workbookFingerprint(page)).toEqual(before);
    await saveScreenshot(page, '23-check-only-no-marks');
  });
});
