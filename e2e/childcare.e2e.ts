import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { japanTimeOf } from '../packages/shared/src/domain/japan-time.ts';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e } from './use-e2e.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
const env = useE2e(enabled);

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

    // The nursery's own events: the form offers its facility only, and no city-wide export.
    await page.goto('/admin/events');
    await page.getByRole('button', { name: 'イベントを作る' }).click();
    const host = page.getByLabel('主催施設');
    await expect.poll(() => host.locator('option').count()).toBe(1);
    expect(await host.locator('option').first().textContent()).toBe('ひまわり保育園（架空）');
    expect(await page.getByRole('link', { name: /CSVで書き出す/ }).count()).toBe(0);
    await page.getByLabel('イベント名').fill('ひまわり保育園 親子リトミック（架空）');
    const day = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('日にち', { exact: true }).fill(day);
    await page.getByLabel('開始時刻').fill('10:00');
    await page.getByLabel('終了時刻').fill('11:00');
    await page.getByLabel('場所の名前').fill('ひまわり保育園（架空）');
    await page.getByLabel('住民向けページに公開する').check();
    await expectAccessible(page, 'facility staff event form');
    await saveScreenshot(page, 'childcare-facility-event-create-phone');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: /親子リトミック/ }).count())
      .toBe(1);
    const id = await demoFacilityId(page, 'ひまわり保育園（架空）');
    await page.goto(`/m/462187/childcare/facilities/${id}`);
    await expect.poll(() => page.getByRole('link', { name: /親子リトミック/ }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});

/** The id of a demo facility by its name, as the public API gives it. */
async function demoFacilityId(page: Page, name: string): Promise<string> {
  const response = await page.request.get('/api/public/municipalities/462187/childcare-facilities');
  const { facilities } = (await response.json()) as { facilities: { id: string; name: string }[] };
  return facilities.find((facility) => facility.name === name)!.id;
}

/** Tests run offline: tile requests fail at once instead of waiting for a network. */
async function withoutTiles(page: Page) {
  await page.route('https://cyberjapandata.gsi.go.jp/**', (route) => route.abort());
}

describe.runIf(enabled)('a facility’s page: where it is and what it holds', () => {
  it('shows the map, the address and a map-app link, and the events the nursery holds', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await withoutTiles(page);
    const id = await demoFacilityId(page, 'ひまわり保育園（架空）');
    await page.goto(`/m/462187/childcare/facilities/${id}`);
    const map = page.getByRole('region', { name: 'ひまわり保育園（架空）の場所の地図' });
    await expect.poll(() => map.count()).toBe(1);
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBe(1);
    expect(await page.getByText('地理院タイル').count()).toBe(1);
    expect(await page.getByText(/伊集院町郡100-1/).count()).toBeGreaterThan(0);
    const mapApp = page.getByRole('link', { name: '地図アプリで開く' });
    expect(await mapApp.getAttribute('href')).toMatch(
      /^https:\/\/www\.google\.com\/maps\/search\//,
    );
    // The map can be skipped with the keyboard.
    expect(await page.getByRole('link', { name: '地図をとばす' }).count()).toBe(1);
    const events = page.getByRole('heading', { name: 'この施設のイベント' });
    await expect.poll(() => events.count()).toBe(1);
    await expectAccessible(page, 'facility with map');
    await saveScreenshot(page, 'childcare-facility-map-phone');

    await page.getByRole('link', { name: /ひまわり保育園 園庭開放/ }).click();
    await page.waitForURL('**/m/462187/events/**');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('園庭開放');
    // and back from the event to the nursery that holds it.
    await page.getByRole('link', { name: '主催施設の案内と空き状況を見る' }).click();
    await page.waitForURL(`**/m/462187/childcare/facilities/${id}`);

    await page.setViewportSize(deskViewport);
    await page.goto(`/m/462187/childcare/facilities/${id}`);
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBe(1);
    await saveScreenshot(page, 'childcare-facility-map-desk');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('without coordinates still says where it is, with a link to a map app', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    const id = await demoFacilityId(page, 'さくら保育園（架空）');
    await page.route(
      `**/api/public/municipalities/462187/childcare-facilities/${id}`,
      async (route) => {
        const response = await route.fetch();
        const facility = (await response.json()) as Record<string, unknown>;
        await route.fulfill({ response, json: { ...facility, latitude: null, longitude: null } });
      },
    );
    await page.goto(`/m/462187/childcare/facilities/${id}`);
    await expect.poll(() => page.getByRole('link', { name: '地図アプリで開く' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: /の場所の地図/ }).count()).toBe(0);
    expect(await page.getByText(/鹿児島県日置市/).count()).toBeGreaterThan(0);
    const href = await page.getByRole('link', { name: '地図アプリで開く' }).getAttribute('href');
    expect(decodeURIComponent(href!)).toContain('鹿児島県日置市');
    await expectAccessible(page, 'facility without map');
    await saveScreenshot(page, 'childcare-facility-nomap-phone');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});

describe.runIf(enabled)('open data downloads', () => {
  it('a resident downloads the vacancy table as CSV for Excel, with its Japanese name', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.goto('/m/462187/childcare/vacancies');
    await expect.poll(() => page.getByTestId('vacancy-table').count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'この月の表をダウンロード（CSV）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^462187_受け入れ状況表_\d{4}-\d{2}\.csv$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF施設・事業名,施設番号,０歳児')).toBe(true);
    expect(text).toContain('ひまわり保育園（架空）');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('the childcare section downloads the facility list from its status page', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await signInStaff(page, 'hoiku@demo.yorisoi.example');
    await page.goto('/childcare/vacancies/status');
    const link = page.getByRole('link', { name: '子育て施設一覧をダウンロード（CSV）' });
    await expect.poll(() => link.count()).toBe(1);
    await saveScreenshot(page, 'childcare-status-downloads-desk');
    await page.goto('/admin/events');
    await page.getByRole('button', { name: 'イベントを作る' }).click();
    const host = page.getByLabel('主催施設');
    await expect.poll(() => host.locator('option').count()).toBe(23);
    expect(await host.locator('option').first().textContent()).toBe('市（施設なし）');
    await saveScreenshot(page, 'childcare-section-event-create-desk');
    await page.goto('/childcare/vacancies/status');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('462187_子育て施設一覧.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF全国地方公共団体コード,ID,地方公共団体名')).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});

describe.runIf(enabled)('childcare pages in English', () => {
  it('the search, a facility and the vacancy table read in English on a phone', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await withoutTiles(page);
    await page.goto('/m/462187/childcare');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.getByTestId('facility-card').count()).toBeGreaterThan(0);
    // Why each facility matched is written by the server, in the language chosen here.
    await expect.poll(() => page.getByText(/歳児クラス|受け入れ/).count()).toBe(0);
    await saveScreenshot(page, 'childcare-search-en-phone', false);
    const id = await demoFacilityId(page, 'ひまわり保育園（架空）');
    await page.goto(`/m/462187/childcare/facilities/${id}`);
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBe(1);
    // The facts the page writes (not the open-data record as published) are in English.
    expect(await page.locator('.facility-facts').first().textContent()).not.toMatch(
      /か月|歳児|〜|・/,
    );
    await expectAccessible(page, 'facility (en)');
    await saveScreenshot(page, 'childcare-facility-en-phone');
    await page.goto('/m/462187/childcare/vacancies');
    await expect.poll(() => page.getByTestId('vacancy-table').count()).toBe(1);
    await saveScreenshot(page, 'childcare-vacancies-en-phone', false);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
