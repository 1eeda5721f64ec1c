import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { jpegWithMetadata, pngWithMetadata } from '../packages/server/src/testing/file-fixtures.ts';
import { expectAccessible, requireBrowser } from './harness.ts';
import { useE2e, nobodyOnShift, chatUrl } from './use-e2e.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';

const enabled = requireBrowser();
const env = useE2e(enabled, undefined, nobodyOnShift);

const images = (page: Page) => page.getByTestId('attachment-image');
/** Pixel widths of the chat's images once loaded (0 while loading or broken). */
const loadedWidths = (page: Page) =>
  images(page).evaluateAll((list) => list.map((img) => (img as HTMLImageElement).naturalWidth));

async function attach(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByTestId('attachment-input').setInputFiles({ name, mimeType, buffer });
  await expect.poll(() => page.getByTestId('attachment-preview').count()).toBe(1);
}

describe.runIf(enabled)('photos in the chat', () => {
  it('a worker attaches a photo, also offline, and the coordinator sees it upright', async () => {
    const worker = await openPage(env.browser, env.baseUrl, { phone: true });
    await signInWithPassword(worker.page, 'worker@demo.yorisoi.example');
    await worker.page.waitForURL((url) => url.pathname === '/');
    await worker.page.goto('/consultations/new');
    await worker.page.getByLabel('最初のメッセージ').fill('子どもの発疹の写真を見てもらえますか。');
    await worker.page.getByLabel('育児', { exact: true }).check();
    await worker.page.getByRole('button', { name: '相談を始める' }).click();
    await worker.page.waitForURL(chatUrl);

    const nurse = await openPage(env.browser, env.baseUrl);
    await signInStaff(nurse.page, 'nurse@demo.yorisoi.example');
    await nurse.page.goto('/care/queue');
    await nurse.page.getByRole('button', { name: /担当する/ }).click();
    await nurse.page.waitForURL(chatUrl);

    // A phone photo: 40×20 with EXIF orientation 6 and a GPS position.
    await attach(worker.page, 'IMG_0001.jpg', 'image/jpeg', await jpegWithMetadata('GPS-E2E'));
    await expectAccessible(worker.page, 'chat with a chosen photo');
    await worker.page.getByRole('button', { name: '送信する' }).click();
    await expect.poll(() => worker.page.getByTestId('attachment-preview').count()).toBe(0);
    await expect.poll(() => loadedWidths(nurse.page)).toEqual([20]);
    expect(await images(nurse.page).getAttribute('height')).toBe('40');
    await expect.poll(() => loadedWidths(worker.page)).toEqual([20]);

    // Offline, the photo waits on the phone with its message and goes when back online.
    await worker.context.setOffline(true);
    await expect.poll(() => worker.page.getByTestId('offline-banner').count()).toBe(1);
    await attach(worker.page, 'rash.png', 'image/png', await pngWithMetadata('offline', 24));
    await worker.page.getByLabel('メッセージ', { exact: true }).fill('もう一枚です');
    await worker.page.getByRole('button', { name: '送信する' }).click();
    const waiting = worker.page.getByTestId('message').filter({ hasText: 'もう一枚です' });
    await expect.poll(() => waiting.getAttribute('data-state')).toBe('pending');
    expect(await waiting.innerText()).toContain('ファイル1件を送信待ち');

    await worker.context.setOffline(false);
    await expect.poll(() => loadedWidths(nurse.page)).toEqual([20, 24]);
    await expect.poll(() => waiting.getAttribute('data-state')).not.toBe('pending');
    await nurse.page.reload();
    await expect.poll(() => loadedWidths(nurse.page)).toEqual([20, 24]);
    await expectAccessible(nurse.page, 'coordinator chat with photos');
    expect(worker.problems).toEqual([]);
    expect(nurse.problems).toEqual([]);
  });
});
