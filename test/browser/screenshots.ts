import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Screenshots of each step go with the test output (test-results/ is git-ignored). */
export const screenshotDir = path.resolve('test-results/browser');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Just one element, such as the task pane, cut from the whole page so sticky banners stay out of it. */
export async function saveElementScreenshot(page: Page, element: Locator, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await element.boundingBox();
  if (!box) throw new Error(`${name}: the element is not visible`);
  await page.screenshot({ path: file, fullPage: true, clip: box });
  return file;
}
