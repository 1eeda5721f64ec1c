import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpsDue, japanTimeOf, pathTotal } from '@yorisoi/shared';
import { findUserByEmail } from '../auth/users.repository.ts';
import { getProgrammeFigures } from '../matching/figures.service.ts';
import { listCompanyIntroductions } from '../matching/introductions.service.ts';
import { workIntroductions, workProfiles, workProgrammes } from '../platform/db/schema/index.ts';
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

async function demoStaff(): Promise<Actor> {
  const user = await findUserByEmail(t.ctx.db, t.ctx, 'waku-staff@demo.yorisoi.example');
  return {
    userId: user!.id,
    sessionId: 'demo',
    role: 'programme_staff',
    municipalityId: user!.municipalityId,
    organizationId: null,
    locale: 'ja',
    mfaSatisfied: true,
  };
}

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
    // 長泉わくキャリ's own (日置市's job centre keeps its seekers as HJ-…).
    const profiles = (await t.ctx.db.select().from(workProfiles)).filter((p) =>
      p.referenceLabel.startsWith('WK-'),
    );
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

  it('gives the programme a year of figures and follow-ups that are due', async () => {
    const [programme] = await t.ctx.db.select().from(workProgrammes);
    const figures = await getProgrammeFigures(t.ctx, {
      actor: await demoStaff(),
      programmeId: programme!.id,
      fiscalYear: undefined,
    });
    expect(pathTotal(figures.year.registered)).toBeGreaterThan(5);
    expect(pathTotal(figures.year.placed)).toBeGreaterThanOrEqual(4);
    expect(pathTotal(figures.year.retained)).toBeGreaterThanOrEqual(1);
    expect(pathTotal(figures.year.projectsCompleted)).toBe(1);
    const months = figures.months.filter((m) => pathTotal(m.counts.registered) > 0);
    expect(months.length).toBeGreaterThan(3);
    const started = await t.ctx.db
      .select()
      .from(workIntroductions)
      .where(eq(workIntroductions.status, 'started'));
    const today = japanTimeOf(t.ctx.now()).date;
    const due = started.flatMap((i) =>
      followUpsDue(
        { startedOn: i.startedOn, followUp1m: i.followUp1mAt, followUp6m: i.followUp6mAt },
        today,
      ),
    );
    expect(due).toEqual(expect.arrayContaining([1, 6]));
  });
});
