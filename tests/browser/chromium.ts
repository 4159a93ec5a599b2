/**
 * Starts Debian's Chromium through playwright-core the way it works on these machines: headless,
 * no sandbox (root), no background networking, a fresh profile every time.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags Chromium needs here (also used by Lighthouse, scripts/quality/lighthouse.ts). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  // Playwright gives every launch a fresh, temporary profile (it refuses --user-data-dir here).
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}
