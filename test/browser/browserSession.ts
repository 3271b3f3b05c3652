import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveDirectory } from './staticServer';

/** Chromium and a static server of one folder (a build of globalSetup.ts), for one describe block. */
export interface BrowserSession {
  readonly browser: Browser;
  /** Where the folder is served. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startBrowser(root: string): Promise<BrowserSession> {
  const browser = await launchChromium();
  const server = await serveDirectory(root).catch(async (error: unknown) => {
    await browser.close();
    throw error;
  });
  return {
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
