import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findUserByEmail } from '../packages/server/src/auth/users.repository.ts';
import { insertIntroduction } from '../packages/server/src/matching/introductions.repository.ts';
import { workOpenings, workProfiles } from '../packages/server/src/platform/db/schema/index.ts';
import { mailText } from '../packages/server/src/testing/smtp-sink.ts';
import { useSmtpSink } from '../packages/server/src/testing/use-smtp-sink.ts';
import { expectAccessible, requireBrowser } from './harness.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';
import { useE2e } from './use-e2e.ts';

const enabled = requireBrowser();
const smtp = useSmtpSink();
const env = useE2e(enabled, () => ({
  env: { SMTP_URL: smtp.url, MAIL_FROM: 'Yorisoi <no-reply@test.example>' },
}));

const resident = 'e2e-waku-resident@example.com';
const company = '株式会社わくわく商店（架空）';

async function confirmationLinkMailedTo(email: string): Promise<string> {
  await expect
    .poll(() => smtp.mails.filter((m) => m.to.includes(email)).length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  const text = mailText(smtp.mails.filter((m) => m.to.includes(email)).at(-1)!.raw);
  const link = /https?:\/\/\S+\/signup\/confirm#token=[\w-]+/.exec(text)?.[0];
  expect(link).toBeDefined();
  return link!.replace(/^https?:\/\/[^/]+/, '');
}

/** Programme staff introduce the new participant to わくわく商店's job (their screen is tested in work.e2e.ts). */
async function introduceToCompany(email: string) {
  const { ctx } = env.server;
  const user = (await findUserByEmail(ctx.db, ctx, email))!;
  const [profile] = await ctx.db
    .select()
    .from(workProfiles)
    .where(eq(workProfiles.userId, user.id));
  const [opening] = await ctx.db
    .select()
    .from(workOpenings)
    .where(and(eq(workOpenings.employerName, company), eq(workOpenings.status, 'open')));
  await insertIntroduction(ctx.db, {
    municipalityId: profile!.municipalityId,
    programmeId: profile!.programmeId,
    profileId: profile!.id,
    openingId: opening!.id,
    proposedBy: null,
  });
  return profile!.referenceLabel;
}

let referenceLabel = '';

describe.runIf(enabled)('長泉わくキャリ from its public page', () => {
  it('a resident finds openings on her phone, joins without a code and accepts an introduction', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await page.goto('/m/223417/work');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('お仕事・プロジェクト');
    await expect.poll(() => page.locator('.work-opening').count()).toBe(15);
    expect(await page.getByTestId('public-openings').textContent()).toMatch(/週\d+〜\d+時間/);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? '[]')[0]).toMatchObject({ '@type': 'JobPosting' });
    await expectAccessible(page, 'public openings');
    await saveScreenshot(page, 'work-public-phone');

    await page.locator('.work-opening__title a').first().click();
    await page.waitForURL(/\/m\/223417\/work\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('応募のしかた').count()).toBe(1);
    const one = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(one ?? '{}')).toMatchObject({ '@type': 'JobPosting' });
    await expectAccessible(page, 'public opening');
    await saveScreenshot(page, 'work-opening-phone');

    await page.getByRole('link', { name: '参加を申し込む' }).click();
    await page.waitForURL('**/m/223417/work/join');
    await page.getByLabel('お名前').fill('裾野 みどり（架空）');
    await page.getByLabel('メールアドレス').fill(resident);
    await page.getByLabel('パスワード').fill('e2e password 2026');
    await expectAccessible(page, 'join programme');
    await saveScreenshot(page, 'work-join-phone');
    await page.getByRole('button', { name: '確認メールを送る' }).click();
    await expect.poll(() => page.getByText('確認メールを送りました').count()).toBe(1);

    await page.goto(await confirmationLinkMailedTo(resident));
    await page.getByRole('button', { name: '登録を完了する' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('働き方プロフィール');
    await page.getByRole('button', { name: '火 午前 9–12時' }).click();
    await page.getByRole('button', { name: '木 午前 9–12時' }).click();
    await page.getByRole('button', { name: 'この内容で保存する' }).click();
    await expect.poll(() => page.getByText(/保存しました/).count()).toBe(1);

    referenceLabel = await introduceToCompany(resident);
    await page.reload();
    await expect.poll(() => page.getByTestId('my-introductions').count()).toBe(1);
    await page.getByRole('button', { name: '紹介を受ける' }).click();
    await expect.poll(() => page.getByText('紹介を受けました').count()).toBe(1);
    await saveScreenshot(page, 'work-joined-accepted-phone');
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('a company’s admin posts a project and sees who agreed to be introduced', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl);
    await page.setViewportSize(deskViewport);
    await signInStaff(page, 'waku-company@demo.yorisoi.example');
    await page.goto('/company/work');
    await expect
      .poll(() => page.getByTestId('company-introductions').textContent())
      .toContain(referenceLabel);
    expect(await page.getByTestId('company-introductions').textContent()).toContain('非公開');

    await page.getByRole('button', { name: '新しく募集を掲載する' }).click();
    const form = page.getByTestId('opening-form');
    await form.getByLabel('プロジェクト（成果物のある仕事）').check();
    await form.getByLabel('タイトル').fill('創立記念ノベルティの企画（e2e）');
    await form.getByLabel('つくるもの（成果物）').fill('ノベルティ2種の試作と配布用300個');
    await form.getByLabel('チームの人数').fill('5');
    await form.getByLabel('週の時間（最短）').fill('5');
    await form.getByLabel('週の時間（最長）').fill('200');
    await form.getByRole('button', { name: '火 午前 9–12時' }).click();
    await form.getByRole('button', { name: '木 午前 9–12時' }).click();
    await form.getByLabel('打ち合わせ・作業中の託児あり').check();
    await form.getByLabel('報酬・給与').fill('報酬：1人あたり30,000円');
    await form.getByLabel('キーワード').fill('イラスト、広報');
    await form
      .getByRole('group', { name: 'あるとよい資格' })
      .getByLabel('保育士', { exact: true })
      .check();
    await form.getByRole('button', { name: '掲載する' }).click();
    await expect.poll(() => form.getByText(/週あたりの時間が正しくありません/).count()).toBe(1);
    await saveScreenshot(page, 'work-company-form-error-desk');

    await form.getByLabel('週の時間（最長）').fill('10');
    await form.getByRole('button', { name: '掲載する' }).click();
    await expect.poll(() => page.getByText('掲載しました。').count()).toBe(1);
    const openings = page.getByTestId('company-openings');
    await expect.poll(() => openings.textContent()).toContain('創立記念ノベルティの企画（e2e）');
    expect(await openings.textContent()).toContain('火・木の午前（9:00〜12:00）');
    // Editing starts from the keywords and qualifications as posted.
    await openings
      .locator('.work-opening', { hasText: '創立記念ノベルティの企画（e2e）' })
      .getByRole('button', { name: '編集する' })
      .click();
    const editForm = page.getByTestId('opening-form');
    expect(await editForm.getByLabel('キーワード').inputValue()).toBe('イラスト、広報');
    expect(
      await editForm
        .getByRole('group', { name: 'あるとよい資格' })
        .getByLabel('保育士', { exact: true })
        .isChecked(),
    ).toBe(true);
    await editForm.getByLabel('キーワード').fill('イラスト、広報、Excel');
    await editForm.getByRole('button', { name: '変更を保存する' }).click();
    await expect.poll(() => page.getByText('変更を保存しました。').count()).toBe(1);
    await expectAccessible(page, 'company openings');
    await saveScreenshot(page, 'work-company-desk');
    await page.setViewportSize(phoneViewport);
    await saveScreenshot(page, 'work-company-phone');

    await page.goto('/m/223417/work');
    await expect
      .poll(() => page.getByTestId('public-openings').textContent())
      .toContain('創立記念ノベルティの企画（e2e）');
    await page.setViewportSize(deskViewport);
    await saveScreenshot(page, 'work-public-desk');
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
  it('programme staff register a remote project of a company outside the town', async () => {
    const { page, problems, context } = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInStaff(page, 'waku-staff@demo.yorisoi.example');
    await page.goto('/work/openings/new');
    const form = page.getByTestId('opening-form');
    await form.getByLabel('企業・団体名').fill('京都からかみ工房（架空）');
    await form.getByLabel('所在地（町外・海外の企業）').fill('京都府京都市');
    await form.getByLabel('タイトル').fill('商品紹介の英訳プロジェクト（e2e）');
    await form.getByLabel('週の時間（最短）').fill('3');
    await form.getByLabel('週の時間（最長）').fill('6');
    await form.getByLabel('リモート', { exact: true }).check();
    await expectAccessible(page, 'staff opening form');
    await saveScreenshot(page, 'work-staff-opening-phone');
    await form.getByRole('button', { name: '掲載する' }).click();
    await expect.poll(() => page.getByText('掲載しました。').count()).toBe(1);

    await page.goto('/m/223417/work');
    const item = page.locator('.work-opening', { hasText: '商品紹介の英訳プロジェクト（e2e）' });
    await expect.poll(() => item.textContent()).toContain('京都府京都市の企業');
    expect(await item.textContent()).toContain('リモート可');

    // From their desk, staff edit it (keywords, a required qualification), then close it.
    await page.goto('/');
    const choice = '商品紹介の英訳プロジェクト（e2e）（京都からかみ工房（架空））';
    await page.getByLabel('募集（求人・プロジェクト）').selectOption({ label: choice });
    const actions = page.getByTestId('staff-opening-actions');
    await actions.getByRole('button', { name: '編集する' }).click();
    const edit = actions.getByTestId('opening-form');
    expect(await edit.getByLabel('タイトル').inputValue()).toBe(
      '商品紹介の英訳プロジェクト（e2e）',
    );
    await edit.getByLabel('キーワード').fill('英訳、翻訳');
    await edit
      .getByRole('group', { name: '必須の資格' })
      .getByLabel('看護師', { exact: true })
      .check();
    await expectAccessible(page, 'staff edits an opening');
    await saveScreenshot(page, 'work-staff-edit-opening-phone');
    await edit.getByRole('button', { name: '変更を保存する' }).click();
    await expect.poll(() => actions.getByText('変更を保存しました。').count()).toBe(1);
    // Nobody in the demo is a 看護師: the suggestions, read again, now have no one.
    await expect
      .poll(() => page.getByTestId('work-suggestions').locator('li.work-suggestion').count())
      .toBe(0);
    await actions.getByRole('button', { name: '編集する' }).click();
    expect(await actions.getByLabel('キーワード').inputValue()).toBe('英訳、翻訳');
    await actions.getByRole('button', { name: 'やめる' }).click();
    await actions.getByRole('button', { name: '募集を終了する' }).click();
    await page.setViewportSize(deskViewport);
    await saveScreenshot(page, 'work-staff-close-opening-desk');
    await actions.getByRole('button', { name: '終了する' }).click();
    await expect
      .poll(() => page.getByLabel('募集（求人・プロジェクト）').locator('option').allInnerTexts())
      .not.toContain(choice);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});
