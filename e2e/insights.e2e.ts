import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { findUserByEmail } from '../packages/server/src/auth/users.repository.ts';
import { describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e } from './use-e2e.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

/**
 * The done-when of the evidence work: a city official and an employer admin each see a
 * dashboard built from the demo consultations with small cells hidden, and a published
 * report; neither sees a person.
 */
const enabled = requireBrowser();
const env = useE2e(enabled);

async function seeDashboard(page: Page, label: string) {
  await page.getByRole('link', { name: '統計' }).first().click();
  await page.waitForURL('**/statistics');
  // Every table loads as a chart (SVG) and an accessible table; small cells read as hidden.
  await expect
    .poll(() => page.locator('div[aria-hidden="true"] svg').count(), { timeout: 20_000 })
    .toBeGreaterThan(3);
  await expect
    .poll(() => page.locator('.hidden-count').count(), { timeout: 20_000 })
    .toBeGreaterThan(0);
  // A hidden count is a short 「—」 (read out as 非公表), explained once under its table,
  // and every chart with hidden counts says that its gaps are not zero.
  expect(await page.locator('.hidden-count').first().innerText()).toContain('—');
  expect(await page.locator('.hidden-count').first().innerText()).toContain('非公表');
  expect(await page.locator('.hidden-note').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('hidden-legend').count()).toBeGreaterThan(0);
  expect(await page.locator('body').innerText()).not.toContain('締まった');
  expect(await page.locator('a[download]').count()).toBeGreaterThan(0);
  await expectAccessible(page, `${label} dashboard`);
}

async function openPublishedReport(page: Page, title: string, label: string) {
  await page.getByRole('link', { name: '報告書' }).first().click();
  await page.waitForURL('**/reports');
  await page.getByTestId('report-list').getByRole('link', { name: title }).click();
  await expect.poll(() => page.getByRole('heading', { name: title }).count()).toBe(1);
  expect(await page.locator('body').innerText()).toContain('公開済み');
  await expectAccessible(page, `${label} report`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDFをダウンロード' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
}

describe.runIf(enabled)('anonymous evidence for the city and an employer', () => {
  it('city staff see the city dashboard with small cells hidden and the published policy report', async () => {
    const city = await openPage(env.browser, env.baseUrl);
    await signInStaff(city.page, 'city@demo.yorisoi.example');
    await seeDashboard(city.page, 'city');
    // A late rating reaches a record of the period: the tables show what was released
    // before and say so, then fetch the current figures computed meanwhile.
    const { ctx } = env.server;
    const user = await findUserByEmail(ctx.db, ctx, 'city@demo.yorisoi.example');
    await env.server.ctx.db.execute(sql`
      update case_records set satisfaction = 4
      where id = (select id from case_records
                  where municipality_id = ${user!.municipalityId}
                    and month < to_char(now(), 'YYYY-MM-01')
                  order by month desc limit 1)`);
    await city.page.reload();
    const updating = () => city.page.getByText('最新の集計を作成しています').count();
    await expect.poll(updating, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(updating, { timeout: 20_000 }).toBe(0);
    // Where small cells hide much of a table, coarser views of the same records are offered.
    await city.page.setViewportSize(deskViewport);
    const trend = city.page.getByTestId('coarser-views').first();
    await trend.waitFor({ timeout: 20_000 });
    await saveScreenshot(city.page, 'statistics-city-desk');
    await trend.getByRole('button', { name: '3か月ごとにまとめる' }).click();
    await expect
      .poll(() => city.page.getByTestId('coarser-current').first().innerText(), {
        timeout: 20_000,
      })
      .toContain('3か月ごと');
    await expect
      .poll(() => city.page.locator('th', { hasText: '〜' }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expectAccessible(city.page, 'city dashboard, by quarter');
    await saveScreenshot(city.page, 'statistics-city-quarters-desk');
    await city.page.getByRole('button', { name: '元の表に戻す' }).first().click();
    await expect.poll(() => city.page.getByTestId('coarser-current').count()).toBe(0);
    // The city decides its k on its own settings page; the dashboard follows it.
    expect(await city.page.getByLabel('新しい最小人数').count()).toBe(0);
    await city.page.getByRole('link', { name: '公表の設定' }).click();
    await city.page.waitForURL('**/statistics/settings');
    await city.page.getByLabel('新しい最小人数').fill('3');
    await city.page.getByRole('button', { name: '変更する' }).click();
    await expect.poll(() => city.page.getByText('5〜50の整数を入力してください。').count()).toBe(1);
    await city.page.getByLabel('新しい最小人数').fill('12');
    await city.page.getByRole('button', { name: '変更する' }).click();
    await expect.poll(() => city.page.getByTestId('current-k').innerText()).toContain('12人未満');
    await expectAccessible(city.page, 'statistics settings');
    await saveScreenshot(city.page, 'statistics-settings-desk');
    await city.page.getByRole('link', { name: '統計に戻る' }).click();
    await city.page.waitForURL('**/statistics');
    await expect
      .poll(() => city.page.locator('.hidden-note').first().innerText(), { timeout: 20_000 })
      .toContain('12人未満');
    // On a phone: short marks, and only the tables' own regions scroll sideways.
    await city.page.setViewportSize(phoneViewport);
    await city.page.reload();
    await expect
      .poll(() => city.page.locator('.hidden-note').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    const pageWidth = await city.page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(phoneViewport.width);
    await saveScreenshot(city.page, 'statistics-city-phone');
    await city.page.setViewportSize(deskViewport);
    await openPublishedReport(city.page, '日置市 働く人の保健室 政策提言レポート（デモ）', 'city');
    const text = await city.page.locator('body').innerText();
    expect(text).not.toContain('@demo.yorisoi.example');
    expect(city.problems).toEqual([]);
    await city.context.close();
  });

  it('an employer admin sees their own dashboard and their published workplace report, not the city’s', async () => {
    const employer = await openPage(env.browser, env.baseUrl);
    await signInStaff(employer.page, 'employer@demo.yorisoi.example');
    await seeDashboard(employer.page, 'employer');
    // Where their own table hides much, the employer can see the whole consortium instead.
    const wider = employer.page.getByRole('button', { name: 'コンソーシアム全体で見る' }).first();
    await wider.click();
    await expect
      .poll(() => employer.page.getByTestId('coarser-current').first().innerText(), {
        timeout: 20_000,
      })
      .toContain('コンソーシアム全体');
    expect(await employer.page.locator('body').innerText()).toContain(
      'コンソーシアム全体（会員の事業所すべて）の集計です',
    );
    await expectAccessible(employer.page, 'employer consortium view');
    await saveScreenshot(employer.page, 'statistics-employer-consortium-desk');
    await employer.page.getByRole('link', { name: '報告書' }).first().click();
    await employer.page.getByTestId('report-list').waitFor();
    expect(await employer.page.getByTestId('report-list').innerText()).not.toContain(
      '政策提言レポート',
    );
    await openPublishedReport(
      employer.page,
      '株式会社ゆのもと食品 職場改善レポート（デモ）',
      'employer',
    );
    expect(employer.problems).toEqual([]);
    await employer.context.close();
  });
});
