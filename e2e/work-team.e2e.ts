import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
let env: E2eEnv;

beforeAll(async () => {
  if (enabled) env = await startE2e();
});
afterAll(() => env?.close());

/** A desk and a phone picture of the page as it is now, after axe has looked at it. */
async function lookAt(page: Page, name: string) {
  await page.setViewportSize(deskViewport);
  await expectAccessible(page, name);
  await saveScreenshot(page, `${name}-desk`);
  await page.setViewportSize(phoneViewport);
  await saveScreenshot(page, `${name}-phone`);
  await page.setViewportSize(deskViewport);
}

describe.runIf(enabled)(
  '長泉わくキャリ: programme staff form a team and record the outcome',
  () => {
    it('propose a team for a project, introduce a member, record a start, a follow-up and a hearing, and read the figures', async () => {
      const { page, problems, context } = await openPage(env.browser, env.baseUrl);
      await signInStaff(page, 'waku-staff@demo.yorisoi.example');

      // Team forming: the engine's team with each member's reasons.
      await page.getByRole('link', { name: 'チーム編成' }).first().click();
      await page.getByRole('button', { name: 'チームを提案する' }).click();
      const team = page.getByTestId('work-team');
      await expect.poll(() => team.locator('.work-suggestion').count()).toBeGreaterThan(1);
      await expect.poll(() => team.textContent()).toMatch(/週\d+時間/);
      await lookAt(page, 'work-team');
      const proposeButtons = team.getByRole('button', { name: '本人に紹介を提案する' });
      const before = await proposeButtons.count();
      await proposeButtons.first().click();
      await expect
        .poll(() => team.getByText('提案しました（本人の回答待ち）').count())
        .toBeGreaterThan(0);
      // Proposed once, the button is gone for that person: nobody is proposed twice.
      await expect.poll(() => proposeButtons.count()).toBe(before - 1);

      // Outcomes: a follow-up that is due, then a start.
      await page.getByRole('link', { name: '紹介と経過' }).first().click();
      const due = page.getByTestId('work-follow-ups-due');
      await expect.poll(() => due.locator('li').count()).toBe(2);
      await lookAt(page, 'work-outcomes');
      await due.getByRole('button', { name: '就業を続けている' }).first().click();
      await expect.poll(() => due.locator('li').count()).toBe(1);
      const step = page.getByLabel('次の経過を記録（WK-014）');
      await step.selectOption({ label: '就業開始' });
      await page.locator('form', { has: step }).getByRole('button', { name: '記録する' }).click();
      const row = page.locator('.work-outcome', {
        has: page.getByRole('link', { name: 'WK-014' }),
      });
      await expect.poll(() => row.textContent()).toContain('就業中');

      // The participant's page: a hearing recorded, read back.
      await row.getByRole('link', { name: 'WK-014' }).click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toContain('WK-014');
      await page.getByLabel('ご本人の希望').fill('就業開始後も火・木の午前を続けたい。');
      await page.getByLabel('制約・配慮すること').fill('下の子の通院が月1回。');
      await page.getByRole('button', { name: 'ヒアリングを記録する' }).click();
      await expect
        .poll(() => page.getByTestId('work-hearings').textContent())
        .toContain('下の子の通院が月1回。');
      await lookAt(page, 'work-participant');

      // The figures of this 年度.
      await page.getByRole('link', { name: '実績（月別・年度）' }).first().click();
      await expect.poll(() => page.getByTestId('work-figures').count()).toBe(1);
      await expect.poll(() => page.getByTestId('work-figures').textContent()).toContain('年度計');
      await lookAt(page, 'work-figures');
      expect(problems).toEqual([]);
      await context.close();
    }, 240_000);
  },
);
