import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { japanTimeOf } from '../packages/shared/src/domain/japan-time.ts';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
let env: E2eEnv;

beforeAll(async () => {
  if (enabled) env = await startE2e();
});
afterAll(() => env?.close());

/** A child who turns one before next April: the 1歳児 class of the next fiscal year. */
function oneYearOldNextApril(): { birthDate: string; on: string } {
  const { year, month } = japanTimeOf(new Date());
  const nextApril = month >= 4 ? year + 1 : year;
  return { birthDate: `${nextApril - 2}-06-15`, on: `${nextApril}-04-01` };
}

describe.runIf(enabled)('childcare for residents', () => {
  it('a parent on a phone finds the nurseries that take a one-year-old next April and which have room', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await page.goto('/m/462187/childcare');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('日置市');
    await expectAccessible(page, 'childcare search');
    await saveScreenshot(page, 'childcare-search-phone', false);

    const { birthDate, on } = oneYearOldNextApril();
    await page.getByLabel('お子さんの生年月日').fill(birthDate);
    await page.getByText('条件をもっと指定する').click();
    await page.getByLabel('利用を始めたい日').fill(on);
    await page.getByLabel('施設の種類').selectOption({ label: '認可保育所' });
    await page.getByRole('button', { name: 'この条件でさがす' }).click();
    await expect.poll(() => page.getByTestId('child-class').textContent()).toContain('1歳児クラス');
    const cards = page.getByTestId('facility-card');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    // Each result says why it matched, in the parent's terms.
    await expect.poll(() => cards.first().textContent()).toMatch(/1歳児クラス（令和\d+年度）/);
    await expectAccessible(page, 'childcare results');
    await saveScreenshot(page, 'childcare-results-phone');

    await cards.first().getByRole('link').click();
    await page.waitForURL('**/m/462187/childcare/facilities/**');
    await expect.poll(() => page.getByRole('heading', { name: '空き状況' }).count()).toBe(1);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    await expectAccessible(page, 'childcare facility');
    await saveScreenshot(page, 'childcare-facility-phone');

    await page.getByRole('link', { name: /受け入れ状況表/ }).click();
    await page.waitForURL('**/m/462187/childcare/vacancies');
    await expect.poll(() => page.getByTestId('vacancy-table').count()).toBe(1);
    await expectAccessible(page, 'vacancy table');
    await saveScreenshot(page, 'childcare-vacancies-phone');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('the vacancy table and search at a desk, and an unknown municipality told plainly', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await page.goto('/m/462187/childcare/vacancies');
    await expect.poll(() => page.getByTestId('vacancy-table').count()).toBe(1);
    await saveScreenshot(page, 'childcare-vacancies-desk');
    await page.goto('/m/462012/childcare');
    await expect.poll(() => page.getByTestId('facility-card').count()).toBeGreaterThan(3);
    await saveScreenshot(page, 'childcare-search-desk', false);
    await page.goto('/m/999999/childcare');
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
    await context.close();
  }, 120_000);
});

describe.runIf(enabled)('childcare for facility staff', () => {
  it('a nursery updates this month’s places on a phone in a few taps', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInStaff(page, 'hoikuen@demo.yorisoi.example');
    await expect.poll(() => page.getByRole('heading', { name: '空き状況の更新' }).count()).toBe(1);
    const plus = page.getByRole('button', { name: '1歳児を1人増やす' });
    await expect.poll(() => plus.count()).toBe(1);
    const input = page.getByRole('spinbutton', { name: '1歳児クラス' });
    const before = Number(await input.inputValue());
    await plus.click();
    await expect.poll(() => input.inputValue()).toBe(String(before + 1));
    await expectAccessible(page, 'vacancy editor');
    await saveScreenshot(page, 'childcare-editor-phone');
    await page.getByRole('button', { name: 'この内容で更新する' }).click();
    await expect.poll(() => page.getByText(/更新しました/).count()).toBe(1);
    await saveScreenshot(page, 'childcare-editor-saved-phone');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
