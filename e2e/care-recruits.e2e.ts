/**
 * Growing the care team (issue 22): a licensed nurse registers interest on her phone from
 * 日置市's public page (nights and a weekend), and a supervisor at a desk finds her with
 * the matching engine's fit, calls her, and records the interview, training, the licence
 * check and certification, in that order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
let env: E2eEnv;

beforeAll(async () => {
  if (enabled) env = await startE2e();
});
afterAll(() => env?.close());

describe.runIf(enabled)('日置市 finds licensed residents for the care team', () => {
  it('a nurse registers on her phone; a supervisor moves her to certified', async () => {
    const phone = await openPage(env.browser, env.baseUrl, { phone: true });
    const resident = phone.page;
    await resident.goto('/m/462187/care-team');
    await expect
      .poll(() => resident.getByRole('heading', { level: 1 }).textContent())
      .toBe('日置市のウェルネスコーディネーターになりませんか');
    // Without consent nothing is sent, and the page says why.
    await resident.getByLabel('お名前').fill('吹上 ゆかり（架空）');
    await resident.getByLabel('メールアドレス').fill('yukari@example.test');
    await resident.getByLabel('免許の登録番号（任意）').fill('12-34AB');
    await resident.getByRole('button', { name: '関心を登録する' }).click();
    await expect
      .poll(() => resident.getByText('登録番号は数字4〜10桁です').count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => resident.getByText('連絡を受けることへの同意がないと登録できません').count())
      .toBeGreaterThan(0);
    await expectAccessible(resident, 'interest form with problems');
    await resident.getByLabel('免許の登録番号（任意）').fill('第１２３４５６号');
    await resident.getByLabel('最後に看護職として働いてから何年ですか').fill('3');
    for (const cell of ['土 夜遅く 22–24時', '日 深夜 0–7時', '水 夕方・夜 17–22時'])
      await resident.getByRole('button', { name: cell }).click();
    await resident.getByLabel(/連絡を受けることに同意します/).check();
    await saveScreenshot(resident, 'care-recruits-join-phone');
    await resident.getByRole('button', { name: '関心を登録する' }).click();
    await expect.poll(() => resident.getByText('ご登録ありがとうございました').count()).toBe(1);
    expect(phone.problems).toEqual([]);

    const desk = await openPage(env.browser, env.baseUrl);
    const staff = desk.page;
    await staff.setViewportSize(deskViewport);
    await signInStaff(staff, 'supervisor@demo.yorisoi.example');
    await staff.goto('/care/recruits');
    const card = staff.getByTestId('recruit').filter({ hasText: '吹上 ゆかり（架空）' });
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(() => card.getByTestId('recruit-fit').textContent()).toContain('適合度');
    await expect.poll(() => card.textContent()).toContain('登録番号 123456');
    for (const step of ['面談', '研修中']) {
      await card.getByRole('button', { name: `「${step}」を記録` }).click();
      await expect.poll(() => card.getByText(step, { exact: true }).count()).toBeGreaterThan(0);
    }
    // Certification needs the licence checked first: the button is refused with the reason.
    await card.getByRole('button', { name: '「認定」を記録' }).click();
    await expect
      .poll(() => card.getByText(/免許を名簿で確認するまで認定できません/).count())
      .toBe(1);
    await card.getByRole('button', { name: '免許を名簿で確認した' }).click();
    await expect.poll(() => card.getByText('免許確認済み').count()).toBe(1);
    await card.getByRole('button', { name: '「認定」を記録' }).click();
    await expect
      .poll(() => card.getByRole('button', { name: '「シフト入り」を記録' }).count())
      .toBe(1);
    await expectAccessible(staff, 'recruit pool');
    await saveScreenshot(staff, 'care-recruits-pool-desk');
    await staff.setViewportSize(phoneViewport);
    await saveScreenshot(staff, 'care-recruits-pool-phone');
    expect(desk.problems).toEqual([]);
  });
});
