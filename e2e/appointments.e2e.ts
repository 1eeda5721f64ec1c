import type { Page } from 'playwright-core';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e } from './use-e2e.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';

const enabled = requireBrowser();
const env = useE2e(enabled);

const slotText = /\d{1,2}月\d{1,2}日（[日月火水木金土]）\d\d:\d\d〜\d\d:\d\d/;

/** Checks the first slot, on the first day that has one, directly followed by another of its licence. */
async function chooseSlotWithNext(page: Page): Promise<void> {
  const days = page.getByRole('group', { name: '日にち' }).getByRole('radio');
  const dayCount = await days.count();
  for (let d = 0; d < Math.max(dayCount, 1); d++) {
    if (dayCount > 0) await days.nth(d).check();
    const radios = page.getByRole('group', { name: '時間' }).getByRole('radio');
    await expect.poll(() => radios.count()).toBeGreaterThan(0);
    const labels: string[] = [];
    for (const radio of await radios.all()) {
      labels.push(
        (await radio.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')) ??
          '',
      );
    }
    const parsed = labels.map((label) => /^(\d\d:\d\d)〜(\d\d:\d\d)(.*)$/.exec(label.trim()));
    const at = parsed.findIndex(
      (slot) =>
        slot !== null &&
        parsed.some((next) => next !== null && next[1] === slot[2] && next[3] === slot[3]),
    );
    if (at >= 0) {
      await radios.nth(at).check();
      return;
    }
  }
  throw new Error('no bookable slot is followed by another of the same licence');
}

describe.runIf(enabled)('booking a time', () => {
  it('a worker books a slot from the start page on a phone and the coordinator sees it', async () => {
    const worker = await openPage(env.browser, env.baseUrl, { phone: true });
    const { page } = worker;
    await signInWithPassword(page, 'worker@demo.yorisoi.example');
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/consultations/new');
    await page.getByLabel('育児').check();
    await page.getByLabel('予約').check();
    await page.getByRole('link', { name: '予約の時間を選ぶ' }).click();
    await page.waitForURL('**/appointments/new?topic=childcare');
    await expect.poll(() => page.getByRole('group', { name: '時間' }).count()).toBe(1);
    await expectAccessible(page, 'booking');
    // A slot followed by another of the same licence: the coordinator later moves the
    // booking to it (the last slot of an evening would have nowhere to go).
    await chooseSlotWithNext(page);
    const summary = (await page.getByTestId('slot-summary').textContent()) ?? '';
    expect(summary).toMatch(slotText);
    // The demo nurse takes weekday mornings, the public-health nurse evenings.
    const coordinator = summary.includes('（保健師）')
      ? 'phn@demo.yorisoi.example'
      : 'nurse@demo.yorisoi.example';
    await page.getByLabel('事前に伝えたいこと（任意）').fill('夜泣きが続いていて相談したいです');
    await page.getByRole('button', { name: 'この時間で予約する' }).click();
    await page.waitForURL((url) => url.pathname === '/appointments');
    await expect.poll(() => page.getByTestId('booked').count()).toBe(1);
    const booked = slotText.exec(summary)![0];
    await expect.poll(() => page.getByText(booked).count()).toBe(1);
    await expectAccessible(page, 'my appointments');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'カレンダーに追加（.ics）' }).click();
    const ics = fs.readFileSync((await (await download).path())!, 'utf8');
    expect(ics).toContain('SUMMARY:働く人の保健室 相談予約');
    expect(ics).not.toContain('夜泣き');
    expect(worker.problems).toEqual([]);

    const staff = await openPage(env.browser, env.baseUrl);
    await signInStaff(staff.page, coordinator);
    await staff.page.getByRole('link', { name: '予約された相談' }).first().click();
    await staff.page.waitForURL('**/care/appointments');
    await expect.poll(() => staff.page.getByText(booked).count()).toBe(1);
    await expect.poll(() => staff.page.getByText('相談内容：育児').count()).toBe(1);
    await expectAccessible(staff.page, 'booked consultations');

    // The coordinator moves it to the next slot, with a reason the person will see.
    const [, start, end] = /(\d\d:\d\d)〜(\d\d:\d\d)/.exec(booked)!;
    await staff.page.getByLabel('新しい開始時刻').fill(end!);
    await staff.page.getByRole('button', { name: 'この日時に変更する' }).click();
    await expect.poll(() => staff.page.getByText('理由を入力してください。').count()).toBe(1);
    await staff.page
      .getByLabel('取り消し・変更の理由（相談者に表示されます）')
      .fill('研修が入ったため');
    await staff.page.getByRole('button', { name: 'この日時に変更する' }).click();
    // The old time stays listed as moved; the new one is booked, both with the reason.
    const moved = (p: Page) => p.getByTestId('appointment').filter({ hasText: '日時変更済み' });
    const current = (p: Page) => p.getByTestId('appointment').filter({ hasText: `${end}〜` });
    await expect.poll(() => moved(staff.page).count()).toBe(1);
    expect(await moved(staff.page).innerText()).toContain(`${start}〜`);
    expect(await current(staff.page).innerText()).toContain('理由：研修が入ったため');
    await page.reload();
    await expect.poll(() => current(page).count()).toBe(1);
    expect(await current(page).innerText()).toContain('理由：研修が入ったため');
    expect(await moved(page).count()).toBe(1);

    await staff.page.getByRole('link', { name: '予約の受付時間' }).first().click();
    await expect.poll(() => staff.page.getByTestId('week-view').count()).toBe(1);
    await expect
      .poll(() => staff.page.getByText(/(10:00〜12:00|18:00〜21:00)/).count())
      .toBeGreaterThan(0);
    await expectAccessible(staff.page, 'availability editor');
    expect(staff.problems).toEqual([]);
  });
});
