import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e, nobodyOnShift, chatUrl } from './use-e2e.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { deskViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
const env = useE2e(enabled, undefined, nobodyOnShift);

const messages = (page: Page, text: string) =>
  page.getByTestId('message').filter({ hasText: text });
const box = (page: Page) => page.getByLabel('メッセージ', { exact: true });
const callButton = (page: Page) => page.getByRole('button', { name: 'ビデオ通話をかける' });

/** Where the log stands: pixels left below what is shown. */
const distanceFromEnd = (page: Page) =>
  page
    .locator('.chat-log')
    .evaluate((log) => Math.round(log.scrollHeight - log.scrollTop - log.clientHeight));

/** The message bar's bottom edge and the height of the window as the page sees it. */
const barBottom = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('.composer')?.getBoundingClientRect();
    return { bottom: Math.round(bar?.bottom ?? -1), top: Math.round(bar?.top ?? -1) };
  });

describe.runIf(enabled)("the person's chat on a phone", () => {
  it('is a full-screen conversation with the bar at the foot, days, states, calls and the emergency banner', async () => {
    const worker = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(worker.page, 'worker@demo.yorisoi.example');
    await worker.page.waitForURL((url) => url.pathname === '/');
    await worker.page.getByRole('link', { name: '相談を始める' }).click();
    await worker.page
      .getByLabel('最初のメッセージ')
      .fill('最近眠れなくて、朝になると仕事に行くのがつらいです。');
    await worker.page.getByLabel('メンタル', { exact: true }).check();
    await worker.page.getByRole('button', { name: '相談を始める' }).click();
    await worker.page.waitForURL(chatUrl);
    const page = worker.page;

    // Waiting for anyone: no call buttons yet, the state says 送信済み, the day says 今日.
    await expect.poll(() => page.getByTestId('waiting-banner').count()).toBe(1);
    await expect.poll(() => messages(page, '眠れなくて').getAttribute('data-state')).toBe('sent');
    expect(await messages(page, '眠れなくて').innerText()).toContain('送信済み');
    expect(await callButton(page).count()).toBe(0);
    expect(await page.getByTestId('day-separator').allInnerTexts()).toEqual(['今日']);
    // Times only on the messages, never the full date.
    const time = await messages(page, '眠れなくて').locator('time').innerText();
    expect(time).toMatch(/^\d{2}:\d{2}$/);

    // The bar sits at the foot of the screen, the log above it.
    await expect.poll(async () => (await barBottom(page)).bottom).toBe(844);
    expect(await box(page).isVisible()).toBe(true);
    await expectAccessible(page, 'person chat waiting');
    await saveScreenshot(page, 'person-chat-phone-waiting', false);

    // The emergency numbers: a compact banner with tel: links that can be closed …
    const banner = page.getByTestId('safety-banner');
    expect(await banner.locator('a[href="tel:119"]').count()).toBe(1);
    expect(await banner.locator('a[href="tel:0570783556"]').count()).toBe(1);
    await page.getByRole('button', { name: '緊急連絡先の案内を閉じる' }).click();
    expect(await banner.count()).toBe(0);
    // … comes back from the header, and by itself when words of danger are written.
    await page.getByRole('button', { name: '緊急連絡先', exact: true }).click();
    expect(await banner.count()).toBe(1);
    await page.getByRole('button', { name: '緊急連絡先の案内を閉じる' }).click();
    await box(page).fill('正直、もう消えたい');
    await expect.poll(() => banner.getAttribute('data-risk')).toBe('true');
    expect(await banner.innerText()).toContain('おつらい気持ちを書いてくださって');
    // The send button stays in reach, below nothing but the bar itself.
    const send = await page.getByRole('button', { name: '送信する' }).boundingBox();
    expect((send?.y ?? 0) + (send?.height ?? 0)).toBeLessThanOrEqual(844);
    await expectAccessible(page, 'person chat with the emergency banner');
    await saveScreenshot(page, 'person-chat-phone-risk', false);
    await box(page).fill('');
    await expect.poll(() => banner.count()).toBe(0);

    // The keyboard: the visible part of the window shrinks, the bar moves up with it.
    await page.evaluate(() => {
      const viewport = window.visualViewport;
      if (!viewport) return;
      Object.defineProperty(viewport, 'height', { configurable: true, get: () => 420 });
      viewport.dispatchEvent(new Event('resize'));
    });
    await expect.poll(async () => (await barBottom(page)).bottom).toBe(420);
    expect((await barBottom(page)).top).toBeGreaterThan(200);
    await box(page).focus();
    await saveScreenshot(page, 'person-chat-phone-keyboard', false);
    await page.evaluate(() => {
      const viewport = window.visualViewport;
      if (!viewport) return;
      Reflect.deleteProperty(viewport, 'height');
      viewport.dispatchEvent(new Event('resize'));
    });
    await expect.poll(async () => (await barBottom(page)).bottom).toBe(844);

    // The nurse takes it: now the call buttons appear and the message is 既読.
    const nurse = await openPage(env.browser, env.baseUrl);
    await nurse.page.setViewportSize(deskViewport);
    await signInStaff(nurse.page, 'nurse@demo.yorisoi.example');
    await nurse.page.getByRole('link', { name: '相談キュー' }).click();
    await nurse.page.getByRole('button', { name: /担当する/ }).click();
    await nurse.page.waitForURL(chatUrl);
    await expect.poll(() => callButton(page).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => messages(page, '眠れなくて').getAttribute('data-state')).toBe('read');
    expect(await messages(page, '眠れなくて').innerText()).toContain('既読');

    // Replies in a row form one group: the name and avatar only at its start.
    const replies = Array.from({ length: 14 }, (_, i) => `春野です。お返事その${i + 1}です。`);
    for (const reply of replies) {
      await box(nurse.page).fill(reply);
      await box(nurse.page).press('Control+Enter');
      await expect.poll(() => messages(nurse.page, reply).count()).toBe(1);
    }
    await expect.poll(() => messages(page, replies.at(-1) ?? '').count()).toBe(1);
    expect(await page.locator('.message--theirs .message__avatar').count()).toBe(1);
    expect(await page.locator('.message--theirs.message--start').count()).toBe(1);
    // At the newest message, arrivals keep the log there.
    await expect.poll(() => distanceFromEnd(page)).toBeLessThan(48);
    await saveScreenshot(page, 'person-chat-phone-conversation', false);

    // Scrolled up to read: a new message does not move the log, the pill says it came.
    await page.locator('.chat-log').evaluate((log) => log.scrollTo({ top: 0 }));
    await box(nurse.page).fill('ゆっくりで大丈夫ですよ。');
    await box(nurse.page).press('Control+Enter');
    await expect.poll(() => page.getByTestId('new-messages').count()).toBe(1);
    expect(await page.locator('.chat-log').evaluate((log) => log.scrollTop)).toBe(0);
    await expectAccessible(page, 'person chat with the new-message pill');
    await saveScreenshot(page, 'person-chat-phone-pill', false);
    await page.getByTestId('new-messages').click();
    await expect.poll(() => distanceFromEnd(page)).toBeLessThan(48);
    await expect.poll(() => page.getByTestId('new-messages').count()).toBe(0);

    // One's own message always goes to the end, even from further up.
    await page.locator('.chat-log').evaluate((log) => log.scrollTo({ top: 0 }));
    await box(page).fill('ありがとうございます。');
    await page.getByRole('button', { name: '送信する' }).click();
    await expect.poll(() => distanceFromEnd(page)).toBeLessThan(48);
    await expect
      .poll(() => messages(page, 'ありがとうございます。').getAttribute('data-state'))
      .toBe('read');

    // Offline, a message waits (送信待ち) and goes when the network is back.
    await worker.context.setOffline(true);
    await expect.poll(() => page.getByTestId('offline-banner').count()).toBe(1);
    await box(page).fill('電車の中から送ります。');
    await page.getByRole('button', { name: '送信する' }).click();
    await expect.poll(() => messages(page, '電車の中').innerText()).toContain('送信待ち');
    await worker.context.setOffline(false);
    await expect.poll(() => messages(nurse.page, '電車の中').count(), { timeout: 15_000 }).toBe(1);

    // Tomorrow the same messages are under 昨日; days later under their date with weekday.
    const later = await worker.context.newPage();
    await later.clock.setFixedTime(new Date(Date.now() + 24 * 60 * 60 * 1000));
    await later.goto(page.url());
    await expect.poll(() => later.getByTestId('day-separator').allInnerTexts()).toEqual(['昨日']);
    await later.clock.setFixedTime(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000));
    await later.reload();
    await expect
      .poll(() => later.getByTestId('day-separator').first().innerText())
      .toMatch(/^\d{1,2}月\d{1,2}日（[日月火水木金土]）$/);
    await later.close();

    // The same conversation at a desk, and the nurse's side with the shared log and bar.
    const desk = await openPage(env.browser, env.baseUrl);
    await desk.page.setViewportSize(deskViewport);
    await signInWithPassword(desk.page, 'worker@demo.yorisoi.example');
    await desk.page.waitForURL((url) => url.pathname === '/');
    await desk.page.goto(page.url());
    await expect.poll(() => messages(desk.page, '電車の中').count()).toBe(1);
    await expect.poll(async () => (await barBottom(desk.page)).bottom).toBe(900);
    await expectAccessible(desk.page, 'person chat at a desk');
    await saveScreenshot(desk.page, 'person-chat-desk', false);
    await expectAccessible(nurse.page, 'care chat with the shared log');
    await saveScreenshot(nurse.page, 'care-chat-desk');

    // The person reads everything held about them as a document, and can print it.
    await page.goto('/profile');
    await page.getByRole('link', { name: /データを画面で見る/ }).click();
    await page.waitForURL('**/profile/data');
    await expect.poll(() => page.getByText('電車の中から送ります。').count()).toBe(1);
    expect(await page.getByText('ゆっくりで大丈夫ですよ。').count()).toBe(1);
    expect(await page.getByRole('heading', { name: /の相談（メンタル）/ }).count()).toBe(1);
    expect(await page.getByText('サインイン（従業員）').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the person’s data');
    await saveScreenshot(page, 'my-data-phone', false);

    expect(worker.problems).toEqual([]);
    expect(nurse.problems).toEqual([]);
    expect(desk.problems).toEqual([]);
    await desk.context.close();
    await nurse.context.close();
    await worker.context.close();
  });
});
