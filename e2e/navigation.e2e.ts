import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e } from './use-e2e.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { deskViewport, saveScreenshot } from './screenshots.ts';

/**
 * Issue 13: the navigation fits one row. A worker on a phone gets tabs at the foot (not on the
 * full-screen chat); a supervisor at a desk gets one row with a 「管理」 menu, and a menu button
 * on a phone.
 */
const enabled = requireBrowser();
const env = useE2e(enabled);

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

async function height(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box.height;
}

describe.runIf(enabled)('navigation in one row', () => {
  it('a worker on a phone uses the tab bar with a finger and the keyboard', async () => {
    const { page, problems } = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(page, 'worker@demo.yorisoi.example');
    await page.waitForURL((url) => url.pathname === '/');

    const tabs = mainNav(page);
    await expect
      .poll(() => tabs.getByRole('link').allInnerTexts())
      .toEqual(['ホーム', '相談', '予約']);
    expect(await tabs.getByRole('link', { name: 'ホーム' }).getAttribute('aria-current')).toBe(
      'page',
    );
    const bar = page.locator('.tab-bar');
    expect(await height(bar)).toBeLessThan(70);
    // Fixed at the foot, and the page ends above it: the footer's last line is not hidden.
    const barBox = await bar.boundingBox();
    expect(Math.round(barBox!.y + barBox!.height)).toBe(844);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const note = await page.locator('.site-footer__note').boundingBox();
    const barAtEnd = await bar.boundingBox();
    expect(note!.y + note!.height).toBeLessThanOrEqual(barAtEnd!.y);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, 'worker home with tabs');
    await saveScreenshot(page, 'navigation-tabs-phone', false);

    await tabs.getByRole('link', { name: '予約' }).click();
    await page.waitForURL('**/appointments');
    await expect
      .poll(() => tabs.getByRole('link', { name: '予約' }).getAttribute('aria-current'))
      .toBe('page');

    // 「その他」 with a tap: the list opens above the bar; a tap elsewhere closes it.
    const more = tabs.getByRole('button', { name: 'その他' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual([
      'ホーム',
      '相談',
      '予約',
      'アンケート',
      '家族の招待',
      // The same account takes part in the back-to-work programme (issue 17).
      '働き方プロフィール',
      'アカウント',
    ]);
    await expectAccessible(page, 'その他 open');
    await saveScreenshot(page, 'navigation-more-phone', false);
    await page.locator('main h1').first().click();
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');

    // With the keyboard: Enter opens, Escape closes and gives focus back, a link follows.
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/profile');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => more.getAttribute('class')).toContain('nav-menu__button--current');

    // The full-screen chat keeps its own message bar at the foot: no tabs there.
    await tabs.getByRole('link', { name: 'ホーム' }).click();
    await page.getByRole('link', { name: '相談を始める' }).click();
    await page.getByLabel('最初のメッセージ').fill('肩こりがひどくて眠れません。');
    await page.getByLabel('メンタル', { exact: true }).check();
    await page.getByRole('button', { name: '相談を始める' }).click();
    await page.waitForURL(/\/consultations\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('.chat-screen').count()).toBe(1);
    expect(await bar.isVisible()).toBe(false);
    await saveScreenshot(page, 'navigation-chat-phone', false);

    // At a desk the same person has one row at the top and no tabs.
    await page.setViewportSize(deskViewport);
    await page.goto('/');
    await expect.poll(() => page.locator('.site-nav').isVisible()).toBe(true);
    expect(await bar.isVisible()).toBe(false);
    expect(await height(page.locator('.site-nav__list'))).toBeLessThan(60);
    await expectAccessible(page, 'worker at a desk');
    await saveScreenshot(page, 'navigation-person-desk', false);
    expect(problems).toEqual([]);
  });

  it('a supervisor at a desk has one row with a 「管理」 menu, and a menu button on a phone', async () => {
    const { page, problems } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await signInStaff(page, 'supervisor@demo.yorisoi.example');
    const nav = mainNav(page);
    const row = page.locator('.site-nav__list');
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await height(row)).toBeLessThan(60);
    expect(await nav.getByRole('link', { name: '監査ログ' }).count()).toBe(0);

    // With the mouse: open, follow a link; the group then shows it holds the current page.
    const manage = nav.getByRole('button', { name: '管理' });
    await manage.click();
    expect(await manage.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(
      expect.arrayContaining([
        '身元開示の申請',
        '報告書',
        'ケアチーム',
        'コーディネーター募集',
        '監査ログ',
        '紹介先の名簿',
      ]),
    );
    await expectAccessible(page, '管理 open');
    await saveScreenshot(page, 'navigation-staff-desk', false);
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => manage.getAttribute('aria-expanded')).toBe('false');
    await manage.click();
    await nav.getByRole('link', { name: '監査ログ' }).click();
    await page.waitForURL('**/admin/audit');
    expect(await manage.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => manage.getAttribute('class')).toContain('nav-menu__button--current');

    // With the keyboard: Escape closes and focus returns; Tab out of the list closes it.
    await manage.focus();
    await page.keyboard.press('Enter');
    expect(await manage.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await manage.getAttribute('aria-expanded')).toBe('false');
    expect(await manage.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/care/ratings');
    expect(await manage.getAttribute('aria-expanded')).toBe('false');

    // On a phone: no row, one menu button in the header with every destination.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => row.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'メニュー' });
    await menu.click();
    expect(await mainNav(page).getByRole('link').count()).toBe(15);
    await expectAccessible(page, 'staff phone menu');
    await saveScreenshot(page, 'navigation-staff-phone', false);
    await mainNav(page).getByRole('link', { name: '勤務表' }).click();
    await page.waitForURL('**/roster');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
  });

  it('job-centre staff see only what applies to the centre; わくキャリ staff keep チーム編成', async () => {
    const { page, problems } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await signInStaff(page, 'hioki-centre@demo.yorisoi.example');
    const nav = mainNav(page);
    await expect
      .poll(() => nav.getByRole('link').allInnerTexts())
      .toEqual(['ホーム', '紹介と経過', '求人・プロジェクトの登録', 'アカウント']);
    await expectAccessible(page, 'job centre menu');
    await saveScreenshot(page, 'navigation-job-centre-desk', false);
    // Each page they reach works on the centre, not on another programme of the town.
    await nav.getByRole('link', { name: '紹介と経過' }).click();
    await page.waitForURL('**/work/introductions');
    await expect.poll(() => page.getByTestId('work-follow-ups-due').count()).toBe(1);
    await nav.getByRole('link', { name: '求人・プロジェクトの登録' }).click();
    // One programme only: the form does not ask which.
    await expect.poll(() => page.getByTestId('opening-form').count()).toBe(1);
    expect(await page.getByLabel('参加するプログラム').count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'メニュー' }).click();
    expect(await mainNav(page).getByRole('link').allInnerTexts()).toEqual([
      'ホーム',
      '紹介と経過',
      '求人・プロジェクトの登録',
      'アカウント',
    ]);
    await saveScreenshot(page, 'navigation-job-centre-phone', false);
    await page.context().close();

    const waku = await openPage(env.browser, env.baseUrl);
    await waku.page.setViewportSize(deskViewport);
    await signInStaff(waku.page, 'waku-staff@demo.yorisoi.example');
    await expect
      .poll(() => mainNav(waku.page).getByRole('link').allInnerTexts())
      .toContain('チーム編成');
    expect(problems).toEqual([]);
    expect(waku.problems).toEqual([]);
    await waku.page.context().close();
  });
});
