import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJobCentre } from '../job-centre/job-centre.service.ts';
import { suggestOpeningsForPerson } from '../matching/matching.service.ts';
import type { Actor } from '../policy/actor.ts';
import { findUserByEmail } from '../auth/users.repository.ts';
import { listProgrammesWithSkills } from '../matching/programme-staff.repository.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { demoJobCentreName, demoShortNurseries } from './demo-job-centre.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
let centreStaff: Actor;
let programmeId: string;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.ctx);
  const user = await findUserByEmail(t.ctx.db, t.ctx, 'hioki-centre@demo.yorisoi.example');
  centreStaff = {
    userId: user!.id,
    sessionId: 'demo',
    role: 'programme_staff',
    municipalityId: user!.municipalityId,
    organizationId: null,
    locale: 'ja',
    mfaSatisfied: true,
  };
  const programmes = await listProgrammesWithSkills(t.ctx.db, {
    municipalityId: user!.municipalityId!,
  });
  programmeId = programmes.find((p) => p.name === demoJobCentreName)!.id;
}, 120_000);
afterAll(() => t?.close());

describe('demo 日置市保育のおしごと支援センター', () => {
  it('counts 24 registered and 10 placed over the past year, as the city reports', async () => {
    const centre = await getJobCentre(t.ctx, { actor: centreStaff, programmeId });
    expect(centre.figures).toMatchObject({ registered: 24, placed: 10 });
    expect(centre.seekers).toHaveLength(24);
    expect(centre.seekers.filter((s) => s.stage === 'placed')).toHaveLength(10);
  });

  it('lists the nurseries short of staff first, all fictional', async () => {
    const centre = await getJobCentre(t.ctx, { actor: centreStaff, programmeId });
    const flagged = centre.nurseries.slice(0, demoShortNurseries.length);
    expect(new Set(flagged.map((n) => n.name))).toEqual(
      new Set(demoShortNurseries.map(([name]) => name)),
    );
    expect(centre.nurseries.slice(demoShortNurseries.length).every((n) => !n.staffShort)).toBe(
      true,
    );
    expect(centre.openings[0]!.staffShort).not.toBeNull();
    expect(centre.nurseries.every((n) => n.name.endsWith('（架空）'))).toBe(true);
  });

  it('suggests a nursery short of staff first to the demo 保育士, saying why', async () => {
    const centre = await getJobCentre(t.ctx, { actor: centreStaff, programmeId });
    const misaki = centre.seekers.find((s) => s.referenceLabel === 'HJ-024')!;
    expect(misaki).toMatchObject({ seekerKind: 'nursery_teacher', stage: 'registered' });
    const [first] = await suggestOpeningsForPerson(t.ctx, {
      actor: centreStaff,
      municipalityId: centreStaff.municipalityId!,
      personId: misaki.profileId,
      limit: 5,
    });
    expect(first!.reasons[0]!.code).toBe('nurseryShortOfStaff');
  });
});
