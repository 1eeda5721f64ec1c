/**
 * The shared night pool in the browser (issue 18): a 日置市 worker writes, nobody of 日置市
 * is on duty, the consultation passes to the network's pool, 鹿児島市's night nurse takes
 * it, answers (the worker is told: the night team, a licence), and hands it over; the
 * 日置市 team finds the handover note in its queue in the morning.
 *
 * The server has no controllable clock, so instead of moving time to 3 a.m. the demo's
 * agreement hours and the night nurse's pool duty are moved to cover the present moment,
 * and the consultation is made overdue by setting its start back 20 minutes.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { japanTimeOf } from '@yorisoi/shared';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e, nobodyOnShift, chatUrl } from './use-e2e.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';
import {
  consultations,
  poolAgreements,
  poolDuties,
} from '../packages/server/src/platform/db/schema/index.ts';
import { findUserByEmail } from '../packages/server/src/auth/users.repository.ts';
import { passOverdueToPool } from '../packages/server/src/pool/pool.service.ts';

const enabled = requireBrowser();
const env = useE2e(enabled, undefined, async (e) => {
  await nobodyOnShift(e);
  const ctx = e.server.ctx;
  const minute = japanTimeOf(ctx.now()).minutesOfDay;
  await ctx.db
    .update(poolAgreements)
    .set({ startsMinute: (minute + 1380) % 1440, endsMinute: (minute + 180) % 1440 });
  const nurse = await findUserByEmail(ctx.db, ctx, 'kagoshima-night@demo.yorisoi.example');
  const now = ctx.now().getTime();
  await ctx.db.insert(poolDuties).values({
    municipalityId: nurse!.municipalityId!,
    userId: nurse!.id,
    startsAt: new Date(now - 3_600_000),
    endsAt: new Date(now + 3 * 3_600_000),
    createdBy: nurse!.id,
  });
});

describe.runIf(enabled)('the night pool', () => {
  it('a 鹿児島市 night nurse answers a 日置市 worker and hands over to 日置市', async () => {
    const worker = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(worker.page, 'worker@demo.yorisoi.example');
    await worker.page.waitForURL((url) => url.pathname === '/');
    await worker.page.getByRole('link', { name: '相談を始める' }).click();
    await worker.page.getByLabel('最初のメッセージ').fill('夜中に動悸がして眠れません。');
    await worker.page.getByLabel('メンタル', { exact: true }).check();
    await worker.page.getByRole('button', { name: '相談を始める' }).click();
    await worker.page.waitForURL(chatUrl);
    const consultationId = worker.page.url().split('/').at(-1)!;

    // Nobody of 日置市 took it within its target: the sweep passes it to the pool.
    const ctx = env.server.ctx;
    await ctx.db
      .update(consultations)
      .set({ createdAt: new Date(ctx.now().getTime() - 20 * 60_000) })
      .where(eq(consultations.id, consultationId));
    expect(await passOverdueToPool(ctx)).toBe(1);

    const desk = await openPage(env.browser, env.baseUrl);
    const nurse = desk.page;
    await signInStaff(nurse, 'kagoshima-night@demo.yorisoi.example');
    await nurse.goto(`${env.baseUrl}/care/pool`);
    await expect.poll(() => nurse.getByTestId('pool-queue-item').count()).toBe(1);
    await nurse.setViewportSize(deskViewport);
    await saveScreenshot(nurse, 'pool-queue-desk');
    await nurse.getByRole('button', { name: 'この相談を引き受ける' }).click();
    await expect
      .poll(() => nurse.getByTestId('pool-messages').textContent())
      .toContain('夜中に動悸がして眠れません。');
    expect(await nurse.getByTestId('pool-emergency').textContent()).toContain('日置市');
    await nurse
      .getByLabel('お返事')
      .fill('夜間チームの看護師です。いま胸の痛みや息苦しさはありますか。');
    await nurse.getByRole('button', { name: '送信' }).click();
    await expect
      .poll(() => nurse.getByTestId('pool-messages').textContent())
      .toContain('夜間チームの看護師です。');
    await expectAccessible(nurse, 'pool case');
    await saveScreenshot(nurse, 'pool-case-desk');
    await nurse.setViewportSize(phoneViewport);
    await saveScreenshot(nurse, 'pool-case-phone');

    // The worker sees the answer and is told who answers: the night team, by licence.
    await worker.page.reload();
    await expect
      .poll(() => worker.page.getByTestId('night-team').textContent())
      .toContain('看護師');
    const notice = (await worker.page.getByTestId('night-team').textContent()) ?? '';
    expect(notice).not.toContain('鹿児島');
    expect(notice).not.toContain('桜島');
    await saveScreenshot(worker.page, 'pool-person-phone', false);

    // The morning handover.
    await nurse.setViewportSize(deskViewport);
    await nurse.getByLabel('引き継ぎの要約').fill('動悸は落ち着いた。朝に保健師から電話を希望。');
    await nurse.getByRole('button', { name: '要約をつけて引き継ぐ' }).click();
    await expect.poll(() => nurse.getByText('引き継ぎました').count()).toBe(1);

    // 日置市's supervisor finds it in the queue in the morning, with the handover note.
    const morning = await openPage(env.browser, env.baseUrl);
    await signInStaff(morning.page, 'supervisor@demo.yorisoi.example');
    await morning.page.goto(`${env.baseUrl}/consultations/${consultationId}`);
    await expect
      .poll(() => morning.page.getByText('動悸は落ち着いた。朝に保健師から電話を希望。').count())
      .toBeGreaterThan(0);
    const [row] = await ctx.db
      .select()
      .from(consultations)
      .where(eq(consultations.id, consultationId));
    expect(row).toMatchObject({ status: 'queued', assignedCoordinatorId: null });
    await morning.page.getByTestId('note').first().scrollIntoViewIfNeeded();
    await saveScreenshot(morning.page, 'pool-handover-hioki-desk', false);
    expect(desk.problems).toEqual([]);
  });
});
