import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../auth/users.repository.ts';
import { getRecruitingPage, listRecruits } from '../care-recruits/care-recruits.service.ts';
import type { Actor } from '../policy/actor.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { demoRecruits } from './demo-care-recruits.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
let supervisor: Actor;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.ctx);
  const user = await findUserByEmail(t.ctx.db, t.ctx, 'supervisor@demo.yorisoi.example');
  supervisor = {
    userId: user!.id,
    sessionId: 'demo',
    role: 'supervisor',
    municipalityId: user!.municipalityId,
    organizationId: null,
    locale: 'ja',
    mfaSatisfied: true,
  };
}, 120_000);
afterAll(() => t?.close());

describe('demo 日置市 care-team pipeline', () => {
  it('shows licensed residents at every step, from interest to the roster', async () => {
    const pool = await listRecruits(t.ctx, { actor: supervisor });
    expect(pool.recruits).toHaveLength(demoRecruits.length);
    const stages = new Set(pool.recruits.map((r) => r.stage));
    for (const stage of ['interest', 'interview', 'training', 'certified', 'rostered'])
      expect(stages).toContain(stage);
    // Certified people had their licence checked first, and every path starts with interest.
    for (const r of pool.recruits) {
      expect(r.steps[0]!.stage).toBe('interest');
      expect(r.steps.at(-1)!.stage).toBe(r.stage);
      if (r.stage === 'certified' || r.stage === 'rostered')
        expect(r.licenceVerifiedAt).not.toBeNull();
    }
    expect(pool.recruits.every((r) => r.name.endsWith('（架空）'))).toBe(true);
  });

  it('accepts 准看護師 on 日置市’s public page', async () => {
    const page = await getRecruitingPage(t.ctx, { code: '462187' });
    expect(page.acceptedLicences).toContain('assistant_nurse');
  });
});
