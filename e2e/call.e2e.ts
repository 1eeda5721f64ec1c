import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { shifts } from '../packages/server/src/platform/db/schema/index.ts';
import { expectAccessible, requireBrowser, startE2e, type E2eEnv } from './harness.ts';
import { openPage, signInStaff, signInWithPassword } from './flows.ts';
import { consultationInProgress, keepPeerConnections, peerStats } from './call-flows.ts';
import { startTurnServer, turnServerPath, type TurnServer } from './turn-server.ts';
import fs from 'node:fs';

const enabled = requireBrowser();
const envs: E2eEnv[] = [];
let turn: TurnServer | null = null;
afterAll(async () => {
  for (const env of envs) await env.close();
  await turn?.stop();
});

async function startWith(serverEnv: Record<string, string> = {}) {
  const env = await startE2e({ fakeMedia: true, env: serverEnv });
  envs.push(env);
  // Nobody on duty: the consultation waits until the nurse takes it from the queue.
  await env.server.ctx.db.delete(shifts);
  const worker = await openPage(env.browser, env.baseUrl, { phone: true });
  const nurse = await openPage(env.browser, env.baseUrl);
  for (const { page } of [worker, nurse]) await page.addInitScript(keepPeerConnections);
  await signInWithPassword(worker.page, 'worker@demo.yorisoi.example');
  await worker.page.waitForURL((url) => url.pathname === '/');
  await signInStaff(nurse.page, 'nurse@demo.yorisoi.example');
  return { env, worker, nurse };
}

/** Both sides decode the other's video, and the selected candidate pair is what we expect. */
async function expectVideoBothWays(pages: Page[], candidateType?: string) {
  for (const page of pages) {
    await expect
      .poll(async () => (await peerStats(page))?.framesDecoded ?? 0, { timeout: 30_000 })
      .toBeGreaterThan(10);
    const stats = await peerStats(page);
    expect(stats?.connectionState).toBe('connected');
    if (candidateType) {
      expect(stats).toMatchObject({
        localCandidate: candidateType,
        remoteCandidate: candidateType,
      });
    }
  }
}

const callEntries = (page: Page) => page.getByTestId('call-entry');

describe.runIf(enabled)('a video call in a consultation', () => {
  it('rings the worker, connects both ways, and leaves the call in the timeline', async () => {
    const { worker, nurse } = await startWith();
    await consultationInProgress(
      worker.page,
      nurse.page,
      '子どもの熱のことで、顔を見て相談したいです。',
    );

    await nurse.page.getByRole('button', { name: 'ビデオ通話をかける' }).click();
    const ring = worker.page.getByTestId('incoming-call');
    await ring.waitFor();
    expect(await ring.innerText()).toContain('相談員からビデオ通話です');
    await expectAccessible(worker.page, 'incoming call');
    await ring.getByRole('button', { name: '出る' }).click();

    await expectVideoBothWays([worker.page, nurse.page]);
    for (const page of [worker.page, nurse.page]) {
      await expect
        .poll(() => page.getByTestId('call-status').getAttribute('data-phase'))
        .toBe('connected');
      await expect.poll(() => page.getByTestId('call-quality').count()).toBe(1);
    }
    await expectAccessible(worker.page, 'call screen');

    // The in-call controls work on the phone.
    await worker.page.getByRole('button', { name: 'マイクをオフ' }).click();
    expect(
      await worker.page.getByRole('button', { name: 'マイクをオン' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await worker.page.getByRole('button', { name: 'カメラをオフ' }).click();
    await worker.page.getByRole('button', { name: 'カメラをオン' }).click();
    await worker.page.getByRole('button', { name: '音声だけにする' }).click();
    await expect.poll(() => worker.page.getByTestId('local-video').count()).toBe(0);
    // The nurse still decodes frames sent before; audio keeps flowing both ways.
    await nurse.page.getByTestId('call-hangup').click();

    for (const page of [worker.page, nurse.page]) {
      await expect.poll(() => page.getByTestId('call-screen').count()).toBe(0);
      await expect.poll(() => callEntries(page).count()).toBe(1);
      expect(await callEntries(page).innerText()).toMatch(/ビデオ通話（1分）/);
    }
    expect(worker.problems).toEqual([]);
    expect(nurse.problems).toEqual([]);
  });

  it.runIf(fs.existsSync(turnServerPath))(
    'connects through a TURN relay only, also when the callee opens the app while it rings',
    async () => {
      turn = await startTurnServer();
      const { worker, nurse } = await startWith({
        TURN_URLS: turn.url,
        TURN_SECRET: turn.secret,
        ICE_TRANSPORT_POLICY: 'relay',
      });
      const chatPath = await consultationInProgress(
        worker.page,
        nurse.page,
        '職場の健診の結果について相談させてください。',
      );

      // The nurse is away (as when a push brings her back): the offer and every candidate
      // are sent while nobody of hers listens, and the call must still connect.
      await nurse.page.goto('about:blank');
      await worker.page.getByRole('button', { name: 'ビデオ通話をかける' }).click();
      await expect
        .poll(() => worker.page.evaluate(`window.__peerConnections.at(-1)?.iceGatheringState`))
        .toBe('complete');
      await nurse.page.goto(chatPath);
      const ring = nurse.page.getByTestId('incoming-call');
      await ring.waitFor();
      expect(await ring.innerText()).toContain('相談者からビデオ通話です');
      await ring.getByRole('button', { name: '出る' }).click();

      await expectVideoBothWays([worker.page, nurse.page], 'relay');
      await worker.page.getByTestId('call-hangup').click();
      for (const page of [worker.page, nurse.page]) {
        await expect.poll(() => callEntries(page).count()).toBe(1);
      }
    },
  );
});
