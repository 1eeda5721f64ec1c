import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, saveScreenshot } from './screenshots.ts';
import type { Locator } from 'playwright-core';

const height = async (locator: Locator) => (await locator.boundingBox())?.height ?? 0;

const enabled = requireBrowser();
let env: E2eEnv;

beforeAll(async () => {
  if (!enabled) return;
  env = await startE2e();
});
afterAll(async () => {
  await env?.close();
});

const declaration =
  '私は、部下が子どもの行事や家族の介護に安心して時間を使えるよう、仕事の分担を一緒に考えます。';

describe.runIf(enabled)('employers’ alliance', () => {
  it('an employer signs the イクボス宣言 on a phone and appears with it in the public list', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInStaff(page, 'employer2@demo.yorisoi.example');
    await page.goto('/company/alliances');
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'ひおき共創コンソーシアム' }).count())
      .toBe(1);
    await expectAccessible(page, 'own alliance entry');
    await saveScreenshot(page, 'alliance-own-phone');

    // An empty text is refused with the catalog's words; nothing is signed.
    await page.getByLabel('署名者の氏名').fill('介護 ゆかり');
    await page.getByRole('button', { name: '署名する' }).click();
    await expect
      .poll(() => page.getByText('イクボス宣言の文面を入力してください').count())
      .toBeGreaterThan(0);
    await page.getByLabel('宣言の文面').fill(declaration);
    await page.getByLabel('役職').fill('総務部長');
    await page.getByRole('button', { name: '署名する' }).click();
    await expect.poll(() => page.getByText('イクボス宣言に署名しました。').count()).toBe(1);
    await saveScreenshot(page, 'alliance-signed-phone');
    await context.close();

    const visitor = await openPage(env.browser, env.baseUrl, { phone: true });
    await visitor.page.goto('/m/462187');
    await visitor.page.getByRole('link', { name: /企業ネットワーク/ }).click();
    await visitor.page.getByRole('link', { name: /ひおき共創コンソーシアム/ }).click();
    const members = visitor.page.getByTestId('alliance-members');
    await expect.poll(() => members.getByRole('listitem').count()).toBeGreaterThan(5);
    const entry = members
      .getByRole('listitem')
      .filter({ hasText: 'ひおきケアネット株式会社（架空）' });
    expect(await entry.getByText('イクボス宣言').count()).toBe(1);
    await expectAccessible(visitor.page, 'public alliance');
    await saveScreenshot(visitor.page, 'alliance-public-phone');
    await entry.getByRole('link').click();
    await expect.poll(() => visitor.page.getByText(declaration).count()).toBe(1);
    expect(await visitor.page.getByText('総務部長 介護 ゆかり').count()).toBe(1);
    await expectAccessible(visitor.page, 'member page');
    await saveScreenshot(visitor.page, 'alliance-member-phone');
    await visitor.page.setViewportSize(deskViewport);
    await saveScreenshot(visitor.page, 'alliance-member-desk');
    expect([...problems, ...visitor.problems]).toEqual([]);
    await visitor.context.close();
  }, 240_000);

  it('鹿児島市’s public page shows the growth from 32 to 81 with a table, at a desk', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await page.goto('/m/462012/alliances');
    await page.getByRole('link', { name: /鹿児島市イクボス推進同盟/ }).click();
    const growth = page.getByTestId('alliance-growth');
    await expect.poll(() => growth.getByRole('img').count()).toBe(1);
    expect(await growth.getByRole('img').getAttribute('aria-label')).toMatch(/2017年度 32社/);
    await growth.getByText('年度ごとの数を表で見る').click();
    expect(await growth.getByRole('row', { name: /2020年度 81/ }).count()).toBe(1);
    await expectAccessible(page, 'growth');
    await saveScreenshot(page, 'alliance-public-desk');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'alliance-growth-phone', false);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('city staff keep the alliance at a desk: members, a refused future date, an award', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await signInStaff(page, 'kagoshima-city@demo.yorisoi.example');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: '同盟・コンソーシアム' })
      .first()
      .click();
    await page.getByRole('link', { name: '鹿児島市イクボス推進同盟' }).click();
    const table = page.getByTestId('alliance-members-table');
    await expect.poll(() => table.getByRole('row').count()).toBe(82);
    // Eight destinations still fit the desk row of city staff.
    expect(await height(page.locator('.site-nav__list'))).toBeLessThan(60);
    await saveScreenshot(page, 'alliance-staff-top-desk', false);
    await page.getByLabel('企業名').fill('株式会社みらい（架空）');
    await page.getByLabel('加盟日').fill('2099-01-01');
    await page.getByRole('button', { name: '追加する' }).click();
    await expect
      .poll(() => page.getByText('未来の日付は記録できません').count())
      .toBeGreaterThan(0);
    await table
      .getByRole('row', { name: /さくらじま物流/ })
      .getByRole('button', { name: '表彰を記録' })
      .click();
    await page.getByLabel('表彰の名称').fill('子育てサポート企業表彰（架空）');
    await page.getByRole('button', { name: '表彰を記録する' }).click();
    await expect
      .poll(() => table.getByRole('row', { name: /子育てサポート企業表彰/ }).count())
      .toBe(1);
    await expectAccessible(page, 'staff alliance');
    await saveScreenshot(page, 'alliance-staff-desk', false);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
