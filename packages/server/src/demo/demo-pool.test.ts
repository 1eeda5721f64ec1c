import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, japanTimeOf } from '@yorisoi/shared';
import type { Actor } from '../policy/actor.ts';
import { findUserByEmail } from '../auth/users.repository.ts';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';
import { getPoolCoverage, listPoolAgreements } from '../pool/pool.service.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { demoPoolName } from './demo-pool.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
const actorOf = async (email: string): Promise<Actor> => {
  const user = await findUserByEmail(t.ctx.db, t.ctx, email);
  return {
    userId: user!.id,
    sessionId: 'demo',
    role: user!.role as Actor['role'],
    municipalityId: user!.municipalityId,
    organizationId: null,
    locale: 'ja',
    mfaSatisfied: true,
  };
};

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.ctx);
}, 120_000);
afterAll(() => t?.close());

describe('demo night pool', () => {
  it('joins 日置市 and 鹿児島市 from 22:00 to 08:00', async () => {
    const agreements = await listPoolAgreements(t.ctx, {
      actor: await actorOf('network@demo.yorisoi.example'),
    });
    const hioki = await findMunicipalityByWrittenCode(t.ctx.db, '462187');
    const kagoshima = await findMunicipalityByWrittenCode(t.ctx.db, '462012');
    expect(agreements).toEqual([
      expect.objectContaining({
        name: demoPoolName,
        startsAt: '22:00',
        endsAt: '08:00',
        memberIds: expect.arrayContaining([hioki!.id, kagoshima!.id]),
      }),
    ]);
  });

  it('has 鹿児島市’s night team on pool duty, with a night below two people flagged', async () => {
    const lead = await actorOf('kagoshima-night-lead@demo.yorisoi.example');
    const today = japanTimeOf(t.ctx.now()).date;
    const tonight = await getPoolCoverage(t.ctx, { actor: lead, date: addDays(today, 1) });
    expect(tonight.hours[3]!.people).toBeGreaterThanOrEqual(1);
    expect(tonight.hours[12]!.people).toBe(0);
    // The third night (from the night before seeding) has the nurse alone.
    const thin = await getPoolCoverage(t.ctx, { actor: lead, date: addDays(today, 2) });
    expect(thin.hours[3]).toEqual({ hour: 3, people: 1, belowMinimum: true });
  });
});
