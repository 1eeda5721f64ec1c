import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e, nobodyOnShift, chatUrl } from './use-e2e.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

/**
 * Issue 13, the care team's follow-ups: a high-risk consultation closes once a check-in
 * is scheduled (the person sees when the health room will contact them); a nurse refused
 * for want of a follow-up asks a supervisor, who approves from the 緊急 inbox; the
 * supervisors' rating review. Screens are saved at phone and desk size to be looked at.
 */
const enabled = requireBrowser();
const env = useE2e(enabled, undefined, nobodyOnShift);

type Side = Awaited<ReturnType<typeof openPage>>;
let nurse: Side | undefined;

async function signedInNurse(): Promise<Side> {
  if (nurse) return nurse;
  nurse = await openPage(env.browser, env.baseUrl);
  await signInStaff(nurse.page, 'nurse@demo.yorisoi.example');
  return nurse;
}

/** Both sizes of the page as it is now. */
async function screens(page: Page, name: string) {
  await page.setViewportSize(phoneViewport);
  await saveScreenshot(page, `${name}-phone`);
  await page.setViewportSize(deskViewport);
  await saveScreenshot(page, `${name}-desk`);
}

/** A worker writes a high-risk first message; the nurse takes it and records the assessment. */
async function assessedCrisis(email: string, text: string) {
  const worker = await openPage(env.browser, env.baseUrl, { phone: true });
  await signInWithPassword(worker.page, email);
  await worker.page.waitForURL((url) => url.pathname === '/');
  await worker.page.goto('/consultations/new');
  await worker.page.getByLabel('メンタル', { exact: true }).check();
  await worker.page.getByLabel('最初のメッセージ').fill(text);
  await worker.page.getByRole('button', { name: '相談を始める' }).click();
  await worker.page.waitForURL(chatUrl);
  const url = new URL(worker.page.url()).pathname;

  const side = await signedInNurse();
  await side.page.goto('/care/queue');
  await side.page
    .getByRole('button', { name: /担当する/ })
    .first()
    .click();
  await side.page.waitForURL(chatUrl);
  expect(new URL(side.page.url()).pathname).toBe(url);
  await expect.poll(() => side.page.getByTestId('risk-panel').count()).toBe(1);
  await side.page.getByRole('button', { name: 'リスク評価を記録した' }).click();
  await expect.poll(() => side.page.getByTestId('risk-acknowledged').count()).toBe(1);
  return { worker, url };
}

/** Opens the close form, codes the case and submits. */
async function tryToClose(page: Page) {
  if ((await page.getByLabel('深刻度').count()) === 0) {
    await page.getByRole('button', { name: '相談を終了する' }).click();
  }
  await page.getByLabel('深刻度').selectOption({ index: 2 });
  await page.getByLabel('対応の結果').selectOption({ index: 1 });
  await page.getByRole('button', { name: '記録して終了する' }).click();
}

describe.runIf(enabled)('follow-ups of a high-risk consultation', () => {
  it('closes once a check-in is scheduled, and the person sees when they will be contacted', async () => {
    const { worker, url } = await assessedCrisis(
      'worker@demo.yorisoi.example',
      '夜になると、もう消えたいと思ってしまいます。',
    );
    const side = await signedInNurse();
    await tryToClose(side.page);
    await expect
      .poll(() => side.page.getByText(/確認の予定のいずれかがあるか/).count())
      .toBeGreaterThan(0);

    const panel = side.page.getByTestId('check-in-panel');
    await panel.getByRole('button', { name: '確認の予定を入れる' }).click();
    const inTwoDays = new Date(Date.now() + 9 * 3_600_000 + 2 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await panel.getByLabel('連絡する日時（日本時間）').fill(`${inTwoDays}T15:00`);
    await panel.getByLabel('連絡する人').selectOption({ label: '勤務中のケアチーム' });
    await panel
      .getByLabel('ケアチームへのメモ（相談者には表示されません）')
      .fill('夜勤明けに睡眠の様子を聞く');
    await expectAccessible(side.page, 'check-in form');
    await panel.getByRole('button', { name: '予定を登録' }).click();
    await expect.poll(() => panel.getByTestId('check-in-list').count()).toBe(1);
    expect(await panel.innerText()).toContain('15:00');
    await screens(side.page, 'follow-ups-check-in-panel');

    await side.page.getByRole('button', { name: '記録して終了する' }).click();
    await expect
      .poll(() => side.page.getByText('この相談は終了しました').count())
      .toBeGreaterThan(0);

    await worker.page.goto(url);
    const planned = worker.page.getByTestId('planned-contact');
    await expect.poll(() => planned.count()).toBe(1);
    expect(await planned.innerText()).toMatch(
      /\d+月\d+日（.）15:00ごろ、保健室から改めてご連絡します/,
    );
    expect(await worker.page.getByText('夜勤明けに睡眠の様子を聞く').count()).toBe(0);
    await expectAccessible(worker.page, 'person chat with a planned contact');
    await saveScreenshot(worker.page, 'follow-ups-planned-contact-phone');
    await worker.page.getByLabel('とてもよかった').check();
    await worker.page
      .getByLabel('ひとこと（任意）')
      .fill('夜中でも話を聞いてもらえて安心しました。');
    await worker.page.getByRole('button', { name: '評価を送る' }).click();
    await expect.poll(() => worker.page.getByText(/評価をお送りいただきました/).count()).toBe(1);

    await side.page.getByRole('link', { name: '予定の確認' }).click();
    await side.page.waitForURL('**/care/check-ins');
    const list = side.page.getByTestId('check-in');
    await expect.poll(() => list.count()).toBeGreaterThan(0);
    expect(await list.first().innerText()).toContain('夜勤明けに睡眠の様子を聞く');
    await expectAccessible(side.page, 'check-ins page');
    await screens(side.page, 'follow-ups-check-ins');

    expect(worker.problems).toEqual([]);
    expect(side.problems).toEqual([]);
    await worker.context.close();
  });

  it('lets the nurse ask a supervisor, who approves from the 緊急 inbox; then it closes', async () => {
    const { worker } = await assessedCrisis(
      'worker2@demo.yorisoi.example',
      '仕事のことで、死にたいと考えてしまう日があります。',
    );
    const side = await signedInNurse();
    await tryToClose(side.page);
    const approval = side.page.getByTestId('close-approval');
    await expect.poll(() => approval.count()).toBe(1);
    await approval
      .getByLabel('終了してよいと考える理由')
      .fill('家族が付き添っており、明日かかりつけ医を受診する予定です。');
    await approval.getByRole('button', { name: '承認を依頼する' }).click();
    await expect.poll(() => approval.innerText()).toContain('回答を待っています');
    await expectAccessible(side.page, 'approval requested');
    await screens(side.page, 'follow-ups-approval-requested');

    const supervisor = await openPage(env.browser, env.baseUrl);
    await signInStaff(supervisor.page, 'supervisor@demo.yorisoi.example');
    await expect.poll(() => supervisor.page.getByTestId('crisis-count').innerText()).toMatch(/\d/);
    await supervisor.page.getByTestId('crisis-badge').click();
    await supervisor.page.waitForURL('**/care/crisis');
    const request = supervisor.page.getByTestId('close-request');
    await expect.poll(() => request.count()).toBe(1);
    expect(await request.innerText()).toContain('かかりつけ医を受診する予定');
    await expectAccessible(supervisor.page, 'crisis inbox with a request to close');
    await screens(supervisor.page, 'follow-ups-crisis-request');
    await request.getByRole('button', { name: '承認する' }).click();
    await expect.poll(() => request.getByText('コメントを書いてください。').count()).toBe(1);
    await request
      .getByLabel('回答のコメント（依頼したコーディネーターに表示されます）')
      .fill('受診の予定を確認しました。終了して構いません。');
    await request.getByRole('button', { name: '承認する' }).click();
    await expect.poll(() => supervisor.page.getByTestId('close-request').count()).toBe(0);

    // Told live, without reloading.
    await expect.poll(() => approval.innerText()).toContain('終了を承認しました');
    expect(await approval.innerText()).toContain('受診の予定を確認しました');
    await screens(side.page, 'follow-ups-approval-approved');
    await side.page.getByRole('button', { name: '記録して終了する' }).click();
    await expect
      .poll(() => side.page.getByText('この相談は終了しました').count())
      .toBeGreaterThan(0);

    await supervisor.page.getByRole('button', { name: '管理' }).click();
    await supervisor.page.getByRole('link', { name: '満足度と感想' }).click();
    await supervisor.page.waitForURL('**/care/ratings');
    await expect
      .poll(() => supervisor.page.getByTestId('rating-comments').innerText())
      .toContain('夜中でも話を聞いてもらえて安心しました。');
    await expectAccessible(supervisor.page, 'rating review');
    await screens(supervisor.page, 'follow-ups-ratings');

    for (const s of [worker, side, supervisor]) {
      expect(s.problems).toEqual([]);
      await s.context.close();
    }
  });
});
