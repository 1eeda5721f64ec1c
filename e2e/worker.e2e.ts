import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mailText } from '../packages/server/src/testing/smtp-sink.ts';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useSmtpSink } from '../packages/server/src/testing/use-smtp-sink.ts';
import { useE2e } from './use-e2e.ts';
import { openPage, signInWithPassword } from './flows.ts';
import { saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
const smtp = useSmtpSink();
const env = useE2e(enabled, () => ({
  env: { SMTP_URL: smtp.url, MAIL_FROM: 'Yorisoi <no-reply@test.example>' },
}));

/** The path of the sign-up confirmation link mailed to an address. */
async function confirmationLinkMailedTo(email: string): Promise<string> {
  await expect
    .poll(() => smtp.mails.filter((m) => m.to.includes(email)).length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  const text = mailText(smtp.mails.filter((m) => m.to.includes(email)).at(-1)!.raw);
  const link = /https?:\/\/\S+\/signup\/confirm#token=[\w-]+/.exec(text)?.[0];
  expect(link).toBeDefined();
  return link!.replace(/^https?:\/\/[^/]+/, '');
}

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
    await expect.poll(() => page.getByText('確認メールを送りました').count()).toBe(1);
    await expectAccessible(page, 'sign-up mail sent');
    await saveScreenshot(page, 'sign-up-sent-phone');

    await page.goto(await confirmationLinkMailedTo('e2e-worker@example.com'));
    await expect.poll(() => page.getByRole('button', { name: '登録を完了する' }).count()).toBe(1);
    await expectAccessible(page, 'sign-up confirm');
    await saveScreenshot(page, 'sign-up-confirm-phone');
    await page.getByRole('button', { name: '登録を完了する' }).click();

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

    await page.getByRole('button', { name: 'その他' }).click();
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

  it('answers a registered address as any other, mails its owner, and refuses a bad link', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize({ width: 1440, height: 900 });
    const owner = 'family@demo.yorisoi.example';
    const before = smtp.mails.filter((m) => m.to.includes(owner)).length;
    await page.goto('/signup?code=CARE-7946');
    await page.getByLabel('メールアドレス').fill(owner);
    await page.getByLabel('パスワード').fill('someone else 2026');
    await page.getByLabel('表示名').fill('なりすまし');
    await page.getByRole('button', { name: '登録する' }).click();
    await expect.poll(() => page.getByText('確認メールを送りました').count()).toBe(1);
    await saveScreenshot(page, 'sign-up-sent-desk');
    await expect
      .poll(() => smtp.mails.filter((m) => m.to.includes(owner)).length, { timeout: 20_000 })
      .toBe(before + 1);
    const notice = mailText(smtp.mails.filter((m) => m.to.includes(owner)).at(-1)!.raw);
    expect(notice).toContain('このメールアドレスで登録の申し込みがありました');

    await page.goto('/signup/confirm#token=not-a-real-token-at-all');
    await page.getByRole('button', { name: '登録を完了する' }).click();
    await expect.poll(() => page.getByText(/この登録確認リンクは無効/).count()).toBe(1);
    await expectAccessible(page, 'invalid sign-up link');
    await saveScreenshot(page, 'sign-up-confirm-invalid-desk');
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
