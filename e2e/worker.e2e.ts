import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInWithPassword } from './flows.ts';

const enabled = requireBrowser();
let env: E2eEnv;

beforeAll(async () => {
  if (enabled) env = await startE2e();
});
afterAll(() => env?.close());

describe.runIf(enabled)('a worker on a phone', () => {
  it('enrols with the QR link, agrees to the consent text and reaches a home with emergency numbers', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await page.goto('/');
    await expectAccessible(page, 'landing');
    await page.goto('/signup?code=CARE-7946');
    await expect
      .poll(() => page.getByText('株式会社ゆのもと食品（架空）（日置市）の招待コードです').count())
      .toBe(1);
    await expectAccessible(page, 'sign-up');
    await page.getByLabel('メールアドレス').fill('e2e-worker@example.com');
    await page.getByLabel('パスワード').fill('e2e password 2026');
    await page.getByLabel('表示名').fill('ひまわり');
    await page.getByRole('button', { name: '登録する' }).click();

    await page.waitForURL('**/consent');
    await expect
      .poll(() => page.getByText('要配慮個人情報', { exact: false }).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, 'consent');
    await page.getByRole('button', { name: '同意して始める' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    await page.getByLabel('上記の内容を読み、同意します').check();
    await page.getByRole('button', { name: '同意して始める' }).click();

    await page.waitForURL((url) => url.pathname === '/');
    await expect
      .poll(() => page.getByRole('heading', { name: 'こんにちは、ひまわりさん' }).count())
      .toBe(1);
    expect(await page.locator('a[href="tel:119"]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'worker home');

    await page.getByRole('link', { name: 'アカウント' }).first().click();
    await page.waitForURL('**/profile');
    await expectAccessible(page, 'profile');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /ダウンロード/ }).click();
    const file = await (await download).path();
    const exported = JSON.parse(fs.readFileSync(file!, 'utf8')) as {
      profile: { email: string };
      consents: unknown[];
    };
    expect(exported.profile.email).toBe('e2e-worker@example.com');
    expect(exported.consents).toHaveLength(1);

    await page.goto('/family');
    await page.getByRole('button', { name: 'ご家族用の招待コードを発行する' }).click();
    await expect
      .poll(async () => (await page.getByTestId('family-code').textContent()) ?? '')
      .toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expectAccessible(page, 'family');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches to English and back, and signs in with the keyboard alone', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.goto('/signin');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page, 'sign-in (en)');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');

    await page.getByLabel('メールアドレス').focus();
    await page.keyboard.type('family@demo.yorisoi.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('yorisoi-demo-2026');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('heading', { name: /こんにちは/ }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a clear error for a wrong password and changes nothing', async () => {
    const { page, context } = await openPage(env.browser, env.baseUrl);
    await signInWithPassword(page, 'worker@demo.yorisoi.example', 'not the password');
    await expect
      .poll(() => page.getByText('メールアドレスまたはパスワードが正しくありません。').count())
      .toBe(1);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await expectAccessible(page, 'sign-in error');
    await context.close();
  });

  it('is an installable PWA that never caches the API', async () => {
    const manifest = await fetch(`${env.baseUrl}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    const body = (await manifest.json()) as {
      lang: string;
      icons: { sizes: string }[];
      display: string;
    };
    expect(body).toMatchObject({ lang: 'ja', display: 'standalone' });
    expect(body.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const sw = await (await fetch(`${env.baseUrl}/sw.js`)).text();
    expect(sw).toContain('precache');
    const { page, context } = await openPage(env.browser, env.baseUrl);
    await page.goto('/');
    await expect
      .poll(() => page.evaluate(async () => Boolean(await navigator.serviceWorker.ready)), {
        timeout: 15_000,
      })
      .toBe(true);
    const csp = (await fetch(`${env.baseUrl}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await context.close();
  });
});
