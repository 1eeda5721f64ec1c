import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

const enabled = requireBrowser();
let env: E2eEnv;

beforeAll(async () => {
  if (enabled) env = await startE2e();
});
afterAll(() => env?.close());

describe.runIf(enabled)('日置市保育のおしごと支援センター', () => {
  it('the centre places a 保育士 in a nursery short of staff, with her agreement', async () => {
    const desk = await openPage(env.browser, env.baseUrl);
    const centre = desk.page;
    await signInStaff(centre, 'hioki-centre@demo.yorisoi.example');
    await expect.poll(() => centre.getByTestId('centre-registered').textContent()).toBe('24人');
    await expect.poll(() => centre.getByTestId('centre-placed').textContent()).toBe('10人');
    // Nurseries short of staff come first.
    await expect
      .poll(() => centre.getByTestId('centre-nursery').first().textContent())
      .toContain('保育士不足');

    // The 保育士 who registered last week: a short nursery's opening first, and why.
    const forSeeker = centre.getByTestId('centre-openings-for-seeker');
    await expect
      .poll(() => forSeeker.locator('.work-suggestion').first().textContent())
      .toContain('保育士不足で受け入れを制限している園です');
    await centre.setViewportSize(deskViewport);
    await expectAccessible(centre, 'job centre');
    await saveScreenshot(centre, 'job-centre-desk');
    await forSeeker.getByRole('button').first().click();
    await expect.poll(() => forSeeker.getByText('提案しました（本人の回答待ち）').count()).toBe(1);
    await expect
      .poll(() => centre.getByTestId('centre-placements').textContent())
      .toContain('ご本人の回答待ち');

    // She agrees on her phone.
    const phone = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(phone.page, 'hioki-hoikushi@demo.yorisoi.example');
    await phone.page.waitForURL((url) => url.pathname === '/');
    await phone.page.getByRole('button', { name: '紹介を受ける' }).click();
    await expect.poll(() => phone.page.getByText('紹介を受けました').count()).toBe(1);
    await saveScreenshot(phone.page, 'job-centre-seeker-accepted-phone', false);

    // The centre records the interview, the offer and the start: she is placed.
    await centre.reload();
    for (const step of ['面接を記録', '内定を記録', '就職を記録（今日から勤務）']) {
      await centre.getByRole('button', { name: `${step}（HJ-024）` }).click();
      await expect
        .poll(() => centre.getByRole('status').filter({ hasText: 'HJ-024' }).count())
        .toBeGreaterThan(0);
    }
    await expect.poll(() => centre.getByTestId('centre-placed').textContent()).toBe('11人');
    await centre.setViewportSize(phoneViewport);
    await expectAccessible(centre, 'job centre on a phone');
    await saveScreenshot(centre, 'job-centre-phone');
    expect(desk.problems).toEqual([]);
    expect(phone.problems).toEqual([]);
    await desk.context.close();
    await phone.context.close();
  }, 240_000);
});
