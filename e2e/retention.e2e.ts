import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startConsultation } from '../packages/server/src/consultations/consultations.service.ts';
import { findUserByEmail } from '../packages/server/src/auth/users.repository.ts';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e } from './use-e2e.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

/**
 * Retention (issue 21): city staff set how long records are kept, a period below its
 * minimum is refused on the screen; a supervisor puts a legal hold on a consultation,
 * which the console shows, and lifts it.
 */
const enabled = requireBrowser();
const env = useE2e(enabled);

describe.runIf(enabled)('retention', () => {
  it('city staff read the periods with their reasons and change one; too short is refused', async () => {
    const city = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInStaff(city.page, 'city@demo.yorisoi.example');
    await city.page.goto(`${env.baseUrl}/statistics/settings`);
    await city.page.getByRole('link', { name: '記録の保存期間' }).click();
    await city.page.waitForURL('**/settings/retention');
    const consultations = city.page.getByTestId('retention-consultations');
    await expect
      .poll(() => consultations.innerText())
      .toContain('60か月（5年） 相談の終了から（標準）');
    await saveScreenshot(city.page, 'retention-settings-phone');
    const field = (kind: string) => city.page.locator(`input[name="${kind}"]`);
    await field('audit_log').fill('24');
    await city.page.getByRole('button', { name: '保存期間を変更する' }).click();
    await expect
      .poll(() => city.page.getByText('60〜600の整数（か月）を入力してください。').count())
      .toBe(1);
    await field('audit_log').fill('120');
    await field('event_registrations').fill('6');
    await city.page.getByRole('button', { name: '保存期間を変更する' }).click();
    await expect
      .poll(() => city.page.getByTestId('retention-audit_log').innerText())
      .toContain('120か月（10年） 記録した日から');
    expect(await city.page.getByTestId('retention-event_registrations').innerText()).toContain(
      '6か月 イベントの終了から',
    );
    expect(await city.page.getByText('保存期間を変更しました').count()).toBe(1);
    await expectAccessible(city.page, 'retention settings');
    await city.page.setViewportSize(deskViewport);
    await saveScreenshot(city.page, 'retention-settings-desk');
    await city.context.close();
  });

  it('a supervisor puts a consultation on legal hold, the console shows it, and lifts it', async () => {
    const { ctx } = env.server;
    const worker = await findUserByEmail(ctx.db, ctx, 'worker@demo.yorisoi.example');
    const started = await startConsultation(ctx, {
      actor: {
        userId: worker!.id,
        sessionId: 'e2e',
        role: 'worker',
        municipalityId: worker!.municipalityId,
        organizationId: worker!.organizationId,
        locale: 'ja',
        mfaSatisfied: true,
      },
      topics: ['harassment'],
      preference: 'chat',
      firstMessage: { clientMsgId: crypto.randomUUID(), body: '上司からの言動について相談です' },
    });
    const consultation = started.consultation;
    const supervisor = await openPage(env.browser, env.baseUrl);
    await supervisor.page.setViewportSize(deskViewport);
    await signInStaff(supervisor.page, 'supervisor@demo.yorisoi.example');
    await supervisor.page.goto(`${env.baseUrl}/consultations/${consultation.id}`);
    const reason = supervisor.page.getByLabel('保存指示の理由');
    await reason.waitFor({ timeout: 20_000 });
    await reason.fill('令和8年（ワ）第12号 文書提出命令のため');
    await supervisor.page.getByRole('button', { name: '保存指示をかける' }).click();
    const held = supervisor.page.getByTestId('legal-hold');
    await held.waitFor({ timeout: 20_000 });
    expect(await held.innerText()).toContain('消去されません');
    expect(await supervisor.page.getByTestId('legal-hold-reason').innerText()).toBe(
      '令和8年（ワ）第12号 文書提出命令のため',
    );
    await expectAccessible(supervisor.page, 'console with a legal hold');
    await held.scrollIntoViewIfNeeded();
    await saveScreenshot(supervisor.page, 'legal-hold-desk', false);
    await supervisor.page.setViewportSize(phoneViewport);
    await held.scrollIntoViewIfNeeded();
    await saveScreenshot(supervisor.page, 'legal-hold-phone', false);
    await supervisor.page.setViewportSize(deskViewport);
    // Lifting asks first, naming what follows.
    await held.getByRole('button', { name: '保存指示を解除する' }).click();
    expect(await supervisor.page.getByText('次の処理で消去されます').count()).toBe(1);
    await held.getByRole('button', { name: '保存指示を解除する' }).last().click();
    await expect.poll(() => supervisor.page.getByTestId('legal-hold').count()).toBe(0);
    expect(await supervisor.page.getByRole('button', { name: '保存指示をかける' }).count()).toBe(1);
    await supervisor.context.close();
  });
});
