import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
let env: E2eEnv;

beforeAll(async () => {
  if (enabled) env = await startE2e();
});
afterAll(() => env?.close());

describe.runIf(enabled)('長泉わくキャリ for a participant', () => {
  it('a mother on her phone keeps her profile and accepts an introduction', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(page, 'waku-mama@demo.yorisoi.example');
    await page.waitForURL((url) => url.pathname === '/');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('働き方プロフィール');
    await expect.poll(() => page.getByTestId('my-introductions').count()).toBe(1);
    // Her hearing shows as a day; what the staff wrote stays with them.
    await expect
      .poll(() => page.getByTestId('my-hearings').textContent())
      .toMatch(/\d+年\d+月\d+日（.）に担当者とお話ししました/);
    expect(await page.content()).not.toContain('保育園のお迎えが15時');
    await expectAccessible(page, 'work profile');
    await saveScreenshot(page, 'work-profile-phone');

    // Thursday afternoon too, then save.
    await page.getByRole('button', { name: '木 午後 14–17時' }).click();
    await page.getByRole('button', { name: 'この内容で保存する' }).click();
    await expect.poll(() => page.getByText(/保存しました/).count()).toBe(1);

    await page.getByRole('button', { name: '紹介を受ける' }).click();
    await expect.poll(() => page.getByText('紹介を受けました').count()).toBe(1);
    await saveScreenshot(page, 'work-introduction-accepted-phone', false);

    await page.setViewportSize(deskViewport);
    await saveScreenshot(page, 'work-profile-desk');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});

describe.runIf(enabled)('長泉わくキャリ for its staff', () => {
  it('programme staff see who suits an opening and why, and propose an introduction', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await signInStaff(page, 'waku-staff@demo.yorisoi.example');
    await expect.poll(() => page.getByTestId('work-suggestions').count()).toBe(1);
    await page
      .getByLabel('募集（求人・プロジェクト）')
      .selectOption({ label: 'SNS発信のプロジェクト（長泉山荘（架空））' });
    await expect.poll(() => page.locator('.work-suggestion').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('work-suggestions').textContent())
      .toMatch(/週\d+時間/);
    await page.setViewportSize(deskViewport);
    await expectAccessible(page, 'work staff');
    await saveScreenshot(page, 'work-staff-desk');
    await page.getByRole('button', { name: '本人に紹介を提案する' }).first().click();
    await expect.poll(() => page.getByText('提案しました（本人の回答待ち）').count()).toBe(1);
    await page.setViewportSize(phoneViewport);
    await saveScreenshot(page, 'work-staff-phone', false);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
