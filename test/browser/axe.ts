import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The preview's task pane column: what axe looks at. */
export const paneSelector = 'section[aria-label="Ngăn tác vụ / Task pane"]';

/** axe-core's violations of serious or critical impact inside the task pane, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  const results = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResults> } }).axe;
    // Tabster's focus sentinels (aria-hidden <i tabindex=0> around an arrow-key group, as around
    // every Fluent toolbar or tab list) hand focus on the moment they get it: not a place focus stays.
    return axe.run({ include: [[selector]], exclude: [['[data-tabster-dummy]']] });
  }, paneSelector);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}
