import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
let env: E2eEnv;

beforeAll(async () => {
  if (!enabled) return;
  env = await startE2e();
});
afterAll(async () => {
  await env?.close();
});

describe.runIf(enabled)('mayor’s measures', () => {
  it('a resident reads 日置市’s measures page on a phone, without signing in', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await page.goto('/m/462187');
    await page.getByRole('link', { name: /市長マニフェストの取り組み状況/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: /日置市 市長マニフェスト/ }).count())
      .toBe(1);
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(8);
    const dialogue = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /草の根対話会/ }) });
    expect(await dialogue.getByText('104自治会').count()).toBe(1);
    expect(await dialogue.getByText(/2024年2月26日時点・出典: 広報ひおき/).count()).toBe(2);
    // Nothing sticks out sideways on a phone.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'public measures');
    await saveScreenshot(page, 'measures-public-phone');
    await page.setViewportSize(deskViewport);
    await saveScreenshot(page, 'measures-public-desk');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('city staff mark a measure achieved and add a figure; a figure without source is refused', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await signInStaff(page, 'city@demo.yorisoi.example');
    await page.getByRole('link', { name: '施策の進み具合' }).first().click();
    const card = page.getByRole('listitem', { name: '特定健診・がん検診の受診率向上' });
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await card.getByLabel('状況').selectOption('achieved');
    await card.getByRole('button', { name: '状況を保存' }).click();
    await expect
      .poll(() => card.getByText('状況を保存しました。').count(), { timeout: 10_000 })
      .toBe(1);

    await card.getByText('数値を追加する').click();
    await card.getByLabel('何の数か').fill('特定健診の受診率（架空）');
    await card.getByLabel('数値', { exact: true }).fill('41.5');
    await card.getByLabel('単位').fill('%');
    await card.getByRole('button', { name: '数値を追加' }).click();
    await expect
      .poll(() => card.getByText(/出典（例: 広報ひおき/).count(), { timeout: 10_000 })
      .toBe(1);
    await card.getByLabel('出典').fill('健康保険課 集計（架空）');
    await card.getByRole('button', { name: '数値を追加' }).click();
    await expect
      .poll(() => card.getByText('数値を追加しました。').count(), { timeout: 10_000 })
      .toBe(1);
    expect(await card.getByText('41.5%').count()).toBe(1);

    await card.getByText('変更履歴').click();
    await expect.poll(() => card.getByText(/実施中 → 達成/).count(), { timeout: 10_000 }).toBe(1);
    expect(await card.getByText(/日置 あおい（市職員）/).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'staff measures');
    await saveScreenshot(page, 'measures-staff-desk');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'measures-staff-phone');

    const visitor = await openPage(env.browser, env.baseUrl, { phone: true });
    await visitor.page.goto('/m/462187/measures');
    const shown = visitor.page.getByRole('listitem').filter({
      has: visitor.page.getByRole('heading', { name: '特定健診・がん検診の受診率向上' }),
    });
    await expect.poll(() => shown.getByText('達成').count(), { timeout: 10_000 }).toBe(1);
    expect(await shown.getByText('41.5%').count()).toBe(1);
    expect([...problems, ...visitor.problems]).toEqual([]);
    await visitor.context.close();
    await context.close();
  }, 240_000);
});
