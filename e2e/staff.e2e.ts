import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';
import { currentTotp } from '../packages/server/src/auth/totp.ts';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e } from './use-e2e.ts';
import { enrolTotp, openPage, signInStaff, signInWithPassword } from './flows.ts';

const enabled = requireBrowser();
const env = useE2e(enabled);

describe.runIf(enabled)('staff at a desk', () => {
  it('a supervisor enrols TOTP, adds a midwife, and the midwife activates her account', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await signInWithPassword(page, 'supervisor@demo.yorisoi.example');
    await page.waitForURL('**/mfa/setup');
    await expectAccessible(page, 'mfa setup');
    const secret = await enrolTotp(page);
    await page.waitForURL((url) => url.pathname === '/');
    await expectAccessible(page, 'supervisor home');

    await page.goto('/admin/care-team');
    await expect.poll(() => page.getByText('夏目 ひかり').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'care team');
    await page.getByLabel('氏名').fill('産婆 はな');
    await page.getByLabel('メールアドレス').fill('hana@example.com');
    await page.getByLabel('資格', { exact: true }).selectOption('midwife');
    await page.getByLabel('免許の登録番号').fill('４４５５６６７');
    await page.getByRole('button', { name: 'アカウントを作成する' }).click();
    const activationUrl =
      (await page
        .getByTestId('activation-url')
        .inputValue()
        .catch(() => null)) ?? (await page.getByTestId('activation-url').textContent());
    expect(activationUrl).toContain('/activate?token=');
    await page.getByRole('button', { name: '夏目 ひかりさんの資格を確認済みにする' }).click();
    await expect
      .poll(() =>
        page.getByRole('button', { name: '夏目 ひかりさんの資格を確認済みにする' }).count(),
      )
      .toBe(0);
    // On a phone each member of the team is a card with every value under its name.
    await page.setViewportSize(phoneViewport);
    await saveScreenshot(page, 'care-team-phone');
    const firstCell = page.locator('table.table--stack tbody tr').first().locator('td').first();
    expect(await firstCell.evaluate((cell) => getComputedStyle(cell).display)).toBe('block');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phoneViewport.width,
    );
    await page.setViewportSize(deskViewport);

    await page.goto('/admin/audit');
    await expect.poll(() => page.getByRole('table').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'audit log');
    // An investigation: what did this supervisor do about licences, in words, then as CSV.
    await page.getByLabel('操作した人').selectOption({ label: '冬木 ちひろ（統括）' });
    await page.getByLabel('操作の種類').selectOption({ label: '資格確認（すべての操作）' });
    await page.getByRole('button', { name: 'この条件で表示' }).click();
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('資格確認を記録');
    expect(await rows.first().innerText()).toContain('冬木 ちひろ（統括）');
    await saveScreenshot(page, 'audit-log-desk');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /CSVで書き出す/ }).click();
    const csv = await (await download).path();
    const text = fs.readFileSync(csv!, 'utf8');
    expect(text.startsWith('\uFEFF番号,日時（日本時間）,操作')).toBe(true);
    expect(text).toContain('資格確認を記録');
    await page.setViewportSize(phoneViewport);
    await saveScreenshot(page, 'audit-log-phone');
    await page.setViewportSize(deskViewport);
    expect(problems).toEqual([]);

    const midwife = await openPage(env.browser, env.baseUrl);
    await midwife.page.goto(activationUrl!.replace(/^https?:\/\/[^/]+/, ''));
    await expect.poll(() => midwife.page.getByText(/hana@example.com/).count()).toBeGreaterThan(0);
    await expectAccessible(midwife.page, 'activation');
    await midwife.page.getByLabel('新しいパスワード').fill('midwife password 1');
    await midwife.page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await midwife.page.waitForURL('**/mfa/setup');
    await enrolTotp(midwife.page);
    await midwife.page.waitForURL((url) => url.pathname === '/');
    await expect
      .poll(() =>
        midwife.page.getByText('資格の確認中です。確認済みになると相談を担当できます。').count(),
      )
      .toBe(1);
    await expectAccessible(midwife.page, 'coordinator home');
    expect(midwife.problems).toEqual([]);

    // Next time the supervisor only types the current code.
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await signInWithPassword(page, 'supervisor@demo.yorisoi.example');
    await page.waitForURL('**/mfa/verify');
    await expectAccessible(page, 'mfa verify');
    await new Promise((resolve) => setTimeout(resolve, 31_000 - (Date.now() % 30_000)));
    await page.getByLabel('確認コード（6桁）').fill(currentTotp(secret));
    await page.getByRole('button', { name: '確認する' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await context.close();
    await midwife.context.close();
  });

  it('an employer admin issues a company code with its QR, and sees only how many enrolled', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await signInStaff(page, 'employer@demo.yorisoi.example');
    await expectAccessible(page, 'employer home');
    await page.goto('/admin/invite-codes');
    await expect.poll(() => page.getByText('CARE-7946').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'invite codes');
    await page.getByLabel('用途のメモ（任意）').fill('4月入社');
    await page.getByRole('button', { name: '招待コードを発行する' }).click();
    await expect.poll(() => page.getByText('4月入社').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'CARE-7946のQRコードを表示' }).click();
    await expect
      .poll(() => page.getByRole('img', { name: '寄り添いの登録画面を開くQRコード' }).count())
      .toBe(1);
    await expectAccessible(page, 'invite poster');
    // This test server has no PUBLIC_URL: the QR code points at itself, and the admin is told.
    await expect
      .poll(() => page.getByText('このQRコードは従業員のスマートフォンからは開けません').count())
      .toBe(1);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('worker@demo.yorisoi.example');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('city staff manage employers; the network admin sees municipalities; each page passes axe', async () => {
    const city = await openPage(env.browser, env.baseUrl);
    await signInStaff(city.page, 'city@demo.yorisoi.example');
    await expectAccessible(city.page, 'city home');
    await city.page.goto('/admin/organizations');
    await expect
      .poll(() => city.page.getByText('株式会社いりき建設（架空）').count())
      .toBeGreaterThan(0);
    await expectAccessible(city.page, 'organizations');
    await city.page.getByLabel('事業所名').fill('株式会社e2eテスト（架空）');
    await city.page.getByRole('button', { name: /登録/ }).last().click();
    await expect
      .poll(() => city.page.getByText('株式会社e2eテスト（架空）').count())
      .toBeGreaterThan(0);
    await city.page.getByRole('link', { name: '株式会社ゆのもと食品（架空）' }).click();
    await expect
      .poll(() => city.page.getByText('湯元 たけし（人事担当）').count())
      .toBeGreaterThan(0);
    await expectAccessible(city.page, 'organization detail');
    expect(city.problems).toEqual([]);

    const network = await openPage(env.browser, env.baseUrl);
    await signInStaff(network.page, 'network@demo.yorisoi.example');
    await network.page.goto('/admin/municipalities');
    await expect.poll(() => network.page.getByText('長泉町').count()).toBeGreaterThan(0);
    await expectAccessible(network.page, 'municipalities');
    expect(network.problems).toEqual([]);
    await city.context.close();
    await network.context.close();
  });
});
