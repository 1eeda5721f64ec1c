import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workIntroductions, workProfiles } from '../platform/db/schema/index.ts';
import { suggestPeopleForOpening } from '../matching/matching.service.ts';
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
});
