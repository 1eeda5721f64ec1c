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

describe.runIf(enabled)('stress check of a small employer', () => {
  it('the employer sees only the group analysis, and nothing of a department below k', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await signInStaff(page, 'fukiagehama-soumu@demo.yorisoi.example');
    await page.goto(`${env.baseUrl}/stress-checks`);
    const groups = page.getByTestId('stress-check-group');
    await expect.poll(() => groups.count()).toBe(3);
    expect(await groups.nth(0).textContent()).toContain('事業場全体');
    expect(await groups.nth(0).textContent()).toContain('12人');
    // 開発 (9) and 総務 (3) are below 10: no size, no means.
    for (const n of [1, 2]) {
      const row = (await groups.nth(n).textContent()) ?? '';
      expect(row).toContain('表示できません');
      expect(row).not.toMatch(/\d+人/);
    }
    // No individual result and no worker's name anywhere on the page.
    expect(await page.getByText('高ストレス').count()).toBe(0);
    await page.setViewportSize(deskViewport);
    await expectAccessible(page, 'stress-check group analysis');
    await saveScreenshot(page, 'stress-check-group-analysis-desk');
    await page.setViewportSize(phoneViewport);
    await expectAccessible(page, 'stress-check group analysis on a phone');
    await saveScreenshot(page, 'stress-check-group-analysis-phone');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
