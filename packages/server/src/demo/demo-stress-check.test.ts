import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../auth/users.repository.ts';
import type { Actor } from '../policy/actor.ts';
import { getStressCheckGroupAnalysis } from '../stress-checks/stress-checks.service.ts';
import { listStressCheckPeriodsOf } from '../stress-checks/stress-checks.repository.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { demoStressCheckTitle } from './demo-stress-check.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
let cityStaff: Actor;
let periodId: string;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.ctx);
  const opener = await findUserByEmail(t.ctx.db, t.ctx, 'fukiagehama-soumu@demo.yorisoi.example');
  const city = await findUserByEmail(t.ctx.db, t.ctx, 'city@demo.yorisoi.example');
  cityStaff = {
    userId: city!.id,
    sessionId: 'demo',
    role: 'city_staff',
    municipalityId: city!.municipalityId,
    organizationId: null,
    locale: 'ja',
    mfaSatisfied: true,
  };
  const periods = await listStressCheckPeriodsOf(
    t.ctx.db,
    opener!.municipalityId!,
    opener!.organizationId!,
  );
  periodId = periods.find((p) => p.title === demoStressCheckTitle)!.id;
}, 120_000);
afterAll(() => t?.close());

describe('demo stress check of a small 日置市 employer', () => {
  it('shows the whole company’s group analysis and nothing of either department below k', async () => {
    const analysis = await getStressCheckGroupAnalysis(t.ctx, { actor: cityStaff, periodId });
    expect(analysis.state).toBe('released');
    expect(analysis.minimumGroupSize).toBeGreaterThanOrEqual(10);
    expect(analysis.groups[0]).toMatchObject({ withheld: false, label: null, respondents: 12 });
    expect(analysis.groups.slice(1)).toEqual([
      { withheld: true, label: '開発' },
      { withheld: true, label: '総務' },
    ]);
  });
});
