import { describe, expect, it } from 'vitest';
import { shifts } from '../packages/server/src/platform/db/schema/index.ts';
import { findUserByEmail } from '../packages/server/src/auth/users.repository.ts';
import { expectAccessible, requireBrowser } from './harness.ts';
import { chatUrl, nobodyOnShift, useE2e } from './use-e2e.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { deskViewport, saveScreenshot } from './screenshots.ts';

/**
 * Issue 13: a crisis nobody can miss, and a console that tells the nurse at once. The
 * nurse is on duty, so the worker's consultation is routed to her while she works
 * elsewhere; the supervisor, on another page, sees the 緊急 count and acts from there.
 */
const enabled = requireBrowser();
const env = useE2e(enabled, undefined, async (started) => {
  await nobodyOnShift(started);
  const { ctx } = started.server;
  const nurse = await findUserByEmail(ctx.db, ctx, 'nurse@demo.yorisoi.example');
  if (!nurse?.municipalityId) throw new Error('no demo nurse');
  await ctx.db.insert(shifts).values({
    municipalityId: nurse.municipalityId,
    userId: nurse.id,
    kind: 'on_duty',
    startsAt: new Date(Date.now() - 3_600_000),
    endsAt: new Date(Date.now() + 8 * 3_600_000),
    createdBy: nurse.id,
  });
});

describe.runIf(enabled)('crises and the care console', () => {
  it('announces the assignment to the nurse, shows the crisis to the supervisor, who joins', async () => {
    const nurse = await openPage(env.browser, env.baseUrl);
    await nurse.page.setViewportSize(deskViewport);
    await signInStaff(nurse.page, 'nurse@demo.yorisoi.example');
    await nurse.page.goto('/care/roster');
    const supervisor = await openPage(env.browser, env.baseUrl);
    await supervisor.page.setViewportSize(deskViewport);
    await signInStaff(supervisor.page, 'supervisor@demo.yorisoi.example');
    const badge = supervisor.page.getByTestId('crisis-badge');
    await expect.poll(() => badge.count(), { timeout: 15_000 }).toBe(1);
    expect(await supervisor.page.getByTestId('crisis-count').count()).toBe(0);

    const worker = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(worker.page, 'worker@demo.yorisoi.example');
    await worker.page.waitForURL((url) => url.pathname === '/');
    await worker.page.goto('/consultations/new');
    await worker.page.getByLabel('メンタル', { exact: true }).check();
    await worker.page.getByLabel('最初のメッセージ').fill('もう消えたい');
    await worker.page.getByRole('button', { name: '相談を始める' }).click();
    await worker.page.waitForURL(chatUrl);
    const consultationPath = new URL(worker.page.url()).pathname;

    // The nurse, on another page, is told at once: a toast and the tab title's count.
    const toast = nurse.page
      .getByTestId('toast')
      .filter({ hasText: '新しい相談が割り当てられました' });
    await expect.poll(() => toast.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => nurse.page.title(), { timeout: 20_000 }).toMatch(/^\(\d+\) /);
    await saveScreenshot(nurse.page, 'console-nurse-toast', false);
    await expectAccessible(nurse.page, 'staff page with an arrival toast');

    // The supervisor's header counts the crisis without a reload.
    const count = supervisor.page.getByTestId('crisis-count');
    await expect.poll(() => count.count(), { timeout: 20_000 }).toBe(1);
    expect(await count.innerText()).toBe('1');
    await badge.click();
    await supervisor.page.waitForURL('**/care/crisis');
    const inbox = supervisor.page.getByTestId('crisis-inbox');
    await expect.poll(() => inbox.locator('tbody tr').count()).toBe(1);
    const row = await inbox.locator('tbody tr').innerText();
    expect(row).toContain('高リスク');
    expect(row).toContain('自殺念慮');
    expect(row).toContain('未確認');
    expect(row).toContain('まだ誰も参加していません');
    expect(row).not.toContain('消えたい');
    await saveScreenshot(supervisor.page, 'crisis-inbox-desk', false);
    await expectAccessible(supervisor.page, 'crisis inbox');

    await supervisor.page.getByRole('button', { name: /^確認した/ }).click();
    await expect.poll(() => count.count()).toBe(0);
    await expect.poll(() => inbox.innerText()).toContain('が確認');

    // Opening it: the message box says why it is closed until the supervisor joins.
    await supervisor.page.getByRole('link', { name: '開いてリスク評価' }).click();
    await supervisor.page.waitForURL(chatUrl);
    const locked = supervisor.page.getByTestId('composer-locked');
    await expect.poll(() => locked.count()).toBe(1);
    expect(await locked.innerText()).toContain('この相談に参加してからメッセージを送れます');
    expect(await locked.locator('textarea').isDisabled()).toBe(true);
    await saveScreenshot(supervisor.page, 'console-supervisor-before-join', false);
    await expectAccessible(supervisor.page, 'supervisor console before joining');
    await locked.getByRole('button', { name: '会話に加わる' }).click();
    await expect.poll(() => locked.count()).toBe(0);
    await supervisor.page
      .getByLabel('メッセージ', { exact: true })
      .fill('統括の者です。一緒にお話を伺います。');
    await supervisor.page.getByRole('button', { name: '送信する' }).click();
    await expect
      .poll(() => worker.page.getByText('統括の者です。一緒にお話を伺います。').count(), {
        timeout: 20_000,
      })
      .toBe(1);

    // The nurse opens it from the toast: the three-pane console.
    await toast.getByRole('link', { name: '開く' }).click();
    await nurse.page.waitForURL((url) => url.pathname === consultationPath);
    await expect.poll(() => nurse.page.getByTestId('console-list').count()).toBe(1);
    await expect.poll(() => nurse.page.getByTestId('person-context').count()).toBe(1);
    await expect.poll(() => nurse.page.getByTestId('risk-history').count()).toBe(1);
    expect(await nurse.page.getByTestId('console-item').count()).toBeGreaterThan(0);
    expect(
      await nurse.page.locator('[data-testid="console-item"][aria-current="page"]').count(),
    ).toBe(1);
    await expect
      .poll(() => nurse.page.getByTestId('holder-load').innerText())
      .toMatch(/いまの担当 [1-9]/);
    await saveScreenshot(nurse.page, 'console-three-pane-desk', false);
    await saveScreenshot(nurse.page, 'console-three-pane-desk-full');
    await nurse.page.getByTestId('person-context').scrollIntoViewIfNeeded();
    await saveScreenshot(nurse.page, 'console-person-context-desk', false);
    await expectAccessible(nurse.page, 'three-pane console');

    // Alt+R puts the cursor in the reply box.
    await nurse.page.keyboard.press('Alt+KeyR');
    expect(
      await nurse.page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? ''),
    ).toBe('textarea');

    // A high-risk consultation cannot simply be closed.
    await nurse.page.getByRole('button', { name: '相談を終了する' }).click();
    await nurse.page.getByLabel('深刻度').selectOption({ index: 1 });
    await nurse.page.getByLabel('対応の結果').selectOption({ index: 1 });
    await nurse.page.getByRole('button', { name: '記録して終了する' }).click();
    await expect
      .poll(() => nurse.page.getByText('リスク評価を記録してください').count())
      .toBeGreaterThan(0);

    for (const side of [nurse, supervisor, worker]) expect(side.problems).toEqual([]);
    await worker.context.close();
    await nurse.context.close();
    await supervisor.context.close();
  });
});
