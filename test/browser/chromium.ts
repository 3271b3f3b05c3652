import { chromium, type Browser } from 'playwright-core';
import fs from 'node:fs';

/** Debian's chromium; playwright-core never downloads a browser of its own. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Headless chromium with nothing reaching out: this machine has no network, and a browser that
 * tries (updates, sync, Google look-ups) stalls or floods the log.
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}: install it with "apt-get install -y chromium" (.ci/run does).`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
