import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { currentTotp } from '../packages/server/src/auth/totp.ts';
import { demoPassword } from '../packages/server/src/demo/demo-data.ts';
import { watchPageProblems } from './harness.ts';

/** A phone-sized or desktop page whose CSP violations and script errors are collected. */
export async function openPage(browser: Browser, baseUrl: string, { phone = false } = {}) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    acceptDownloads: true,
    ...(phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 900 } }),
  });
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  return { context, page, problems };
}

export async function signInWithPassword(page: Page, email: string, password = demoPassword) {
  await page.goto('/signin');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログインする' }).click();
}

/** Reads the secret the set-up page shows and confirms it, as a person with an authenticator app would. */
export async function enrolTotp(page: Page): Promise<string> {
  const secretText = await page.getByTestId('totp-secret').textContent({ timeout: 15_000 });
  const secret = (secretText ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel('確認コード（6桁）').fill(currentTotp(secret));
  await page.getByRole('button', { name: '設定を完了する' }).click();
  return secret;
}

export async function signInStaff(page: Page, email: string): Promise<string> {
  await signInWithPassword(page, email);
  await page.waitForURL('**/mfa/setup');
  const secret = await enrolTotp(page);
  await page.waitForURL((url) => url.pathname === '/');
  return secret;
}
