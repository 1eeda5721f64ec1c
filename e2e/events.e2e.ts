import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailParts } from '../packages/server/src/testing/smtp-sink.ts';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useSmtpSink } from '../packages/server/src/testing/use-smtp-sink.ts';
import { useE2e } from './use-e2e.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
const smtp = useSmtpSink();
const env = useE2e(enabled, () => ({
  env: { SMTP_URL: smtp.url, MAIL_FROM: 'Yorisoi <no-reply@test.example>' },
}));

const parent = 'parent.e2e@resident.example';

/** The demo's events follow the seeding day: the one sought may be in next month's list. */
async function openEvent(page: Page, title: string) {
  const link = page.getByRole('link', { name: new RegExp(title) });
  await expect.poll(() => page.getByRole('heading', { name: /日置市のイベント/ }).count()).toBe(1);
  if ((await link.count()) === 0) await page.getByRole('button', { name: /次の月/ }).click();
  await link.first().click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
}

describe.runIf(enabled)('events for residents', () => {
  it('a parent on a phone finds an event, fixes a mistyped address, registers and cancels by the mailed link', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await page.goto('/m/462187/events');
    await expect.poll(() => page.getByText('託児あり').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'public events');
    await saveScreenshot(page, 'events-list-phone');

    await openEvent(page, '親子ふれあいつどい');
    await expect.poll(() => page.getByText('満席・キャンセル待ちで申し込めます').count()).toBe(1);
    await saveScreenshot(page, 'events-full-phone');
    await page.goBack();

    await openEvent(page, '離乳食講座');
    await page.getByLabel('お名前').fill('日置 花子');
    await page.getByLabel('メールアドレス').fill('parent.e2e@resident');
    await page.getByLabel('電話番号（任意）').fill('099-123-4567');
    await page.getByRole('button', { name: '申し込む', exact: true }).click();
    await expect
      .poll(() => page.getByText('メールアドレスを正しく入力してください').count())
      .toBe(1);
    await saveScreenshot(page, 'events-register-error-phone');
    await page.getByLabel('メールアドレス').fill(parent);
    await page.getByRole('button', { name: '申し込む', exact: true }).click();
    await expect.poll(() => page.getByTestId('registration-done').count()).toBe(1);
    expect(await page.getByText('申し込みが完了しました').count()).toBe(1);
    await expectAccessible(page, 'registered');
    await saveScreenshot(page, 'events-registered-phone');

    await expect
      .poll(() => smtp.mails.filter((m) => m.to.includes(parent)).length, { timeout: 20_000 })
      .toBeGreaterThan(0);
    const text = mailParts(smtp.mails.find((m) => m.to.includes(parent))!.raw)[0]!;
    expect(text).toContain('離乳食講座');
    const link = /https?:\/\/\S+\/m\/462187\/events\/cancel#[\w-]+/.exec(text)?.[0];
    expect(link).toBeDefined();
    await page.goto(link!.replace(/^https?:\/\/[^/]+/, ''));
    await expect.poll(() => page.getByRole('button', { name: 'キャンセルする' }).count()).toBe(1);
    await saveScreenshot(page, 'events-cancel-phone');
    await page.getByRole('button', { name: 'キャンセルする' }).click();
    await expect.poll(() => page.getByTestId('cancel-done').count()).toBe(1);
    await saveScreenshot(page, 'events-cancelled-phone');
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('the list at a desk, and city staff see registrations and record attendance', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await page.goto('/m/462187/events');
    await expect.poll(() => page.getByText('託児あり').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'events-list-desk');
    await openEvent(page, '保育所入所申込み説明会');
    await saveScreenshot(page, 'events-detail-desk');

    await signInStaff(page, 'city@demo.yorisoi.example');
    await page.getByRole('link', { name: 'イベント', exact: true }).click();
    await expect.poll(() => page.getByTestId('staff-events').count()).toBe(1);
    await expectAccessible(page, 'staff events');
    await saveScreenshot(page, 'events-staff-desk');
    const eventLink = page.getByRole('link', { name: /保育所入所申込み説明会/ });
    if ((await eventLink.count()) === 0) await page.getByRole('button', { name: /次の月/ }).click();
    await eventLink.click();
    await expect.poll(() => page.getByTestId('event-registrations').count()).toBe(1);
    await page.getByRole('button', { name: '出席にする' }).first().click();
    await expect.poll(() => page.getByRole('button', { name: '出席を取り消す' }).count()).toBe(1);
    await expectAccessible(page, 'staff event');
    await saveScreenshot(page, 'events-staff-event-desk');

    // A new event, typed in Japan time, published and at once on the public list.
    await page.getByRole('link', { name: /イベント一覧へ/ }).click();
    await page.getByRole('button', { name: 'イベントを作る' }).click();
    await page.getByLabel('種類').selectOption('briefing');
    await page.getByLabel('イベント名').fill('わくわく復職説明会（架空）');
    const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('日にち', { exact: true }).fill(day);
    await page.getByLabel('開始時刻').fill('13:00');
    await page.getByLabel('終了時刻').fill('14:00');
    await page.getByLabel('場所の名前').fill('伊集院公民館（架空）');
    await page.getByLabel('託児あり').check();
    await page.getByLabel('住民向けページに公開する').check();
    await saveScreenshot(page, 'events-staff-create-desk');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect
      .poll(() =>
        page.getByRole('heading', { level: 1, name: 'わくわく復職説明会（架空）' }).count(),
      )
      .toBe(1);
    await page.goto(`/m/462187/events?month=${day.slice(0, 7)}`);
    await expect.poll(() => page.getByRole('link', { name: /わくわく復職説明会/ }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});
