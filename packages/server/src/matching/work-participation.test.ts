/**
 * Back to work as people use it, through the real server: the city starts a programme
 * and names its staff; a resident signs up without an employer's code and writes their
 * profile on a phone; a worker of THE CARE joins with the same account; companies post
 * jobs and projects, the public reads them with JobPosting JSON-LD. Bad input and the
 * wrong role get the catalog's error and change nothing.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDigitOf, type TMyWorkProfileInput, type TWorkOpeningInput } from '@yorisoi/shared';
import { municipalities, workProgrammeStaff } from '../platform/db/schema/index.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { addPerson, createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { confirmThroughMail } from '../testing/sign-up-mail.ts';
import { startSmtpSink } from '../testing/smtp-sink.ts';
import { TestClient } from '../testing/test-client.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { bindProgrammeStaff } from './programme-staff.repository.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let town: TenantFixture;
let other: TenantFixture;
let code: string;
let programmeId: string;
let otherProgrammeId: string;
let skills: Record<string, string>;
let staffClient: TestClient;

const secret = '保育園で5年、担任を持っていました（本人だけの記録）';

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Yorisoi <accounts@test.example>' });
  town = await createTenant(t.ctx, 'waku');
  other = await createTenant(t.ctx, 'waku-other');
  // 長泉町's own 全国地方公共団体コード with its check digit.
  code = `22341${checkDigitOf('22341')}`;
  await t.ctx.db
    .update(municipalities)
    .set({ code })
    .where(eq(municipalities.id, town.municipalityId));
  const city = await signInAs(t, town.people.cityStaff);
  const programme = await city.ok('createWorkProgramme', {
    body: {
      name: '長泉わくキャリ',
      skillLabels: ['デザイン', '企画', '着付け', '保育補助', '事務', 'SNS発信'],
    },
  });
  programmeId = programme.id;
  skills = Object.fromEntries(programme.skills.map((s) => [s.label, s.id]));
  otherProgrammeId = (
    await city.ok('createWorkProgramme', { body: { name: '別の事業', skillLabels: [] } })
  ).id;
  const staff = await addPerson(t.ctx, {
    municipalityId: town.municipalityId,
    role: 'programme_staff',
    label: 'waku-staff',
  });
  await bindProgrammeStaff(t.ctx.db, {
    municipalityId: town.municipalityId,
    programmeId,
    userId: staff.id,
  });
  staffClient = await signInAs(t, staff);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const profile = (over: Partial<TMyWorkProfileInput> = {}): TMyWorkProfileInput => ({
  programmeId,
  skillIds: [skills['デザイン']!, skills['企画']!],
  freeWords: ['Illustrator'],
  experience: secret,
  qualifications: [{ kind: 'nursery_teacher', registrationNumber: '静岡県-012345' }],
  hoursPerWeekMin: 5,
  hoursPerWeekMax: 10,
  // Tuesday and Thursday mornings, before collecting the child at 14:00.
  availability: [
    { weekday: 2, from: '09:00', to: '13:00' },
    { weekday: 4, from: '09:00', to: '13:00' },
  ],
  remoteOk: true,
  onsiteOk: true,
  home: { lat: 35.1372, lng: 138.8985 },
  maxTravelKm: 10,
  availableFrom: '2027-01-05',
  childcareNeed: 'preferred',
  path: 'own_pace',
  shownToCompanies: ['skills', 'hours'],
  ...over,
});

const opening = (over: Partial<TWorkOpeningInput> = {}): TWorkOpeningInput => ({
  programmeId,
  employerOrganizationId: null,
  employerName: '株式会社ノベルティ工房（架空）',
  employerLocation: '東京都渋谷区',
  kind: 'project',
  employmentType: null,
  title: '創立15周年のノベルティ企画・制作',
  description: '廃版の紙を使ったノベルティを、子育て中のチームで企画・制作します。',
  deliverable: '王冠型ノベルティ2種の試作と配布用300個',
  teamSize: 5,
  periodStart: '2027-02-01',
  periodEnd: '2027-03-31',
  hoursPerWeekMin: 5,
  hoursPerWeekMax: 8,
  schedule: [2, 4].map((weekday) => ({ weekday, from: '09:00', to: '12:00' })),
  workMode: 'hybrid',
  placeLabel: '長泉町コミュニティ会館',
  place: { lat: 35.14, lng: 138.9 },
  startsOn: '2027-02-01',
  childcareProvided: true,
  pay: '報酬：1人あたり30,000円',
  validThrough: '2027-01-20',
  requiredSkillIds: [skills['デザイン']!],
  niceSkillIds: [skills['企画']!],
  keywords: [],
  requiredQualifications: [],
  niceQualifications: [],
  ...over,
});

async function unchanged(action: () => Promise<{ statusCode: number; json: () => unknown }>) {
  const before = await snapshotDatabase(t.ctx.db);
  const response = await action();
  expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  return response;
}

const errorCode = (response: { json: () => unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

describe('programme staff (事業スタッフ)', () => {
  it('are invited by the city, bound to one programme, and need their second factor', async () => {
    const city = await signInAs(t, town.people.cityStaff);
    const invitation = await city.ok('inviteProgrammeStaff', {
      params: { id: programmeId },
      body: { email: `staff-${Date.now()}@example.com`, displayName: '事業 担当' },
    });
    expect(invitation.role).toBe('programme_staff');
    const [bound] = await t.ctx.db
      .select()
      .from(workProgrammeStaff)
      .where(eq(workProgrammeStaff.userId, invitation.userId));
    expect(bound?.programmeId).toBe(programmeId);
  });

  it('refuses the invitation to a worker, and another tenant does not find the programme', async () => {
    const worker = await signInAs(t, town.people.worker);
    const body = { email: `x-${Date.now()}@example.com`, displayName: '誰か' };
    const refused = await unchanged(() =>
      worker.call('inviteProgrammeStaff', { params: { id: programmeId }, body }),
    );
    expect(refused.statusCode).toBe(403);
    const elsewhere = await signInAs(t, other.people.cityStaff);
    const missing = await unchanged(() =>
      elsewhere.call('inviteProgrammeStaff', { params: { id: programmeId }, body }),
    );
    expect(errorCode(missing)).toBe('WORK_PROGRAMME_NOT_FOUND');
  });

  it('post openings for their own programme only', async () => {
    const posted = await staffClient.ok('postWorkOpening', { body: opening() });
    expect(posted.opening.employerLocation).toBe('東京都渋谷区');
    const refused = await unchanged(() =>
      staffClient.call('postWorkOpening', {
        body: opening({ programmeId: otherProgrammeId, requiredSkillIds: [], niceSkillIds: [] }),
      }),
    );
    expect(refused.statusCode).toBe(403);
  });
});

describe('a resident signs up without an employer code', () => {
  let participant: TestClient;

  it('finds the programme and its skills on the public page, then signs up by mail', async () => {
    const list = await new TestClient(t.app).ok('listPublicWorkProgrammes', { params: { code } });
    expect(list.items.map((p) => p.name)).toContain('長泉わくキャリ');
    const email = `mama-${Date.now()}@example.com`;
    participant = await signUpThroughMailForProgramme(email);
    const session = await participant.ok('getSession');
    expect(session.user?.role).toBe('participant');
    expect(await participant.ok('getMyWorkProfile')).toEqual({ profile: null });
  });

  it('saves the profile and reads the week back as it was written', async () => {
    const saved = await participant.ok('saveMyWorkProfile', { body: profile() });
    expect(saved.profile?.availability).toEqual(profile().availability);
    expect(saved.profile?.qualifications).toEqual([
      { kind: 'nursery_teacher', registrationNumber: '静岡県-012345' },
    ]);
    const again = await participant.ok('saveMyWorkProfile', {
      body: profile({ hoursPerWeekMax: 12, path: 'full_return' }),
    });
    expect(again.profile?.id).toBe(saved.profile?.id);
    expect(again.profile?.hoursPerWeekMax).toBe(12);
  });

  it.each([
    ['hours beyond a week', { hoursPerWeekMin: 10, hoursPerWeekMax: 200 }, 'WORK_HOURS_IMPOSSIBLE'],
    [
      'fewer hours than the minimum',
      { hoursPerWeekMin: 12, hoursPerWeekMax: 6 },
      'WORK_HOURS_IMPOSSIBLE',
    ],
    [
      'a time ending before it starts',
      { availability: [{ weekday: 2, from: '13:00', to: '09:00' }] },
      'WORK_WEEK_INVALID',
    ],
    [
      'a malformed 保育士登録番号',
      { qualifications: [{ kind: 'nursery_teacher' as const, registrationNumber: 'abc' }] },
      'QUALIFICATION_NUMBER_INVALID',
    ],
    [
      'a skill not in the list',
      { skillIds: ['00000000-0000-4000-8000-000000000000'] },
      'WORK_SKILL_UNKNOWN',
    ],
  ])('refuses %s with a clear error and changes nothing', async (_what, over, expected) => {
    const refused = await unchanged(() =>
      participant.call('saveMyWorkProfile', {
        body: profile(over as Partial<TMyWorkProfileInput>),
      }),
    );
    expect(errorCode(refused)).toBe(expected);
  });

  async function signUpThroughMailForProgramme(email: string): Promise<TestClient> {
    return confirmThroughMail(t, smtp.mails, email, (client) =>
      client.ok('requestParticipantSignUp', {
        params: { code, id: programmeId },
        body: { email, password: 'a long enough password', displayName: 'ながいずみ 花子' },
      }),
    );
  }
});

describe('a worker of THE CARE joins with the same account', () => {
  it('keeps one profile; an employer admin, family or staff cannot', async () => {
    const worker = await signInAs(t, town.people.worker);
    const saved = await worker.ok('saveMyWorkProfile', { body: profile() });
    expect(saved.profile?.programmeId).toBe(programmeId);
    for (const person of [town.people.employerAdmin, town.people.family, town.people.cityStaff]) {
      const client = await signInAs(t, person);
      const refused = await unchanged(() => client.call('saveMyWorkProfile', { body: profile() }));
      expect(refused.statusCode).toBe(403);
    }
  });
});

describe('openings', () => {
  it('a company admin posts for its own company; another company and no title are refused', async () => {
    const admin = await signInAs(t, town.people.employerAdmin);
    const own = town.organizations[0]!.id;
    const job = await admin.ok('postWorkOpening', {
      body: opening({
        employerOrganizationId: own,
        employerName: town.organizations[0]!.name,
        employerLocation: null,
        kind: 'job',
        employmentType: 'short_hours_regular',
        title: '短時間正社員（事務）',
        deliverable: null,
        teamSize: null,
        periodStart: null,
        periodEnd: null,
        workMode: 'onsite',
        pay: '月給18万円',
        validThrough: null,
        requiredSkillIds: [skills['事務']!],
        niceSkillIds: [],
      }),
    });
    expect(job.opening.employmentType).toBe('short_hours_regular');
    const anotherCompany = await unchanged(() =>
      admin.call('postWorkOpening', {
        body: opening({ employerOrganizationId: town.organizations[1]!.id }),
      }),
    );
    expect(anotherCompany.statusCode).toBe(403);
    const untitled = await unchanged(() =>
      admin.call('postWorkOpening', { body: opening({ employerOrganizationId: own, title: ' ' }) }),
    );
    expect(errorCode(untitled)).toBe('OPENING_TITLE_REQUIRED');
    const backwards = await unchanged(() =>
      admin.call('postWorkOpening', {
        body: opening({
          employerOrganizationId: own,
          periodStart: '2027-03-01',
          periodEnd: '2027-02-01',
        }),
      }),
    );
    expect(errorCode(backwards)).toBe('WORK_PERIOD_INVALID');
    const participantLike = await signInAs(t, town.people.worker);
    const byWorker = await unchanged(() =>
      participantLike.call('postWorkOpening', { body: opening() }),
    );
    expect(byWorker.statusCode).toBe(403);
  });

  it('are listed publicly with schema.org JobPosting, remote work as TELECOMMUTE', async () => {
    await staffClient.ok('postWorkOpening', {
      body: opening({
        title: 'SNS発信のお手伝い（在宅）',
        workMode: 'remote',
        place: null,
        placeLabel: null,
        pay: '時給1,100円',
        validThrough: null,
      }),
    });
    const list = await new TestClient(t.app).ok('listPublicWorkOpenings', { params: { code } });
    const byTitle = (title: string) => list.jsonLd.find((ld) => ld['title'] === title)!;
    const remote = byTitle('SNS発信のお手伝い（在宅）');
    expect(remote).toMatchObject({
      '@type': 'JobPosting',
      jobLocationType: 'TELECOMMUTE',
      employmentType: 'CONTRACTOR',
      baseSalary: { currency: 'JPY', value: { value: 1100, unitText: 'HOUR' } },
    });
    expect(remote['jobLocation']).toBeUndefined();
    const job = byTitle('短時間正社員（事務）');
    expect(job).toMatchObject({
      employmentType: ['FULL_TIME', 'PART_TIME'],
      jobLocation: { address: { addressRegion: expect.any(String), addressCountry: 'JP' } },
      baseSalary: { value: { value: 180_000, unitText: 'MONTH' } },
    });
    for (const ld of list.jsonLd) {
      for (const key of ['title', 'description', 'datePosted', 'hiringOrganization'])
        expect(ld[key]).toBeTruthy();
    }
    // Nothing a participant wrote reaches the public list.
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it('another municipality’s list does not show them', async () => {
    const [row] = await t.ctx.db
      .select({ code: municipalities.code })
      .from(municipalities)
      .where(eq(municipalities.id, other.municipalityId));
    const list = await new TestClient(t.app).ok('listPublicWorkOpenings', {
      params: { code: row!.code },
    });
    expect(list.items).toEqual([]);
  });
});
