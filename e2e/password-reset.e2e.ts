import { describe, expect, it } from 'vitest';
import { mailText } from '../packages/server/src/testing/smtp-sink.ts';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useSmtpSink } from '../packages/server/src/testing/use-smtp-sink.ts';
import { useE2e } from './use-e2e.ts';
import { currentTotp } from '../packages/server/src/auth/totp.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
const smtp = useSmtpSink();
const env = useE2e(enabled, () => ({
  env: {
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Yorisoi <no-reply@test.example>',
    // Only the account-wide counter slows down here (after two failures), as when a
    // stranger guesses from elsewhere: the browser and the stranger share one address.
    LOGIN_MAX_FAILURES: '100',
    LOGIN_ACCOUNT_FAILURES: '2',
    LOGIN_SOURCE_FAILURES: '100000',
  },
}));

const worker = 'worker@demo.yorisoi.example';

async function resetLinkMailedTo(email: string): Promise<string> {
  await expect
    .poll(() => smtp.mails.filter((m) => m.to.includes(email)).length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  const text = mailText(smtp.mails.filter((m) => m.to.includes(email)).at(-1)!.raw);
  const link = /https?:\/\/\S+\/password-reset#token=[\w-]+/.exec(text)?.[0];
  expect(link).toBeDefined();
  return link!.replace(/^https?:\/\/[^/]+/, '');
}

describe.runIf(enabled)('a forgotten password', () => {
  it('a worker on a phone asks for a link, sets a new password from the mail and signs in', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await page.goto('/signin');
    await page.getByRole('link', { name: 'パスワードをお忘れの方' }).click();
    await page.waitForURL('**/password-reset/request');
    await expectAccessible(page, 'password reset request');
    await saveScreenshot(page, 'password-reset-request-phone');
    await page.getByLabel('メールアドレス').fill(worker);
    await page.getByRole('button', { name: '再設定のメールを申し込む' }).click();
    await expect.poll(() => page.getByText('お申し込みを受け付けました').count()).toBe(1);
    await expectAccessible(page, 'password reset requested');
    await saveScreenshot(page, 'password-reset-requested-phone');

    await page.goto(await resetLinkMailedTo(worker));
    await expect.poll(() => page.getByLabel('新しいパスワード').count()).toBe(1);
    await expectAccessible(page, 'set new password');
    await saveScreenshot(page, 'password-reset-set-phone');
    await page.getByLabel('新しいパスワード').fill('my new long password');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await expect.poll(() => page.getByText('パスワードを設定しました').count()).toBe(1);
    await saveScreenshot(page, 'password-reset-done-phone');
    await page.getByRole('link', { name: 'ログインする' }).click();
    await signInWithPassword(page, worker, 'my new long password');
    await page.waitForURL((url) => url.pathname !== '/signin');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('the request page and the set page at a desk', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/password-reset/request');
    await expect.poll(() => page.getByLabel('メールアドレス').count()).toBe(1);
    await saveScreenshot(page, 'password-reset-request-desk');
    await page.goto('/password-reset#token=not-a-real-token-at-all');
    await page.getByLabel('新しいパスワード').fill('another long password');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await expect.poll(() => page.getByText(/この再設定リンクは無効/).count()).toBe(1);
    await expectAccessible(page, 'invalid reset link');
    await saveScreenshot(page, 'password-reset-invalid-desk');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('a nurse whose account a stranger slowed down gets through with her second factor', async () => {
    const nurse = 'phn@demo.yorisoi.example';
    const enrolling = await openPage(env.browser, env.baseUrl);
    const secret = await signInStaff(enrolling.page, nurse);
    await enrolling.context.close();

    // The stranger's wrong guesses, each after the previous delay ran out, until the
    // account waits 32 seconds: long enough for a person to read and type.
    const guess = () =>
      fetch(`${env.baseUrl}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: nurse, password: 'a stranger guessing' }),
      });
    for (const waitMs of [0, 0, 0, 1_100, 2_100, 4_100, 8_100, 16_100]) {
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      expect((await guess()).status).toBe(401);
    }

    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(page, nurse);
    await expect.poll(() => page.getByText('ログインを一時的に制限しています').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'パスワードを再設定する' }).count()).toBe(1);
    await expectAccessible(page, 'sign-in throttled');
    await saveScreenshot(page, 'sign-in-throttled-phone');
    await page.getByLabel('確認コード（6桁）').fill(currentTotp(secret));
    await page.getByRole('button', { name: 'ログインする' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('a supervisor resets the access of a coordinator who lost her phone', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInStaff(page, 'supervisor@demo.yorisoi.example');
    await page.goto('/admin/care-team');
    const reset = page.getByRole('button', { name: /さんのアクセスを再設定する$/ }).first();
    await expect.poll(() => reset.count()).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await reset.click();
    await expect.poll(() => page.getByTestId('invitation-result').count()).toBe(1);
    expect(await page.getByTestId('activation-url').inputValue()).toContain('/activate?token=');
    await expectAccessible(page, 'care team access reset');
    await saveScreenshot(page, 'care-team-access-reset-desk');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
