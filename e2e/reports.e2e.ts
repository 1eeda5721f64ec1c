import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e } from './use-e2e.ts';
import { openPage, signInStaff } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

/**
 * Issue 13, "Reports read like reports": city staff write a draft around the released
 * figures, a supervisor returns it with a comment, the city revises it with a practice
 * from the library, the supervisor approves it, and the A4 publication reads like one.
 */
const enabled = requireBrowser();
const env = useE2e(enabled);

const title = '日置市 働く人の保健室 令和8年度 報告（E2E）';

/** Both sizes of the page as it is now, looked at after the run. */
async function shoot(page: Page, name: string) {
  await page.setViewportSize(phoneViewport);
  await saveScreenshot(page, `${name}-phone`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${name} fits a phone`).toBeLessThanOrEqual(phoneViewport.width);
  await page.setViewportSize(deskViewport);
  await saveScreenshot(page, `${name}-desk`);
}

/** A supervisor finds reports under 「管理」; the list is opened by its address here. */
async function openReport(page: Page) {
  await page.goto('/reports');
  await page.getByTestId('report-list').getByRole('link', { name: title }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
}

describe.runIf(enabled)('a report from draft to publication', () => {
  it('is written, returned with a comment, revised with a practice, approved and printed', async () => {
    const city = await openPage(env.browser, env.baseUrl);
    await signInStaff(city.page, 'city@demo.yorisoi.example');
    const supervisor = await openPage(env.browser, env.baseUrl);
    await signInStaff(supervisor.page, 'supervisor@demo.yorisoi.example');
    const c = city.page;
    const s = supervisor.page;

    // City staff draft a policy report and write it around its released tables.
    await c.getByRole('link', { name: '報告書' }).first().click();
    await c.waitForURL('**/reports');
    await c.getByLabel('タイトル').fill('下書き');
    await c.getByRole('button', { name: '下書きを作成する' }).click();
    await c.getByTestId('report-list').getByRole('link', { name: '下書き', exact: true }).click();
    await c.getByRole('button', { name: '下書きを編集する' }).click();
    const editor = c.getByTestId('report-editor');
    // Nothing unsaved can be sent for approval.
    await expect.poll(() => c.getByText('編集中です。').count()).toBe(1);
    expect(await c.getByRole('button', { name: '承認を依頼する' }).count()).toBe(0);
    await editor.getByLabel('タイトル').fill('');
    await editor.getByRole('button', { name: '下書きを保存する' }).click();
    await expect.poll(() => editor.getByText('タイトルを入力してください').count()).toBe(1);
    await editor.getByLabel('タイトル').fill(title);
    await editor.getByLabel('概要').fill('働き方と両立支援についての相談が多く寄せられました。');
    await editor.getByRole('button', { name: '所見を追加する' }).click();
    await editor
      .getByLabel('所見1の本文')
      .fill('相談のテーマの内訳です。少人数の区分は示していません。');
    await editor.getByLabel('所見1で引用する表').selectOption({ label: '相談テーマ別の相談者数' });
    await editor.getByLabel('市からのことば（自由記述）').fill('市は事業所と一緒に取り組みます。');
    await expectAccessible(c, 'report editor');
    await shoot(c, 'report-editor');
    await editor.getByRole('button', { name: '下書きを保存する' }).click();
    await expect.poll(() => c.getByText('第2版として保存しました。').count()).toBe(1);
    await expect.poll(() => c.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
    const doc = c.getByTestId('report-document');
    expect(await doc.innerText()).toContain('相談のテーマの内訳です。');
    expect(await doc.locator('svg').count()).toBeGreaterThan(0);
    await c.getByRole('button', { name: '承認を依頼する' }).click();
    await expect.poll(() => c.getByTestId('report-history').innerText()).toContain('承認を依頼');

    // The supervisor returns it with a comment.
    await openReport(s);
    const review = s.getByTestId('report-review');
    await review.getByRole('button', { name: 'コメントを付けて差し戻す' }).click();
    await expect
      .poll(() => review.getByText('差し戻すときはコメントを書いてください。').count())
      .toBe(1);
    await review.getByLabel('コメント').fill('提案に取組事例をひとつ加えてください。');
    await expectAccessible(s, 'report review');
    await shoot(s, 'report-review');
    await review.getByRole('button', { name: 'コメントを付けて差し戻す' }).click();
    await expect
      .poll(() => s.getByTestId('report-history').innerText())
      .toContain('提案に取組事例をひとつ加えてください。');

    // The city reads the comment, takes a practice from the library into the proposals.
    await c.reload();
    await expect.poll(() => c.getByTestId('report-history').innerText()).toContain('差し戻し');
    expect(await c.getByTestId('report-history').innerText()).toContain(
      '提案に取組事例をひとつ加えてください。',
    );
    await c.getByRole('link', { name: '取組事例集を見る' }).click();
    await c.waitForURL('**/reports/practices');
    await c.getByLabel('テーマ').selectOption({ label: '介護' });
    const practices = c.getByTestId('practice-list');
    await expect
      .poll(() => practices.getByRole('heading', { name: '介護休業制度の周知' }).count())
      .toBe(1);
    expect(await practices.innerText()).not.toContain('勤務間インターバル制度の導入');
    await expectAccessible(c, 'practice library');
    await shoot(c, 'report-practices');
    const card = practices.locator('li', { hasText: '介護休業制度の周知' });
    await card.getByLabel(/提案に加える報告書/).selectOption({ label: `${title}（差し戻し）` });
    await card.getByRole('button', { name: '提案に加えて開く' }).click();
    await c.waitForURL('**/reports/*?practice=*');
    const reopened = c.getByTestId('report-editor');
    await reopened.getByRole('button', { name: '下書きを保存する' }).click();
    await expect.poll(() => c.getByText('第3版として保存しました。').count()).toBe(1);
    await expect
      .poll(() => c.getByTestId('report-document').innerText())
      .toContain('介護休業制度の周知');
    await c.getByRole('button', { name: '承認を依頼する' }).click();
    await expect.poll(() => c.getByTestId('report-history').innerText()).toContain('第3版');

    // The supervisor approves the revision shown.
    await s.reload();
    await s.getByTestId('report-review').getByRole('button', { name: '承認する' }).click();
    await expect.poll(() => s.getByTestId('report-history').innerText()).toContain('承認（第3版）');

    // The city opens the publication: an A4 sheet with the head, the rule, national figures.
    await c.reload();
    await c.getByRole('link', { name: '公開用の表示（印刷・A4）' }).click();
    await c.waitForURL('**/publication');
    const sheet = c.getByTestId('report-document');
    await expect.poll(() => sheet.innerText()).toContain('日置市');
    const text = await sheet.innerText();
    for (const part of [
      '対象期間',
      '「—」とし、数を示していません',
      '全国の参考値',
      '国民生活基礎調査',
      '提案',
      '市は事業所と一緒に取り組みます。',
    ]) {
      expect(text).toContain(part);
    }
    expect(await sheet.locator('.hidden-note').count()).toBeGreaterThan(0);
    await expectAccessible(c, 'report publication');
    await shoot(c, 'report-publication');
    // Printed on A4 with the page numbers of the named page.
    await c.emulateMedia({ media: 'print' });
    await saveScreenshot(c, 'report-publication-print-desk');
    const pdf = await c.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(box?.slice(1).map((n) => Math.round(Number(n)))).toEqual([595, 842]);
    expect(city.problems).toEqual([]);
    expect(supervisor.problems).toEqual([]);
    await city.context.close();
    await supervisor.context.close();
  });
});
