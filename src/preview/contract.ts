/**
 * What the development preview puts on `window` for the browser tests (and for a developer's
 * console). Type-only: a test can import it without pulling in React.
 *
 *   await page.waitForFunction(() => window.indicatorCheckPreview !== undefined);
 *   await page.evaluate(() => window.indicatorCheckPreview.ready);
 *   await page.evaluate(() => window.indicatorCheckPreview.host?.selection);
 */
import type { ExcelHostDouble } from '../hostDouble';

export interface IndicatorCheckPreview {
  /** The host double behind the task pane now; null while no workbook is loaded (`?workbook=none`). A getter: read it each time. */
  readonly host: ExcelHostDouble | null;
  /** The loaded workbook's name (the file name), or null. */
  readonly workbookName: string | null;
  /**
   * Resolves once the first workbook (the bundled sample, or `?workbook=URL`) is in the double and
   * the task pane is mounted over it; with `?workbook=none`, once the page is mounted with no
   * workbook. Rejects when the first workbook could not be loaded (the page shows why).
   */
  readonly ready: Promise<void>;
  /**
   * Replaces the workbook: reads the .xlsx bytes with ExcelJS, builds a new host double (ExcelApi
   * 1.17, workbook name `name`) and mounts a fresh task pane over it. Resolves once that pane is
   * mounted; rejects (and the page shows why) when the bytes are not a readable .xlsx.
   */
  loadWorkbook(bytes: ArrayBuffer | Uint8Array, name: string): Promise<void>;
  /**
   * Mounts a fresh task pane over the same host double, as when the user closes and reopens the
   * pane: what the workbook remembers stays, what the pane held goes. Resolves once it is mounted.
   */
  reloadPane(): Promise<void>;
}

declare global {
  interface Window {
    indicatorCheckPreview: IndicatorCheckPreview;
  }
}
