import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLineSettings } from '../line/line.service.ts';
import { findUserByEmail } from '../auth/users.repository.ts';
import type { Actor } from '../policy/actor.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.ctx);
}, 120_000);
afterAll(() => t?.close());

describe('demo LINE channel', () => {
  it('gives 日置市 a LINE account marked as a demo, its secrets not shown', async () => {
    const user = await findUserByEmail(t.ctx.db, t.ctx, 'city@demo.yorisoi.example');
    const actor: Actor = {
      userId: user!.id,
      sessionId: 'demo',
      role: 'city_staff',
      municipalityId: user!.municipalityId,
      organizationId: null,
      locale: 'ja',
      mfaSatisfied: true,
    };
    const settings = await getLineSettings(t.ctx, { actor });
    expect(settings).toMatchObject({
      configured: true,
      demo: true,
      channelId: '2000000000',
      monthlyPushBudget: 200,
      pushedThisMonth: 0,
    });
    expect(settings.webhookUrl).toMatch(/\/line\/webhook\/462187$/);
    expect(settings.accessTokenEnding).toHaveLength(4);
  });
});
