/**
 * Introductions with the person's agreement, through the real server: staff see ranked
 * suggestions both ways and propose; the person accepts or declines; only then does the
 * company read them, and only what they chose to show — checked through every endpoint a
 * company admin can call. Then the staff record the outcome and the follow-ups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type EndpointName, type TMyWorkProfileInput } from '@yorisoi/shared';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { addPerson, createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { bindProgrammeStaff } from './programme-staff.repository.ts';

let t: TestApp;
let town: TenantFixture;
let programmeId: string;
let otherProgrammeId: string;
let skills: Record<string, string>;
let staff: TestClient;
let otherStaff: TestClient;
let company: TestClient;
let mama: TestClient;
let papa: TestClient;
let mamaProfileId: string;
let papaProfileId: string;
let projectId: string;

// What the person did not agree to show a company.
const unshared = {
  experience: '前職は銀行の融資窓口（非公開の経験欄）',
  freeWord: '非公開の自由語クロスステッチ',
  registrationNumber: '012345',
};

async function staffOf(id: string, label: string) {
  const person = await addPerson(t.ctx, {
    municipalityId: town.municipalityId,
    role: 'programme_staff',
    label,
  });
  await bindProgrammeStaff(t.ctx.db, {
    municipalityId: town.municipalityId,
    programmeId: id,
    userId: person.id,
  });
  return signInAs(t, person);
}

const profile = (over: Partial<TMyWorkProfileInput> = {}): TMyWorkProfileInput => ({
  programmeId,
  skillIds: [skills['デザイン']!, skills['企画']!],
  freeWords: [unshared.freeWord],
  experience: unshared.experience,
  qualifications: [
    { kind: 'nursery_teacher', registrationNumber: `静岡県-${unshared.registrationNumber}` },
  ],
  hoursPerWeekMin: 5,
  hoursPerWeekMax: 10,
  availability: [
    { weekday: 2, from: '09:00', to: '13:00' },
    { weekday: 4, from: '09:00', to: '13:00' },
  ],
  remoteOk: true,
  onsiteOk: true,
  home: null,
  maxTravelKm: null,
  availableFrom: null,
  childcareNeed: 'preferred',
  path: 'own_pace',
  shownToCompanies: ['skills', 'hours'],
  ...over,
});

beforeAll(async () => {
  t = await startTestApp();
  town = await createTenant(t.ctx, 'intro');
  const city = await signInAs(t, town.people.cityStaff);
  const programme = await city.ok('createWorkProgramme', {
    body: { name: '長泉わくキャリ', skillLabels: ['デザイン', '企画', '事務'] },
  });
  programmeId = programme.id;
  skills = Object.fromEntries(programme.skills.map((s) => [s.label, s.id]));
  otherProgrammeId = (
    await city.ok('createWorkProgramme', { body: { name: '別事業', skillLabels: [] } })
  ).id;
  staff = await staffOf(programmeId, 'intro-staff');
  otherStaff = await staffOf(otherProgrammeId, 'intro-other-staff');
  company = await signInAs(t, town.people.employerAdmin);
  const participant = await addPerson(t.ctx, {
    municipalityId: town.municipalityId,
    role: 'participant',
    label: 'intro-mama',
  });
  mama = await signInAs(t, participant);
  mamaProfileId = (await mama.ok('saveMyWorkProfile', { body: profile() })).profile!.id;
  papa = await signInAs(t, town.people.worker);
  papaProfileId = (
    await papa.ok('saveMyWorkProfile', {
      body: profile({
        skillIds: [skills['デザイン']!],
        shownToCompanies: ['skills', 'experience'],
      }),
    })
  ).profile!.id;
  projectId = (
    await company.ok('postWorkOpening', {
      body: {
        programmeId,
        employerOrganizationId: town.organizations[0]!.id,
        employerName: town.organizations[0]!.name,
        employerLocation: null,
        kind: 'project',
        employmentType: null,
        title: '15周年ノベルティの企画・制作（架空）',
        description: '子育て中のチームで企画・制作します。',
        deliverable: '王冠型ノベルティ2種',
        teamSize: 2,
        periodStart: '2027-02-01',
        periodEnd: '2027-03-31',
        hoursPerWeekMin: 4,
        hoursPerWeekMax: 8,
        schedule: [2, 4].map((weekday) => ({ weekday, from: '09:00', to: '12:00' })),
        workMode: 'hybrid',
        placeLabel: '長泉町',
        place: null,
        startsOn: null,
        childcareProvided: true,
        pay: '報酬：1人30,000円',
        validThrough: null,
        requiredSkillIds: [skills['デザイン']!],
        niceSkillIds: [skills['企画']!],
        keywords: [],
        requiredQualifications: [],
        niceQualifications: [],
      },
    })
  ).opening.id;
});
afterAll(() => t?.close());

let mamaIntroductionId = '';
let papaIntroductionId = '';

/** Every GET a company admin can call, with the ids it might try. */
async function everythingACompanyReads(): Promise<string> {
  const bodies: string[] = [];
  const ids = [projectId, programmeId, mamaProfileId, papaProfileId, mamaIntroductionId].filter(
    (id) => id !== '',
  );
  for (const name of Object.keys(api) as EndpointName[]) {
    const endpoint = api[name];
    if (endpoint.method !== 'GET') continue;
    const path: string = endpoint.path;
    if (path.includes(':code') || path.includes(':codeId') || path.includes(':attachmentId'))
      continue;
    for (const id of path.includes(':id') ? ids : ['']) {
      const response = await company.call(name, {
        params: (path.includes(':id') ? { id } : undefined) as never,
      });
      bodies.push(response.body);
    }
  }
  return bodies.join('\n');
}

describe('suggestions and introductions', () => {
  it('rank people for the project and projects for the person, with reasons', async () => {
    const people = await staff.ok('suggestParticipantsForOpening', {
      params: { id: projectId },
      query: { limit: 10 },
    });
    const mamaFit = people.items.find((s) => s.id === mamaProfileId);
    expect(mamaFit?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['hoursAndDays', 'requiredSkillsHeld', 'childcareProvided']),
    );
    const openings = await staff.ok('suggestOpeningsForParticipant', {
      params: { id: mamaProfileId },
      query: { limit: 10 },
    });
    expect(openings.items.map((s) => s.id)).toContain(projectId);
    const team = await staff.ok('proposeWorkTeam', {
      params: { id: projectId },
      body: { size: 2 },
    });
    expect(team.uncoveredSkillIds).toEqual([]);
    expect(team.memberIds.length).toBeGreaterThan(0);
  });

  it('are refused to staff of another programme and to the company', async () => {
    for (const client of [otherStaff, company]) {
      const response = await client.call('suggestParticipantsForOpening', {
        params: { id: projectId },
        query: { limit: 10 },
      });
      expect(response.statusCode).toBe(403);
    }
    const participants = await otherStaff.call('listProgrammeParticipants', {
      params: { id: programmeId },
    });
    expect(participants.statusCode).toBe(403);
    const own = await staff.ok('listProgrammeParticipants', { params: { id: programmeId } });
    expect(own.items.map((p) => p.id).sort()).toEqual([mamaProfileId, papaProfileId].sort());
  });

  it('are proposed by staff; before the person agrees, nothing can be recorded and the company reads nothing of them', async () => {
    const mamaIntro = await staff.ok('proposeWorkIntroduction', {
      body: { profileId: mamaProfileId, openingId: projectId },
    });
    mamaIntroductionId = mamaIntro.id;
    papaIntroductionId = (
      await staff.ok('proposeWorkIntroduction', {
        body: { profileId: papaProfileId, openingId: projectId },
      })
    ).id;
    expect(mamaIntro.status).toBe('proposed');
    const before = await snapshotDatabase(t.ctx.db);
    const early = await staff.call('recordWorkIntroductionStep', {
      params: { id: mamaIntroductionId },
      body: { step: 'interview' },
    });
    expect((early.json() as { error: { code: string } }).error.code).toBe(
      'WORK_INTRODUCTION_NOT_AGREED',
    );
    const twice = await staff.call('proposeWorkIntroduction', {
      body: { profileId: mamaProfileId, openingId: projectId },
    });
    expect(twice.statusCode).toBe(409);
    const byCompany = await company.call('proposeWorkIntroduction', {
      body: { profileId: mamaProfileId, openingId: projectId },
    });
    expect(byCompany.statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);

    expect(await company.ok('listCompanyIntroductions')).toEqual({ items: [] });
    const read = await everythingACompanyReads();
    for (const secret of [...Object.values(unshared), mamaIntro.referenceLabel, '自分のペース'])
      expect(read).not.toContain(secret);
  });

  it('are answered by the person on their phone; someone else cannot answer', async () => {
    const mine = await mama.ok('listMyWorkIntroductions');
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]?.opening.title).toBe('15周年ノベルティの企画・制作（架空）');
    expect(mine.items[0]?.shownToCompany).toEqual(['skills', 'hours']);
    const notTheirs = await mama.call('answerWorkIntroduction', {
      params: { id: papaIntroductionId },
      body: { accept: true },
    });
    expect(notTheirs.statusCode).toBe(404);
    await mama.ok('answerWorkIntroduction', {
      params: { id: mamaIntroductionId },
      body: { accept: true },
    });
    await papa.ok('answerWorkIntroduction', {
      params: { id: papaIntroductionId },
      body: { accept: false },
    });
    const again = await papa.call('answerWorkIntroduction', {
      params: { id: papaIntroductionId },
      body: { accept: true },
    });
    expect(again.statusCode).toBe(409);
  });

  it('show the company only the accepted person and only what they chose', async () => {
    const list = await company.ok('listCompanyIntroductions');
    expect(list.items).toHaveLength(1);
    expect(list.items[0]?.person).toMatchObject({
      skills: ['デザイン', '企画', unshared.freeWord],
      hoursPerWeek: { min: 5, max: 10 },
      experience: null,
      qualifications: null,
      availability: null,
      area: null,
    });
    const read = await everythingACompanyReads();
    for (const secret of [unshared.experience, unshared.registrationNumber])
      expect(read).not.toContain(secret);
    // The one who declined is not there in any form.
    const papaLabel = (await papa.ok('getMyWorkProfile')).profile!.referenceLabel;
    expect(read).not.toContain(papaLabel);
  });

  it('are followed by staff to the outcome and the follow-ups, in order only', async () => {
    const step = (body: {
      step: 'interview' | 'offer' | 'started' | 'completed';
      startedOn?: string;
    }) => staff.call('recordWorkIntroductionStep', { params: { id: mamaIntroductionId }, body });
    expect((await step({ step: 'interview' })).statusCode).toBe(200);
    expect((await step({ step: 'started' })).statusCode).toBe(409);
    expect((await step({ step: 'offer' })).statusCode).toBe(200);
    expect((await step({ step: 'started' })).statusCode).toBe(400);
    expect((await step({ step: 'started', startedOn: '2027-02-01' })).statusCode).toBe(200);
    for (const months of [1, 6] as const) {
      await staff.ok('recordWorkFollowUp', {
        params: { id: mamaIntroductionId },
        body: { months, working: true },
      });
    }
    const done = await staff.ok('recordWorkIntroductionStep', {
      params: { id: mamaIntroductionId },
      body: { step: 'completed', endedOn: '2027-03-31' },
    });
    expect(done).toMatchObject({
      status: 'completed',
      startedOn: '2027-02-01',
      endedOn: '2027-03-31',
      followUp6m: { working: true },
    });
    const listed = await staff.ok('listWorkIntroductions', { params: { id: programmeId } });
    expect(listed.items.map((i) => i.status).sort()).toEqual(['completed', 'declined']);
  });
});
