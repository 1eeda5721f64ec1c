import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workIntroductions, workProfiles } from '../platform/db/schema/index.ts';
import { findUserByEmail } from '../auth/users.repository.ts';
import { listCompanyIntroductions } from '../matching/introductions.service.ts';
import { suggestPeopleForOpening } from '../matching/matching.service.ts';
import { listCompanyWorkOpenings } from '../matching/opening-edits.service.ts';
import type { Actor } from '../policy/actor.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { TestClient } from '../testing/test-client.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.ctx);
}, 120_000);
afterAll(() => t?.close());

describe('demo 長泉わくキャリ', () => {
  it('publishes fifteen companies’ openings, some from outside the town, all fictional', async () => {
    const list = await new TestClient(t.app).ok('listPublicWorkOpenings', {
      params: { code: '223417' },
    });
    expect(list.items).toHaveLength(15);
    expect(list.items.every((o) => o.employerName.endsWith('（架空）'))).toBe(true);
    expect(list.items.filter((o) => o.employerLocation !== null).length).toBeGreaterThan(5);
    expect(list.jsonLd.some((ld) => ld['jobLocationType'] === 'TELECOMMUTE')).toBe(true);
  });

  it('has thirty-one participants the engine ranks, and a completed team project', async () => {
    const profiles = await t.ctx.db.select().from(workProfiles);
    expect(profiles).toHaveLength(31);
    const municipalityId = profiles[0]!.municipalityId;
    const list = await new TestClient(t.app).ok('listPublicWorkOpenings', {
      params: { code: '223417' },
    });
    const suggestions = await suggestPeopleForOpening(t.ctx, {
      municipalityId,
      openingId: list.items[0]!.id,
      limit: 10,
    });
    expect(suggestions.length).toBeGreaterThan(0);
    const completed = await t.ctx.db
      .select()
      .from(workIntroductions)
      .where(eq(workIntroductions.status, 'completed'));
    expect(completed).toHaveLength(5);
    expect(completed.every((i) => i.followUp6mWorking === true)).toBe(true);
  });

  it('gives わくわく商店’s admin its own opening and one person who agreed', async () => {
    const user = (await findUserByEmail(t.ctx.db, t.ctx, 'waku-company@demo.yorisoi.example'))!;
    const actor: Actor = {
      userId: user.id,
      sessionId: 'demo',
      role: 'employer_admin',
      municipalityId: user.municipalityId,
      organizationId: user.organizationId,
      locale: 'ja',
      mfaSatisfied: true,
    };
    const own = await listCompanyWorkOpenings(t.ctx, { actor });
    expect(own.organizationName).toBe('株式会社わくわく商店（架空）');
    expect(own.items).toHaveLength(1);
    const introduced = await listCompanyIntroductions(t.ctx, { actor });
    expect(introduced).toHaveLength(1);
    // WK-002 shows her skills and week, never her experience.
    expect(introduced[0]!.person.experience).toBeNull();
    expect(introduced[0]!.person.skills).not.toBeNull();
  });
});
