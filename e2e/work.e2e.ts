import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInWithPassword } from './flows.ts';
import { deskViewport, saveScreenshot } from './screenshots.ts';

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
