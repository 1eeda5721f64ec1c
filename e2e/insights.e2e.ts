import { eq, sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { users } from '../packages/server/src/platform/db/schema/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInStaff } from './flows.ts';

/**
 * The done-when of the evidence work: a city official and an employer admin each see a
 * dashboard built from the demo consultations with small cells hidden, and a published
 * report; neither sees a person.
 */
const enabled = requireBrowser();
let env: E2eEnv;

beforeAll(async () => {
  if (enabled) env = await startE2e();
});
afterAll(() => env?.close());

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
  expect(await page.locator('.hidden-count').first().innerText()).toContain('非公表');
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
    const [user] = await env.server.ctx.db
      .select({ municipalityId: users.municipalityId })
      .from(users)
      .where(eq(users.email, 'city@demo.yorisoi.example'));
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
    // The city decides its k; the dashboard follows it.
    await city.page.getByLabel('新しい最小人数').fill('3');
    await city.page.getByRole('button', { name: '変更する' }).click();
    await expect.poll(() => city.page.getByText('5〜50の整数を入力してください。').count()).toBe(1);
    await city.page.getByLabel('新しい最小人数').fill('12');
    await city.page.getByRole('button', { name: '変更する' }).click();
    await expect.poll(() => city.page.getByTestId('current-k').innerText()).toContain('12人未満');
    await expect
      .poll(() => city.page.locator('.hidden-count').first().innerText(), { timeout: 20_000 })
      .toContain('12');
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
