import { describe, expect, it } from 'vitest';
import { cannedReplies, shifts } from '../packages/server/src/platform/db/schema/index.ts';
import { findUserByEmail } from '../packages/server/src/auth/users.repository.ts';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e, nobodyOnShift, chatUrl } from './use-e2e.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';

const enabled = requireBrowser();
const env = useE2e(enabled, undefined, nobodyOnShift);

/** Tomorrow's date in Japan time, YYYY-MM-DD. */
function tomorrowInJapan(): string {
  return new Date(Date.now() + 9 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
}

async function demoUser(email: string) {
  const { ctx } = env.server;
  const user = await findUserByEmail(ctx.db, ctx, email);
  if (!user?.municipalityId) throw new Error(`no demo user ${email}`);
  return { id: user.id, municipalityId: user.municipalityId, displayName: user.displayName };
}

/** The nurse on duty and the public-health nurse on call from an hour ago, and one template. */
async function staffTheShiftNow() {
  const nurse = await demoUser('nurse@demo.yorisoi.example');
  const phn = await demoUser('phn@demo.yorisoi.example');
  const startsAt = new Date(Date.now() - 3_600_000);
  const endsAt = new Date(Date.now() + 8 * 3_600_000);
  const planned = { municipalityId: nurse.municipalityId, startsAt, endsAt, createdBy: nurse.id };
  await env.server.ctx.db.insert(shifts).values([
    { ...planned, userId: nurse.id, kind: 'on_duty' },
    { ...planned, userId: phn.id, kind: 'on_call' },
  ]);
  await env.server.ctx.db.insert(cannedReplies).values({
    municipalityId: nurse.municipalityId,
    title: 'はじめのあいさつ',
    body: '{{name}}さん、担当の{{coordinator}}です。ご連絡ありがとうございます。',
    createdBy: nurse.id,
  });
  return { nurse, phn };
}

type Side = Awaited<ReturnType<typeof openPage>>;
let nurseSide: Side | undefined;

/** The nurse signs in once (enrolling TOTP) and keeps her session for every test. */
async function signedInNurse(): Promise<Side> {
  if (nurseSide) return nurseSide;
  nurseSide = await openPage(env.browser, env.baseUrl);
  await signInStaff(nurseSide.page, 'nurse@demo.yorisoi.example');
  return nurseSide;
}

describe.runIf(enabled)('the care team’s tools', () => {
  let consultationUrl = '';

  it('tells a waiting person honestly that nobody is on duty, and guides the nurse through a risk', async () => {
    const worker = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(worker.page, 'worker@demo.yorisoi.example');
    await worker.page.waitForURL((url) => url.pathname === '/');
    await worker.page.goto('/consultations/new');
    await worker.page.getByLabel('キャリア', { exact: true }).check();
    await worker.page
      .getByLabel('最初のメッセージ')
      .fill('仕事がつらくて、もう死にたいと思ってしまいます。');
    await worker.page.getByRole('button', { name: '相談を始める' }).click();
    await worker.page.waitForURL(chatUrl);
    consultationUrl = new URL(worker.page.url()).pathname;

    const waiting = worker.page.getByTestId('waiting-status');
    await expect.poll(() => waiting.count()).toBe(1);
    expect(await waiting.innerText()).toContain('いまは対応できる相談員がいません');
    expect(await waiting.innerText()).toContain('番目にお待ちいただいています');
    expect(await waiting.locator('a[href="tel:0570783556"]').count()).toBe(1);
    await expectAccessible(worker.page, 'waiting status, nobody on duty');

    const nurse = await signedInNurse();
    await nurse.page.goto('/care/queue');
    await nurse.page.getByRole('button', { name: /担当する/ }).click();
    await nurse.page.waitForURL(chatUrl);

    const risk = nurse.page.getByTestId('risk-panel');
    await expect.poll(() => risk.count()).toBe(1);
    const riskText = await risk.innerText();
    expect(riskText).toContain('自殺念慮');
    expect(riskText).toContain('自殺念慮を直接たずねる');
    expect(await risk.locator('a[href="tel:0120279338"]').count()).toBe(1);
    await expect
      .poll(() => nurse.page.getByTestId('assignment-reason').innerText())
      .toContain('相談キューから担当しました');
    expect(await nurse.page.getByText('この欄の内容は相談者には表示されません。').count()).toBe(1);
    await expectAccessible(nurse.page, 'chat with the risk panel');

    await nurse.page.getByRole('button', { name: 'リスク評価を記録した' }).click();
    await expect.poll(() => risk.count()).toBe(0);
    await expect.poll(() => nurse.page.getByTestId('risk-acknowledged').count()).toBe(1);

    const note = '本人の安全を確認済み。明日の朝にもう一度連絡する。';
    await nurse.page.getByRole('button', { name: 'メモを保存する' }).click();
    await expect.poll(() => nurse.page.getByText('メモを入力してください。').count()).toBe(1);
    await nurse.page.getByLabel('メモを追加').fill(note);
    await nurse.page.getByRole('button', { name: 'メモを保存する' }).click();
    await expect
      .poll(() => nurse.page.getByTestId('note').filter({ hasText: note }).count())
      .toBe(1);
    expect(await nurse.page.getByLabel('メモを追加').inputValue()).toBe('');

    // Nobody else is on shift, so there is nobody to hand over to.
    await nurse.page.getByRole('button', { name: '引き継ぐ' }).click();
    await expect
      .poll(() => nurse.page.getByText('いま勤務中で引き継げる人がいません。').count())
      .toBe(1);
    await expectAccessible(nurse.page, 'chat with notes and handover');

    // The person never sees the note.
    await worker.page.reload();
    await expect.poll(() => worker.page.getByTestId('message').count()).toBeGreaterThan(0);
    expect(await worker.page.getByText(note).count()).toBe(0);

    await nurse.page.getByRole('link', { name: '勤務表' }).click();
    await nurse.page.waitForURL('**/care/roster');
    await expect.poll(() => nurse.page.getByTestId('coverage').count()).toBe(1);
    expect(
      await nurse.page.getByText('勤務表の変更は統括コーディネーターが行います。').count(),
    ).toBe(1);
    expect(await nurse.page.getByRole('button', { name: '勤務を追加する' }).count()).toBe(0);
    await expectAccessible(nurse.page, 'roster, read only');

    expect(worker.problems).toEqual([]);
    expect(nurse.problems).toEqual([]);
    await worker.context.close();
  });

  it('shows the supervisor the roster with its gaps, plans and removes a shift, and asks to break glass', async () => {
    const supervisor = await openPage(env.browser, env.baseUrl);
    await signInStaff(supervisor.page, 'supervisor@demo.yorisoi.example');
    await supervisor.page.getByRole('link', { name: '勤務表' }).click();
    await supervisor.page.waitForURL('**/care/roster');

    const coverage = supervisor.page.getByTestId('coverage');
    await expect.poll(() => coverage.count()).toBe(1);
    expect(await coverage.locator('tbody tr').count()).toBe(14);
    expect(await coverage.locator('thead th').count()).toBe(25);
    expect(await coverage.locator('td[data-gap="true"]').count()).toBe(14 * 24);
    expect(await supervisor.page.getByTestId('gap-count').innerText()).toContain('336時間');
    await expectAccessible(supervisor.page, 'roster');

    const day = tomorrowInJapan();
    await supervisor.page.getByLabel('担当者').selectOption({ index: 1 });
    await supervisor.page.getByLabel('開始').fill(`${day}T09:10`);
    await supervisor.page.getByLabel('終了').fill(`${day}T17:00`);
    await supervisor.page.getByRole('button', { name: '勤務を追加する' }).click();
    await expect
      .poll(() =>
        supervisor.page.getByText('15分単位（00・15・30・45分）で入力してください。').count(),
      )
      .toBe(1);
    await supervisor.page.getByLabel('開始').fill(`${day}T09:00`);
    await supervisor.page.getByRole('button', { name: '勤務を追加する' }).click();
    await expect
      .poll(() => supervisor.page.getByTestId('shifts').locator('tbody tr').count())
      .toBe(1);
    expect(await supervisor.page.getByTestId('shifts').innerText()).toContain('09:00');
    await expectAccessible(supervisor.page, 'roster with a shift');

    await supervisor.page.getByRole('button', { name: /勤務を削除する/ }).click();
    await expect
      .poll(() => supervisor.page.getByText('この期間の勤務はまだありません。').count())
      .toBe(1);

    await supervisor.page.goto(consultationUrl);
    const request = supervisor.page.getByTestId('disclosure-request');
    await expect.poll(() => request.count()).toBe(1);
    await supervisor.page.getByLabel('申請の理由（20文字以上）').fill('緊急です');
    await supervisor.page.getByRole('button', { name: '開示を申請する' }).click();
    await expect
      .poll(() => supervisor.page.getByText('理由を20文字以上で書いてください。').count())
      .toBe(1);
    await supervisor.page
      .getByLabel('申請の理由（20文字以上）')
      .fill('本人が具体的な手段を示して連絡が途絶えたため、警察への通報に身元が必要です。');
    await supervisor.page.getByRole('button', { name: '開示を申請する' }).click();
    await expect
      .poll(() => supervisor.page.getByText('別の統括コーディネーターの承認を待っています').count())
      .toBe(1);
    await expectAccessible(supervisor.page, 'supervisor chat with the care panel');

    await supervisor.page.getByRole('button', { name: '管理' }).click();
    await supervisor.page.getByRole('link', { name: '身元開示の申請' }).click();
    await supervisor.page.waitForURL('**/care/disclosures');
    await expect.poll(() => supervisor.page.getByTestId('disclosures').count()).toBe(1);
    expect(await supervisor.page.getByTestId('disclosures').innerText()).toContain('承認待ち');
    expect(await supervisor.page.getByRole('button', { name: '承認する' }).count()).toBe(0);
    await expectAccessible(supervisor.page, 'disclosures');

    expect(supervisor.problems).toEqual([]);
    await supervisor.context.close();
  });

  it('routes to the nurse on duty with its reasons, fills a template, and hands over to a colleague on shift', async () => {
    const { nurse: nurseUser, phn: phnUser } = await staffTheShiftNow();
    const worker = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(worker.page, 'worker2@demo.yorisoi.example');
    await worker.page.waitForURL((url) => url.pathname === '/');
    await worker.page.goto('/consultations/new');
    await worker.page.getByLabel('育児', { exact: true }).check();
    await worker.page
      .getByLabel('最初のメッセージ')
      .fill('子どもの夜泣きが続いて、夫婦とも眠れていません。');
    await worker.page.getByRole('button', { name: '相談を始める' }).click();
    await worker.page.waitForURL(chatUrl);
    const url = new URL(worker.page.url()).pathname;

    const nurse = await signedInNurse();
    await nurse.page.goto(url);
    const reason = nurse.page.getByTestId('assignment-reason');
    await expect.poll(() => reason.count()).toBe(1);
    expect(await reason.innerText()).toContain('自動で割り当てられました');

    await nurse.page.getByLabel('返信テンプレート').selectOption({ label: 'はじめのあいさつ' });
    await nurse.page.getByRole('button', { name: 'メッセージ欄に入れる' }).click();
    expect(await nurse.page.getByLabel('メッセージ', { exact: true }).inputValue()).toBe(
      `相談者さん、担当の${nurseUser.displayName}です。ご連絡ありがとうございます。`,
    );
    await expectAccessible(nurse.page, 'chat with a template');

    const handover = '夜泣きの相談です。睡眠不足が続いているので、体調も確認してください。';
    await nurse.page.getByRole('button', { name: '引き継ぐ' }).click();
    await nurse.page
      .getByLabel('引き継ぐ相手（いま勤務中の人）')
      .selectOption({ label: phnUser.displayName });
    await nurse.page.getByLabel('引き継ぎメモ').fill(handover);
    await expectAccessible(nurse.page, 'handover form');
    await nurse.page.getByRole('button', { name: '引き継ぐ' }).click();
    await nurse.page.waitForURL((u) => u.pathname === '/consultations');

    const phn = await openPage(env.browser, env.baseUrl);
    await signInStaff(phn.page, 'phn@demo.yorisoi.example');
    await phn.page.goto(url);
    const note = phn.page.getByTestId('note').filter({ hasText: handover });
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.innerText()).toContain('引き継ぎ');
    await expect
      .poll(() => phn.page.getByTestId('assignment-reason').innerText())
      .toContain('引き継ぎで担当になりました');

    for (const side of [worker, nurse, phn]) {
      expect(side.problems).toEqual([]);
      await side.context.close();
    }
  });
});
