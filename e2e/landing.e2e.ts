import { describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e } from './use-e2e.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
const env = useE2e(enabled);

describe.runIf(enabled)('first contact', () => {
  it('a visitor on a phone reads what the health room is, finds their city and its childcare, and signs in with one tap', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await page.goto('/');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('働く人の保健室');
    // Who may use it, what stays private, the hours and the emergency numbers.
    for (const heading of ['使える方', '無料で、秘密は守られます', '受付時間', '登録のしかた']) {
      expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1);
    }
    expect(await page.getByText('人数の少ない項目を伏せた統計だけ', { exact: false }).count()).toBe(
      1,
    );
    const emergency = page.getByTestId('landing-emergency');
    expect(await emergency.locator('a[href="tel:119"]').count()).toBe(1);
    expect(await emergency.locator('a[href="tel:0120279338"]').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'ログイン' }).count()).toBe(2);
    await expectAccessible(page, 'landing');
    await saveScreenshot(page, 'landing-phone', false);
    await saveScreenshot(page, 'landing-phone-full');

    // The demo serves three municipalities: the visitor picks theirs.
    await page.getByRole('link', { name: /日置市/ }).click();
    await page.waitForURL('**/m/462187');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('日置市の働く人の保健室');
    expect(await page.getByText('ひおき共創コンソーシアム', { exact: false }).count()).toBe(1);
    const contacts = page.getByTestId('area-contacts');
    expect(await contacts.locator('a[href="tel:119"]').count()).toBe(1);
    expect(await contacts.getByText('日置市 健康保険課', { exact: false }).count()).toBe(1);
    await expectAccessible(page, 'municipality page');
    await saveScreenshot(page, 'municipality-phone');

    await page.getByRole('link', { name: /子育て施設をさがす/ }).click();
    await page.waitForURL('**/m/462187/childcare');
    await expect.poll(() => page.getByLabel('お子さんの生年月日').count()).toBe(1);

    // Back at the top, one tap on the header's ログイン reaches the sign-in form.
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'ログイン' }).click();
    await page.waitForURL('**/signin');
    await page.getByLabel('メールアドレス').fill('worker@demo.yorisoi.example');
    await page.getByLabel('パスワード').fill('yorisoi-demo-2026');
    await page.getByRole('button', { name: 'ログインする' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    // Signed in, / is the person's own home again.
    await expect.poll(() => page.getByRole('heading', { name: /こんにちは/ }).count()).toBe(1);
    expect(await page.getByTestId('landing-emergency').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('at a desk, with the hero’s sign-in, an area code, and an unknown code told plainly', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await page.goto('/');
    await expect.poll(() => page.getByTestId('landing-emergency').count()).toBe(1);
    await saveScreenshot(page, 'landing-desk', false);
    await page.getByLabel('全国地方公共団体コード（6桁）').fill('223417');
    await page.getByRole('button', { name: 'ひらく' }).click();
    await page.waitForURL('**/m/223417');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('長泉町の働く人の保健室');
    await saveScreenshot(page, 'municipality-desk', false);

    await page.goto('/m/999999');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('この地域のページは見つかりません');
    expect(await page.getByTestId('municipality-unknown').textContent()).toContain('462187');
    // The way on: the areas this server serves.
    expect(await page.getByRole('link', { name: /日置市/ }).count()).toBe(1);
    await expectAccessible(page, 'unknown municipality');
    await saveScreenshot(page, 'municipality-unknown-desk', false);
    await page.getByRole('link', { name: 'トップページへ戻る' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator('.landing__actions').getByRole('link', { name: 'ログイン' }).click();
    await page.waitForURL('**/signin');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
    await context.close();
  }, 120_000);

  it('city staff add a number to their residents’ page from their home', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await signInStaff(page, 'city@demo.yorisoi.example');
    const card = page.getByTestId('public-contacts');
    await expect.poll(() => card.getByLabel('電話番号').count()).toBe(4);
    await card.getByRole('button', { name: '連絡先を追加' }).click();
    const fifth = card.getByRole('group', { name: '連絡先 5' });
    await fifth.getByLabel('名称').fill('日置市 夜間の健康相談（架空の番号）');
    await fifth.getByLabel('電話番号').fill('0120 000');
    await card.getByRole('button', { name: '保存する' }).click();
    await expect
      .poll(() => fifth.getByText('電話番号は数字とハイフンで入力してください。').count())
      .toBe(1);
    await fifth.getByLabel('電話番号').fill('0120-000-123');
    await fifth.getByLabel('受付時間（任意）').fill('毎日 18:00〜翌8:30');
    await card.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => card.getByText('保存しました。', { exact: false }).count()).toBe(1);
    await expectAccessible(page, 'public contacts editor');
    await saveScreenshot(page, 'public-contacts-desk');

    await card.getByRole('link', { name: '住民向けページを見る' }).click();
    await page.waitForURL('**/m/462187');
    await page.setViewportSize(phoneViewport);
    const contacts = page.getByTestId('area-contacts');
    await expect.poll(() => contacts.locator('a[href="tel:0120000123"]').count()).toBe(1);
    expect(await contacts.getByText('毎日 18:00〜翌8:30').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
