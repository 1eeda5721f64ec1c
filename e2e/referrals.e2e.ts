import { describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e, nobodyOnShift, chatUrl } from './use-e2e.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { deskViewport, phoneViewport, saveScreenshot } from './screenshots.ts';

/**
 * Issues 13 and 16: a worker who wants to go back to work in April and has found no
 * childcare is referred by the nurse to an event and a nursery of 日置市 (demo data);
 * the worker sees the cards in the chat without reloading and opens the event's page.
 * A supervisor keeps the directory the nurse picks from.
 */
const enabled = requireBrowser();
const env = useE2e(enabled, undefined, nobodyOnShift);

const eventTitle = '子育て・復職なんでも相談会';

describe.runIf(enabled)('referrals to places and events', () => {
  it('a supervisor adds to the directory; the nurse refers; the worker sees the cards and opens the event', async () => {
    const supervisor = await openPage(env.browser, env.baseUrl);
    await supervisor.page.setViewportSize(deskViewport);
    await signInStaff(supervisor.page, 'supervisor@demo.yorisoi.example');
    await supervisor.page.getByRole('button', { name: '管理' }).click();
    await supervisor.page.getByRole('link', { name: '紹介先の名簿' }).click();
    await supervisor.page.waitForURL('**/admin/referral-resources');
    const directory = supervisor.page.getByTestId('referral-directory');
    await expect.poll(() => directory.innerText()).toContain('ハローワーク（デモ）');
    await supervisor.page.getByRole('button', { name: '追加する' }).click();
    await expect
      .poll(() => supervisor.page.getByText('入力してください').count())
      .toBeGreaterThan(0);
    await supervisor.page.getByLabel('種類').selectOption({ label: '市の子育て支援' });
    await supervisor.page.getByLabel('名称').fill('ファミリー・サポート・センター（デモ）');
    await supervisor.page.getByLabel('電話番号').fill('000-0000-0002');
    await supervisor.page
      .getByLabel('メモ（相談者にも表示）')
      .fill('送迎や短時間の預かりの相互援助');
    await supervisor.page.getByRole('button', { name: '追加する' }).click();
    await expect
      .poll(() => directory.innerText())
      .toContain('ファミリー・サポート・センター（デモ）');
    await saveScreenshot(supervisor.page, 'referrals-directory-desk');
    await expectAccessible(supervisor.page, 'referral directory');
    await supervisor.page.setViewportSize(phoneViewport);
    await saveScreenshot(supervisor.page, 'referrals-directory-phone');
    await supervisor.context.close();

    const worker = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(worker.page, 'worker@demo.yorisoi.example');
    await worker.page.waitForURL((url) => url.pathname === '/');
    await worker.page.goto('/consultations/new');
    await worker.page.getByLabel('育児', { exact: true }).check();
    await worker.page
      .getByLabel('最初のメッセージ')
      .fill('4月から復職したいけど預け先が見つからない');
    await worker.page.getByRole('button', { name: '相談を始める' }).click();
    await worker.page.waitForURL(chatUrl);
    const consultationPath = new URL(worker.page.url()).pathname;
    expect(await worker.page.getByTestId('person-referrals').count()).toBe(0);

    const nurse = await openPage(env.browser, env.baseUrl);
    await nurse.page.setViewportSize(deskViewport);
    await signInStaff(nurse.page, 'nurse@demo.yorisoi.example');
    await nurse.page.goto('/care/queue');
    await nurse.page.getByRole('button', { name: /担当する/ }).click();
    await nurse.page.waitForURL((url) => url.pathname === consultationPath);
    const panel = nurse.page.getByTestId('referrals');
    await expect.poll(() => panel.innerText()).toContain('この相談ではまだ紹介していません。');

    await panel.getByRole('button', { name: '紹介する' }).click();
    const picker = nurse.page.getByTestId('referral-picker');
    // Before anything is typed: the first of each kind, in four groups.
    const groups = picker.getByRole('heading', { level: 4 });
    await expect
      .poll(() => groups.allInnerTexts())
      .toEqual(['相談窓口・支援機関', '保育施設', 'イベント', '就労支援・職業紹介']);
    await picker.getByLabel('紹介先を探す').fill('復職');
    await expect.poll(() => groups.allInnerTexts()).toEqual(['イベント']);
    expect(await picker.innerText()).toContain(eventTitle);
    // 「子育て」 finds resources by their kind's name as well as by their own.
    await picker.getByLabel('紹介先を探す').fill('子育て');
    const found = async () => {
      const text = await picker.innerText();
      return (
        text.includes('ファミリー・サポート・センター（デモ）') &&
        !text.includes('ハローワーク（デモ）')
      );
    };
    await expect.poll(found).toBe(true);
    // The arrival toast of the claim is dismissed, as the nurse would.
    const toast = nurse.page.getByTestId('toast');
    if ((await toast.count()) > 0) await toast.getByRole('button', { name: '閉じる' }).click();
    await picker.scrollIntoViewIfNeeded();
    await saveScreenshot(nurse.page, 'referrals-picker-desk', false);
    await expectAccessible(nurse.page, 'referral picker');
    await picker.getByLabel('紹介先を探す').fill('ひまわり');
    await picker.getByRole('button', { name: 'ひまわり保育園（架空） を紹介する' }).click();
    await expect.poll(() => panel.getByTestId('referral').count()).toBe(1);

    await panel.getByRole('button', { name: '紹介する' }).click();
    await picker.getByLabel('紹介先を探す').fill('相談会');
    await picker.getByRole('button', { name: `${eventTitle} を紹介する` }).click();
    await expect.poll(() => panel.getByTestId('referral').count()).toBe(2);
    await panel.getByRole('button', { name: '紹介する' }).click();
    await picker.getByLabel('紹介先を探す').fill('ファミリー');
    await picker
      .getByRole('button', { name: 'ファミリー・サポート・センター（デモ） を紹介する' })
      .click();
    await expect.poll(() => panel.getByTestId('referral').count()).toBe(3);
    // The job centre hears of a referral only once the person agrees on their screen.
    const centreName = '日置市保育のおしごと支援センター（架空）';
    await panel.getByRole('button', { name: '紹介する' }).click();
    await picker.getByLabel('紹介先を探す').fill('保育のおしごと');
    await picker.getByRole('button', { name: `${centreName} を紹介する` }).click();
    await expect.poll(() => panel.getByTestId('referral').count()).toBe(4);
    const agreement = panel.getByTestId('referral-agreement');
    await expect.poll(() => agreement.innerText()).toBe('ご本人の同意待ち');
    // What was referred once cannot be referred again by a second click.
    await panel.getByRole('button', { name: '紹介する' }).click();
    await picker.getByLabel('紹介先を探す').fill('ひまわり');
    const again = picker.getByRole('button', { name: 'ひまわり保育園（架空） は紹介済み' });
    await expect.poll(() => again.count()).toBe(1);
    expect(await again.isDisabled()).toBe(true);
    await panel.getByRole('button', { name: '閉じる' }).click();
    await panel.getByLabel(`${eventTitle} の状況`).selectOption({ label: '連絡済み' });
    await expect.poll(() => panel.innerText()).toContain('状況を「連絡済み」にしました。');
    await expect
      .poll(() => nurse.page.getByTestId('person-context').innerText())
      .toContain(eventTitle);
    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(nurse.page, 'referrals-console-desk', false);
    await nurse.page.setViewportSize(phoneViewport);
    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(nurse.page, 'referrals-console-phone', false);
    await nurse.page.setViewportSize(deskViewport);

    // The worker's open chat shows them without a reload, unfolded because they are new.
    const cards = worker.page.getByTestId('referral-card');
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(4);
    const strip = worker.page.getByTestId('person-referrals');
    expect(await strip.getAttribute('open')).not.toBeNull();
    expect(await strip.innerText()).toContain('紹介された窓口・施設（4件）');
    const centre = cards.filter({ hasText: centreName });
    await centre.getByRole('button', { name: `${centreName} への紹介を希望する` }).click();
    await expect.poll(() => centre.getByTestId('referral-agreed').count()).toBe(1);
    await expect.poll(() => agreement.innerText()).toBe('ご本人が同意済み');
    const nursery = cards.filter({ hasText: 'ひまわり保育園（架空）' });
    expect(await nursery.innerText()).toContain('認可保育所');
    expect(await nursery.locator('a[href="tel:0990001000"]').count()).toBe(1);
    const support = cards.filter({ hasText: 'ファミリー・サポート・センター（デモ）' });
    expect(await support.innerText()).toContain('送迎や短時間の預かりの相互援助');
    expect(await support.locator('a[href="tel:00000000002"]').count()).toBe(1);
    const event = cards.filter({ hasText: eventTitle });
    expect(await event.innerText()).toContain('相談会');
    await saveScreenshot(worker.page, 'referrals-person-phone', false);
    await expectAccessible(worker.page, 'person chat with referrals');
    await worker.page.setViewportSize(deskViewport);
    await saveScreenshot(worker.page, 'referrals-person-desk', false);
    await worker.page.setViewportSize(phoneViewport);

    await event.getByRole('link', { name: '詳しく見る' }).click();
    await worker.page.waitForURL(/\/m\/462187\/events\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => worker.page.getByRole('heading', { level: 1, name: eventTitle }).count())
      .toBe(1);
    await saveScreenshot(worker.page, 'referrals-event-page-phone', false);

    for (const side of [nurse, worker]) expect(side.problems).toEqual([]);
    await worker.context.close();
    await nurse.context.close();
  });
});
