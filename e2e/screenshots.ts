import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Where browser tests leave their screenshots, to be looked at by a person after a run:
 * `E2E_SCREENSHOT_DIR`, or `e2e/screenshots/` (ignored by git).
 */
export const screenshotDir =
  process.env.E2E_SCREENSHOT_DIR ?? path.join(import.meta.dirname, 'screenshots');

export const phoneViewport = { width: 390, height: 844 } as const;
export const deskViewport = { width: 1440, height: 900 } as const;

/** Saves the page as it is now as `<name>.png` (the whole page unless `fullPage` is false). */
export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
