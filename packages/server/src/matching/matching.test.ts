import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  rankMatches,
  renderMatchReason,
  scoreMatch,
  overlapHours,
  weekMaskFromBits,
  type TWorkOpeningInput,
  type TWorkProfileInput,
} from '@yorisoi/shared';
import { auditLog, workOpenings, workProfiles } from '../platform/db/schema/index.ts';
import type { Actor } from '../policy/actor.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { addPerson, type TenantFixture } from '../testing/fixtures.ts';
import { bindProgrammeStaff } from './programme-staff.repository.ts';
import { seedSyntheticProgramme } from '../testing/matching-fixtures.ts';
import { matchOpeningOf, matchPersonOf } from './match-inputs.ts';
import {
  proposeTeam,
  suggestOpeningsForPerson,
  suggestPeopleForOpening,
} from './matching.service.ts';
import {
  createWorkOpening,
  createWorkProfile,
  createWorkProgramme,
} from './work-profiles.service.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'matching');
const other = useTenant(t, 'elsewhere');
let staff: Actor;
let programmeId: string;
let skill: Record<string, string>;

const actorFrom = (
  person: TenantFixture['people']['cityStaff'],
  municipalityId: string,
): Actor => ({
  userId: person.id,
  sessionId: 'test',
  role: person.role,
  municipalityId,
  organizationId: null,
  locale: 'ja',
  mfaSatisfied: true,
});

const profileInput = (over: Partial<TWorkProfileInput> = {}): TWorkProfileInput => ({
  programmeId,
  userId: null,
  referenceLabel: 'WK-0001',
  skillIds: [skill['保育補助']!],
  freeWords: [],
  experience: '保育園で5年勤務',
  qualifications: [{ kind: 'nursery_teacher', registrationNumber: '静岡県-012345' }],
  hoursPerWeekMin: 6,
  hoursPerWeekMax: 12,
  // Tuesday and Thursday mornings, before collecting the child.
  availability: [
    { weekday: 2, from: '09:00', to: '14:00' },
    { weekday: 4, from: '09:00', to: '14:00' },
  ],
  remoteOk: false,
  onsiteOk: true,
  home: { lat: 35.1375, lng: 138.8967 },
  maxTravelKm: 10,
  availableFrom: '2027-04-01',
  childcareNeed: 'preferred',
  path: 'own_pace',
  shownToCompanies: ['qualifications', 'hours'],
  ...over,
});

const openingInput = (over: Partial<TWorkOpeningInput> = {}): TWorkOpeningInput => ({
  programmeId,
  employerOrganizationId: null,
  employerName: 'ながいずみ保育園',
  employerLocation: null,
  kind: 'job',
  employmentType: 'part_time',
  title: '保育士（午前のパート）',
  description: '',
  deliverable: null,
  teamSize: null,
  periodStart: null,
  periodEnd: null,
  hoursPerWeekMin: 6,
  hoursPerWeekMax: 10,
  schedule: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:00', to: '12:00' })),
  workMode: 'onsite',
  placeLabel: '長泉町',
  place: { lat: 35.14, lng: 138.9 },
  startsOn: '2027-04-01',
  childcareProvided: true,
  pay: '時給1,100円',
  validThrough: null,
  requiredSkillIds: [],
  niceSkillIds: [],
  keywords: [],
  requiredQualifications: ['nursery_teacher'],
  niceQualifications: [],
  ...over,
});

beforeAll(async () => {
  const programme = await createWorkProgramme(t.ctx, {
    actor: actorFrom(tenant.people.cityStaff, tenant.municipalityId),
    municipalityId: tenant.municipalityId,
    name: '長泉わくキャリ',
    skillLabels: ['保育補助', '広報', 'デザイン', 'ヒアリング', 'ライティング'],
  });
  programmeId = programme.id;
  // The programme's people are its own staff's: the city that set it up reads none of them.
  const bound = await addPerson(t.ctx, {
    municipalityId: tenant.municipalityId,
    role: 'programme_staff',
    label: 'matching-staff',
  });
  await bindProgrammeStaff(t.ctx.db, {
    municipalityId: tenant.municipalityId,
    programmeId,
    userId: bound.id,
  });
  staff = actorFrom(bound, tenant.municipalityId);
  skill = Object.fromEntries(programme.skills.map((s) => [s.label, s.id]));
});

describe('suggestions', () => {
  it('rank a 保育士 for a morning post with the reasons in words, and not a person without one', async () => {
    const municipalityId = tenant.municipalityId;
    const fits = await createWorkProfile(t.ctx, {
      actor: staff,
      municipalityId,
      input: profileInput(),
    });
    const unqualified = await createWorkProfile(t.ctx, {
      actor: staff,
      municipalityId,
      input: profileInput({ referenceLabel: 'WK-0002', qualifications: [] }),
    });
    const opening = await createWorkOpening(t.ctx, {
      actor: staff,
      municipalityId,
      input: openingInput(),
    });

    const people = await suggestPeopleForOpening(t.ctx, {
      actor: staff,
      municipalityId,
      openingId: opening.id,
      limit: 20,
    });
    expect(people.map((p) => p.id)).toEqual([fits.id]);
    const words = people[0]!.reasons.map((r) => renderMatchReason(r, 'ja', (id) => id));
    expect(words).toEqual(
      expect.arrayContaining(['週6時間・火木の午前が合います', '保育士資格あり', '託児あり']),
    );

    const forFits = await suggestOpeningsForPerson(t.ctx, {
      municipalityId,
      personId: fits.id,
      limit: 20,
    });
    expect(forFits.map((o) => o.id)).toEqual([opening.id]);
    const forOther = await suggestOpeningsForPerson(t.ctx, {
      municipalityId,
      personId: unqualified.id,
      limit: 20,
    });
    expect(forOther).toEqual([]);

    const audited = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'work.suggestions_viewed'));
    expect(audited.map((a) => a.targetId)).toContain(opening.id);
  });

  it('equal the pure rule ranking every row: the SQL filter keeps everyone the rule would', async () => {
    const municipalityId = other.municipalityId;
    const seeded = await seedSyntheticProgramme(t.ctx.db, {
      municipalityId,
      people: 300,
      openings: 40,
      seed: 17,
    });
    const allPeople = await t.ctx.db
      .select()
      .from(workProfiles)
      .where(eq(workProfiles.programmeId, seeded.programmeId));
    const allOpenings = await t.ctx.db
      .select()
      .from(workOpenings)
      .where(eq(workOpenings.programmeId, seeded.programmeId));
    let matched = 0;
    for (const row of allOpenings) {
      const opening = matchOpeningOf(row);
      const expected = rankMatches(allPeople, (p) => scoreMatch(matchPersonOf(p), opening), 100);
      const actual = await suggestPeopleForOpening(t.ctx, {
        municipalityId,
        openingId: row.id,
        limit: 100,
      });
      expect(actual.map((s) => [s.id, s.score])).toEqual(expected.map((r) => [r.item.id, r.score]));
      matched += actual.length;
      // A short list reads the 300 candidates a page of 100 at a time, best bound first.
      const short = await suggestPeopleForOpening(t.ctx, {
        municipalityId,
        openingId: row.id,
        limit: 5,
      });
      expect(short.map((s) => [s.id, s.score])).toEqual(
        expected.slice(0, 5).map((r) => [r.item.id, r.score]),
      );
    }
    expect(matched).toBeGreaterThan(0);
    for (const row of allPeople.slice(0, 60)) {
      const person = matchPersonOf(row);
      const expected = rankMatches(allOpenings, (o) => scoreMatch(person, matchOpeningOf(o)), 100);
      const actual = await suggestOpeningsForPerson(t.ctx, {
        municipalityId,
        personId: row.id,
        limit: 100,
      });
      expect(actual.map((s) => [s.id, s.score])).toEqual(expected.map((r) => [r.item.id, r.score]));
    }
  });

  it('propose a team that covers the project and can meet pairwise', async () => {
    const municipalityId = tenant.municipalityId;
    const designers = ['デザイン', '広報', 'ヒアリング'];
    const made = [];
    for (const [i, label] of designers.entries())
      made.push(
        await createWorkProfile(t.ctx, {
          actor: staff,
          municipalityId,
          input: profileInput({
            referenceLabel: `T-${i}`,
            skillIds: [skill[label]!],
            qualifications: [],
            remoteOk: true,
            availability: [{ weekday: 3, from: '10:00', to: '15:00' }],
          }),
        }),
      );
    const project = await createWorkOpening(t.ctx, {
      actor: staff,
      municipalityId,
      input: openingInput({
        kind: 'project',
        employmentType: null,
        title: '15周年記念ノベルティの企画',
        deliverable: 'ノベルティ2種の企画と試作',
        teamSize: 3,
        employerName: '特種東海製紙株式会社',
        employerLocation: '静岡県駿東郡長泉町',
        workMode: 'remote',
        place: null,
        schedule: [],
        hoursPerWeekMin: 2,
        requiredQualifications: [],
        requiredSkillIds: designers.map((l) => skill[l]!),
      }),
    });
    const team = await proposeTeam(t.ctx, {
      actor: staff,
      municipalityId,
      openingId: project.id,
      size: 3,
    });
    expect(team.uncoveredSkillIds).toEqual([]);
    expect(new Set(team.memberIds)).toEqual(new Set(made.map((m) => m.id)));
    const weeks = await t.ctx.db
      .select()
      .from(workProfiles)
      .where(eq(workProfiles.programmeId, programmeId));
    const weekOf = (id: string) => weekMaskFromBits(weeks.find((w) => w.id === id)!.availability);
    for (const a of team.memberIds)
      for (const b of team.memberIds)
        if (a !== b) expect(overlapHours(weekOf(a), weekOf(b))).toBeGreaterThanOrEqual(1);
  });
});

describe('bad input and the wrong people change nothing', () => {
  it.each([
    ['hours more than a week holds', { hoursPerWeekMax: 169 }, 'WORK_HOURS_IMPOSSIBLE'],
    [
      'minimum above maximum',
      { hoursPerWeekMin: 20, hoursPerWeekMax: 10 },
      'WORK_HOURS_IMPOSSIBLE',
    ],
    [
      'a time that ends before it starts',
      { availability: [{ weekday: 1, from: '15:00', to: '09:00' }] },
      'WORK_WEEK_INVALID',
    ],
    [
      'a 保育士 number in the wrong form',
      { qualifications: [{ kind: 'nursery_teacher' as const, registrationNumber: '12-AB' }] },
      'QUALIFICATION_NUMBER_INVALID',
    ],
    [
      'a skill of no list',
      { skillIds: ['00000000-0000-4000-8000-000000000000'] },
      'WORK_SKILL_UNKNOWN',
    ],
  ] as const)('a profile with %s', async (_, over, code) => {
    const before = await snapshotDatabase(t.ctx.db);
    await expect(
      createWorkProfile(t.ctx, {
        actor: staff,
        municipalityId: tenant.municipalityId,
        input: profileInput(over as Partial<TWorkProfileInput>),
      }),
    ).rejects.toMatchObject({ code });
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('an opening with no title, or a period ending before it starts', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const municipalityId = tenant.municipalityId;
    await expect(
      createWorkOpening(t.ctx, {
        actor: staff,
        municipalityId,
        input: openingInput({ title: '  ' }),
      }),
    ).rejects.toMatchObject({ code: 'OPENING_TITLE_REQUIRED' });
    await expect(
      createWorkOpening(t.ctx, {
        actor: staff,
        municipalityId,
        input: openingInput({ periodStart: '2027-05-01', periodEnd: '2027-04-01' }),
      }),
    ).rejects.toMatchObject({ code: 'WORK_PERIOD_INVALID' });
    await expect(
      createWorkOpening(t.ctx, {
        actor: staff,
        municipalityId,
        input: openingInput({ schedule: [{ weekday: 2, from: '12:00', to: '12:00' }] }),
      }),
    ).rejects.toMatchObject({ code: 'WORK_WEEK_INVALID' });
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('another tenant finds nothing and other roles are refused', async () => {
    const municipalityId = tenant.municipalityId;
    const person = await createWorkProfile(t.ctx, {
      actor: staff,
      municipalityId,
      input: profileInput({ referenceLabel: 'WK-tenant' }),
    });
    const before = await snapshotDatabase(t.ctx.db);
    await expect(
      suggestOpeningsForPerson(t.ctx, {
        actor: actorFrom(other.people.cityStaff, other.municipalityId),
        municipalityId: other.municipalityId,
        personId: person.id,
        limit: 20,
      }),
    ).rejects.toMatchObject({ code: 'WORK_PROFILE_NOT_FOUND' });
    await expect(
      suggestOpeningsForPerson(t.ctx, {
        actor: actorFrom(other.people.cityStaff, other.municipalityId),
        municipalityId,
        personId: person.id,
        limit: 20,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const role of ['worker', 'employerAdmin', 'coordinator', 'cityStaff'] as const)
      await expect(
        suggestOpeningsForPerson(t.ctx, {
          actor: actorFrom(tenant.people[role], municipalityId),
          municipalityId,
          personId: person.id,
          limit: 20,
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});
