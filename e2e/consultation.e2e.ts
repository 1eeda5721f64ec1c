import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e, nobodyOnShift, chatUrl } from './use-e2e.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
const env = useE2e(enabled, undefined, nobodyOnShift);

/** The messages of the chat on a page that contain a text. */
const messages = (page: Page, text: string) =>
  page.getByTestId('message').filter({ hasText: text });
const stateOf = (page: Page, text: string) => messages(page, text).getAttribute('data-state');
const outboxKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('yorisoi.outbox')));

/**
 * Chats must run over the socket, not only the HTTP fallback: sockets that joined a
 * consultation (each signed-in page also keeps one for calls, which joins none).
 */
const liveSockets = () =>
  [...env.server.app.realtime.io.of('/').sockets.values()].filter((socket) =>
    [...socket.rooms].some((room) => room.startsWith('consultation:')),
  ).length;

async function send(page: Page, text: string) {
  await page.getByLabel('メッセージ', { exact: true }).fill(text);
  await page.getByRole('button', { name: '送信する' }).click();
}

describe.runIf(enabled)('a consultation between a worker and a coordinator', () => {
  it('starts, is claimed from the queue, chats both ways with read states, survives going offline and is closed with its coding', async () => {
    const nurse = await openPage(env.browser, env.baseUrl);
    await signInStaff(nurse.page, 'nurse@demo.yorisoi.example');
    await nurse.page.getByRole('link', { name: '相談キュー' }).click();
    await nurse.page.waitForURL('**/care/queue');
    await nurse.page.locator('[data-testid="queue"], p.empty').first().waitFor();

    const worker = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(worker.page, 'worker@demo.yorisoi.example');
    await worker.page.waitForURL((url) => url.pathname === '/');
    expect(await worker.page.locator('a[href="tel:119"]').count()).toBeGreaterThan(0);
    await worker.page.getByRole('link', { name: '相談を始める' }).click();
    await worker.page.waitForURL('**/consultations/new');
    await expectAccessible(worker.page, 'start page');

    // Emergency guidance appears while typing a high-risk expression, and goes again.
    const firstField = worker.page.getByLabel('最初のメッセージ');
    await firstField.fill('もう消えたいと思うことがあります');
    await expect.poll(() => worker.page.getByTestId('risk-guidance').count()).toBe(1);
    expect(
      await worker.page.getByTestId('risk-guidance').locator('a[href="tel:0570783556"]').count(),
    ).toBe(1);
    await expectAccessible(worker.page, 'start page with emergency guidance');
    const first = '子どもが夜中に熱を出しました。朝まで様子を見ても大丈夫でしょうか。';
    await firstField.fill(first);
    await expect.poll(() => worker.page.getByTestId('risk-guidance').count()).toBe(0);
    await worker.page.getByLabel('育児', { exact: true }).check();
    expect(await worker.page.getByLabel('ビデオ通話').isDisabled()).toBe(true);
    await worker.page.getByRole('button', { name: '相談を始める' }).click();

    await worker.page.waitForURL(chatUrl);
    await expect.poll(() => worker.page.getByTestId('waiting-banner').count()).toBe(1);
    await expect.poll(() => stateOf(worker.page, first)).toBe('sent');
    await expectAccessible(worker.page, 'worker chat');

    // The queue, open since before, shows it live (notices; the fallback poll is a minute).
    await expect
      .poll(() => nurse.page.getByTestId('queue').getByText('育児').count(), { timeout: 15_000 })
      .toBe(1);
    await expect
      .poll(() =>
        nurse.page
          .getByTestId('queue')
          .getByText(/分待ち/)
          .count(),
      )
      .toBe(1);
    await expectAccessible(nurse.page, 'queue');
    await nurse.page.getByRole('button', { name: /担当する/ }).click();
    await nurse.page.waitForURL(chatUrl);
    await expect.poll(() => messages(nurse.page, first).count()).toBe(1);
    expect(await messages(nurse.page, first).innerText()).toContain('相談者');
    await expect.poll(liveSockets).toBe(2);
    // Taken: the person's chat hears it at once, before any reply.
    await expect
      .poll(() => worker.page.getByTestId('waiting-banner').count(), { timeout: 15_000 })
      .toBe(0);

    // The coordinator has the chat on screen, so the worker sees 既読.
    await expect.poll(() => stateOf(worker.page, first)).toBe('read');
    expect(await messages(worker.page, first).innerText()).toContain('既読');

    const reply = '春野です。お熱は何度くらいありますか。水分はとれていますか。';
    // At a desk, Ctrl+Enter sends.
    const nurseField = nurse.page.getByLabel('メッセージ', { exact: true });
    await nurseField.fill(reply);
    // The worker sees that the care team is writing (never what), until the reply arrives.
    await expect
      .poll(() => worker.page.getByTestId('typing').innerText())
      .toBe('相談員が入力しています…');
    expect(await worker.page.getByTestId('typing').innerText()).not.toContain('春野');
    await nurseField.press('Control+Enter');
    await expect.poll(() => messages(worker.page, reply).count()).toBe(1);
    await expect.poll(() => worker.page.getByTestId('typing').innerText()).toBe('');
    expect(await messages(worker.page, reply).innerText()).toContain('相談員');
    await expect.poll(() => worker.page.getByTestId('waiting-banner').count()).toBe(0);
    await expect.poll(() => stateOf(nurse.page, reply)).toBe('read');
    await expectAccessible(nurse.page, 'coordinator chat');

    // On a phone, Enter adds a line and only the button sends.
    const workerField = worker.page.getByLabel('メッセージ', { exact: true });
    await workerField.fill('38度5分です。');
    await workerField.press('Enter');
    await workerField.pressSequentially('お茶は少し飲めています。');
    expect(await workerField.inputValue()).toBe('38度5分です。\nお茶は少し飲めています。');
    expect(await messages(worker.page, 'お茶は少し').count()).toBe(0);
    await worker.page.getByRole('button', { name: '送信する' }).click();
    await expect.poll(() => messages(nurse.page, 'お茶は少し飲めています。').count()).toBe(1);
    await expect.poll(() => stateOf(worker.page, '38度5分です。')).toBe('read');

    // Offline: the message waits in the outbox on the device, then goes exactly once.
    await worker.context.setOffline(true);
    await expect.poll(() => worker.page.getByTestId('offline-banner').count()).toBe(1);
    const offline = '電波の悪いところから送ります。解熱剤は使ってもよいですか。';
    await send(worker.page, offline);
    await expect.poll(() => stateOf(worker.page, offline)).toBe('pending');
    expect(await messages(worker.page, offline).innerText()).toContain('送信待ち');
    expect(await outboxKeys(worker.page)).toHaveLength(1);
    await expectAccessible(worker.page, 'worker chat offline');
    expect(await messages(nurse.page, offline).count()).toBe(0);

    await worker.context.setOffline(false);
    await expect.poll(() => messages(nurse.page, offline).count()).toBe(1);
    await expect.poll(() => stateOf(worker.page, offline)).toBe('read');
    await expect.poll(() => outboxKeys(worker.page)).toEqual([]);
    await expect.poll(() => worker.page.getByTestId('offline-banner').count()).toBe(0);

    // After reloading, both sides still hold every message exactly once.
    await nurse.page.reload();
    await expect.poll(() => messages(nurse.page, offline).count()).toBe(1);
    for (const text of [first, reply, '38度5分です。']) {
      expect(await messages(nurse.page, text).count()).toBe(1);
    }
    await worker.page.reload();
    await expect.poll(() => messages(worker.page, offline).count()).toBe(1);
    expect(await messages(worker.page, reply).count()).toBe(1);

    // The coordinator closes it with its case coding; the chat becomes read-only on both sides.
    await nurse.page.getByRole('button', { name: '相談を終了する' }).click();
    await nurse.page.getByLabel('介護の負担増').check();
    await expectAccessible(nurse.page, 'closing record');
    await nurse.page.getByRole('button', { name: '記録して終了する' }).click();
    await expect
      .poll(() => nurse.page.getByText('選んでください。', { exact: true }).count())
      .toBe(2);
    await nurse.page.getByLabel('深刻度').selectOption('moderate');
    await nurse.page.getByLabel('対応の結果').selectOption('advice_given');
    await nurse.page.getByRole('button', { name: '記録して終了する' }).click();
    await expect.poll(() => nurse.page.getByText('この相談は終了しました').count()).toBe(1);
    expect(await nurse.page.getByLabel('メッセージ', { exact: true }).count()).toBe(0);
    // The person is told at once, without reloading: a closing card with a rating.
    const card = worker.page.getByTestId('closing-card');
    await expect
      .poll(() => card.getByRole('heading', { name: '相談は終了しました' }).count())
      .toBe(1);
    expect(await worker.page.getByLabel('メッセージ', { exact: true }).count()).toBe(0);
    await expectAccessible(worker.page, 'closed chat');
    await saveScreenshot(worker.page, 'closing-card-phone', false);
    // A second tab of the same person, still showing the unrated card.
    const secondTab = await worker.context.newPage();
    await secondTab.goto(worker.page.url());
    await secondTab.getByTestId('closing-card').waitFor();

    const scale = card.getByRole('group', { name: '今回の相談はいかがでしたか' });
    expect(await scale.getByRole('radio').count()).toBe(5);
    await scale.getByRole('radio', { name: 'よかった', exact: true }).check();
    await card.getByLabel('ひとこと（任意）').fill('夜遅くでも落ち着いて話を聞いてもらえました。');
    await card.getByLabel('次回も同じ担当者に相談する').uncheck();
    await expect.poll(() => card.getByText('次回の担当者の希望を保存しました。').count()).toBe(1);
    await card.getByRole('button', { name: '評価を送る' }).click();
    await expect.poll(() => card.getByTestId('rating-sent').textContent()).toContain('よかった');
    await saveScreenshot(worker.page, 'closing-card-rated-phone', false);

    // Rating again from the other tab is refused by the server and told kindly.
    await secondTab.getByRole('radio', { name: 'とてもよかった' }).check();
    await secondTab.getByRole('button', { name: '評価を送る' }).click();
    await expect.poll(() => secondTab.getByText('すでにお送りいただいています').count()).toBe(1);
    await secondTab.close();

    await worker.page.reload();
    await expect.poll(() => card.getByTestId('rating-sent').count()).toBe(1);
    expect(await card.getByLabel('次回も同じ担当者に相談する').isChecked()).toBe(false);
    await worker.page.setViewportSize(deskViewport);
    await saveScreenshot(worker.page, 'closing-card-desk', false);
    await worker.page.setViewportSize(phoneViewport);

    await nurse.page.getByRole('link', { name: '担当中の相談' }).click();
    await expect.poll(() => nurse.page.getByTestId('assigned-consultations').count()).toBe(1);
    await expectAccessible(nurse.page, 'assigned consultations');
    await worker.page.getByRole('link', { name: '相談の一覧へ戻る' }).click();
    await expect.poll(() => worker.page.getByText('終了', { exact: true }).count()).toBe(1);
    await expectAccessible(worker.page, 'my consultations');

    expect(worker.problems).toEqual([]);
    expect(nurse.problems).toEqual([]);
    await worker.context.close();
    await nurse.context.close();
  });

  it('shows a coordinator whose licence is not verified why the queue is closed to her', async () => {
    const midwife = await openPage(env.browser, env.baseUrl);
    await signInStaff(midwife.page, 'midwife@demo.yorisoi.example');
    await midwife.page.getByRole('link', { name: '相談キュー' }).click();
    await midwife.page.waitForURL('**/care/queue');
    await expect.poll(() => midwife.page.getByTestId('licence-not-verified').count()).toBe(1);
    expect(await midwife.page.getByTestId('queue').count()).toBe(0);
    await expectAccessible(midwife.page, 'queue, licence not verified');
    expect(midwife.problems).toEqual([]);
    await midwife.context.close();
  });

  it('keeps working over plain HTTP when the socket is blocked', async () => {
    const worker = await openPage(env.browser, env.baseUrl, { phone: true });
    await worker.page.route('**/socket.io/**', (route) => route.abort());
    await signInWithPassword(worker.page, 'worker2@demo.yorisoi.example');
    await worker.page.waitForURL((url) => url.pathname === '/');
    await worker.page.goto('/consultations/new');
    await worker.page.getByLabel('キャリア', { exact: true }).check();
    const first = '転職を考えています。地元で続けられる仕事があるか知りたいです。';
    await worker.page.getByLabel('最初のメッセージ').fill(first);
    await worker.page.getByRole('button', { name: '相談を始める' }).click();
    await worker.page.waitForURL(chatUrl);
    await expect.poll(() => stateOf(worker.page, first)).toBe('sent');

    const second = '子どもが小さいので、時短勤務ができるところを探しています。';
    await send(worker.page, second);
    await expect.poll(() => stateOf(worker.page, second)).toBe('sent');
    await expect.poll(() => outboxKeys(worker.page)).toEqual([]);
    await worker.page.reload();
    await expect.poll(() => messages(worker.page, second).count()).toBe(1);
    expect(await messages(worker.page, first).count()).toBe(1);

    // The phone chat is full screen: the language is switched from the list, then back.
    await worker.page.getByRole('link', { name: '相談の一覧へ戻る' }).click();
    await worker.page.getByRole('button', { name: 'English' }).click();
    await worker.page.goBack();
    await expect
      .poll(() => worker.page.getByRole('heading', { name: 'Consultation: Career' }).count())
      .toBe(1);
    await expectAccessible(worker.page, 'chat (en)');
    expect(worker.problems).toEqual([]);
    await worker.context.close();
  });
});
