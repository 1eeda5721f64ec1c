/**
 * The childcare-worker job centre through the real server: a nursery flags itself short
 * of staff and posts an opening, the centre sees it first and ranks its opening up for a
 * 保育士 with the reason in words, places her with her agreement, and counts her in the
 * year's figures; a referral from the health room reaches the centre only once the person
 * agrees, and then as a count and a flag, never what was said.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  japanMonthOf,
  addMonths,
  renderMatchReason,
  type TMyWorkProfileInput,
  type TPostNurseryOpening,
} from '@yorisoi/shared';
import { addPerson, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import type { TestClient } from '../testing/test-client.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';
import { childcareFacilityStaff } from '../platform/db/schema/index.ts';
import { importChildcareFacilities } from '../childcare/opendata/facility-import.service.ts';
import {
  findMunicipalityById,
  listFacilities,
} from '../childcare/childcare-facilities.repository.ts';
import { bindProgrammeStaff } from '../matching/programme-staff.repository.ts';

const t = useTestApp();
const tenant = useTenant(t, 'job-centre');
const other = useTenant(t, 'job-centre-other');

let centreId: string;
let wakuId: string;
let centre: TestClient;
let nurseryStaff: TestClient;
let seeker: TestClient;
let seekerProfileId: string;
let shortNurseryId: string;
let fullNurseryId: string;
let childrenCentreId: string;
let shortOpeningId: string;
let fullOpeningId: string;

const errorCode = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

const seekerProfile = (): TMyWorkProfileInput => ({
  programmeId: centreId,
  skillIds: [],
  freeWords: [],
  experience: '認可保育所で5年（1歳児クラス担任）',
  qualifications: [{ kind: 'nursery_teacher', registrationNumber: '鹿児島県-012345' }],
  hoursPerWeekMin: 15,
  hoursPerWeekMax: 25,
  availability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:30', to: '14:00' })),
  remoteOk: false,
  onsiteOk: true,
  home: null,
  maxTravelKm: null,
  availableFrom: null,
  childcareNeed: 'none',
  path: 'own_pace',
  shownToCompanies: ['qualifications', 'hours'],
});

const nurseryOpening = (): TPostNurseryOpening => ({
  programmeId: centreId,
  kind: 'job',
  employmentType: 'part_time',
  title: '保育士（パート・午前）',
  description: '1歳児クラスの保育です。',
  deliverable: null,
  teamSize: null,
  periodStart: null,
  periodEnd: null,
  hoursPerWeekMin: 10,
  hoursPerWeekMax: 20,
  schedule: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:30', to: '12:30' })),
  workMode: 'onsite',
  startsOn: null,
  childcareProvided: false,
  pay: '時給1,100円',
  validThrough: null,
  requiredSkillIds: [],
  niceSkillIds: [],
  keywords: [],
  requiredQualifications: ['nursery_teacher'],
  niceQualifications: [],
});

async function importFacilities(of: TenantFixture, rows: string[]) {
  const municipality = await findMunicipalityById(t.ctx.db, { municipalityId: of.municipalityId });
  await importChildcareFacilities(t.ctx, {
    municipality: municipality!,
    bytes: new TextEncoder().encode(['ID,名称,名称_カナ,種別,電話番号', ...rows].join('\n')),
    actor: null,
  });
  return listFacilities(t.ctx.db, { municipalityId: of.municipalityId });
}

beforeAll(async () => {
  const city = await signInAs(t, tenant.people.cityStaff);
  centreId = (
    await city.ok('createWorkProgramme', {
      body: { name: '保育のおしごと支援センター', kind: 'childcare_job_centre', skillLabels: [] },
    })
  ).id;
  wakuId = (await city.ok('createWorkProgramme', { body: { name: 'わくキャリ', skillLabels: [] } }))
    .id;
  const facilities = await importFacilities(tenant, [
    'jc-1,あおぞら保育園（架空）,アオゾラホイクエン,認可保育所,099-000-0001',
    'jc-2,みどり保育園（架空）,ミドリホイクエン,認可保育所,099-000-0002',
    'jc-3,ひおき児童館（架空）,ヒオキジドウカン,児童館,099-000-0003',
  ]);
  const byName = (name: string) => facilities.find((f) => f.name === name)!.id;
  shortNurseryId = byName('みどり保育園（架空）');
  fullNurseryId = byName('あおぞら保育園（架空）');
  childrenCentreId = byName('ひおき児童館（架空）');
  const staffPerson = await addPerson(t.ctx, {
    municipalityId: tenant.municipalityId,
    role: 'programme_staff',
    label: 'jc-staff',
  });
  await bindProgrammeStaff(t.ctx.db, {
    municipalityId: tenant.municipalityId,
    programmeId: centreId,
    userId: staffPerson.id,
  });
  centre = await signInAs(t, staffPerson);
  const facilityPerson = await addPerson(t.ctx, {
    municipalityId: tenant.municipalityId,
    role: 'facility_staff',
    label: 'jc-midori',
  });
  await t.ctx.db.insert(childcareFacilityStaff).values({
    userId: facilityPerson.id,
    facilityId: shortNurseryId,
    municipalityId: tenant.municipalityId,
  });
  nurseryStaff = await signInAs(t, facilityPerson);
  seeker = await signInAs(t, tenant.people.worker);
  seekerProfileId = (await seeker.ok('saveMyWorkProfile', { body: seekerProfile() })).profile!.id;
});

describe('programme staff of one town', () => {
  it('each see only their own programme, in the list and in their session', async () => {
    const wakuPerson = await addPerson(t.ctx, {
      municipalityId: tenant.municipalityId,
      role: 'programme_staff',
      label: 'jc-waku-staff',
    });
    await bindProgrammeStaff(t.ctx.db, {
      municipalityId: tenant.municipalityId,
      programmeId: wakuId,
      userId: wakuPerson.id,
    });
    const waku = await signInAs(t, wakuPerson);
    expect((await centre.ok('listWorkProgrammes')).items.map((p) => p.id)).toEqual([centreId]);
    expect((await waku.ok('listWorkProgrammes')).items.map((p) => p.id)).toEqual([wakuId]);
    expect((await centre.ok('getSession')).user?.programme).toEqual({
      id: centreId,
      name: '保育のおしごと支援センター',
      kind: 'childcare_job_centre',
    });
    expect((await waku.ok('getSession')).user?.programme).toEqual({
      id: wakuId,
      name: 'わくキャリ',
      kind: 'return_to_work',
    });
    // The city running both sees both; nobody else carries a programme in their session.
    const city = await signInAs(t, tenant.people.cityStaff);
    expect((await city.ok('listWorkProgrammes')).items.map((p) => p.id).sort()).toEqual(
      [centreId, wakuId].sort(),
    );
    expect((await city.ok('getSession')).user?.programme).toBeNull();
  });
});

describe('the short-of-staff flag', () => {
  it('is recorded by the nursery itself for this month, and refused for another nursery, a past month, わくキャリ or another city', async () => {
    const month = japanMonthOf(t.ctx.now());
    const stranger = await signInAs(t, other.people.cityStaff);
    const before = await snapshotDatabase(t.ctx.db);
    const refusals = [
      await nurseryStaff.call('recordStaffShortage', {
        params: { id: fullNurseryId },
        body: { programmeId: centreId, month, staffShort: 2 },
      }),
      await nurseryStaff.call('recordStaffShortage', {
        params: { id: shortNurseryId },
        body: { programmeId: centreId, month: addMonths(month, -1), staffShort: 2 },
      }),
      await nurseryStaff.call('recordStaffShortage', {
        params: { id: shortNurseryId },
        body: { programmeId: wakuId, month, staffShort: 2 },
      }),
      await nurseryStaff.call('recordStaffShortage', {
        params: { id: childrenCentreId },
        body: { programmeId: centreId, month, staffShort: 2 },
      }),
      await stranger.call('recordStaffShortage', {
        params: { id: shortNurseryId },
        body: { programmeId: centreId, month, staffShort: 2 },
      }),
      await nurseryStaff.call('recordStaffShortage', {
        params: { id: shortNurseryId },
        body: { programmeId: centreId, month: '2026-13', staffShort: 2 },
      }),
    ];
    expect(refusals.map(errorCode)).toEqual([
      'NOT_FOUND',
      'STAFF_SHORTAGE_MONTH_INVALID',
      'JOB_CENTRE_ONLY',
      'NOT_FOUND',
      'WORK_PROGRAMME_NOT_FOUND',
      'VALIDATION_FAILED',
    ]);
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);

    const flagged = await nurseryStaff.ok('recordStaffShortage', {
      params: { id: shortNurseryId },
      body: { programmeId: centreId, month, staffShort: 2 },
    });
    expect(flagged).toEqual({ facilityId: shortNurseryId, month, staffShort: 2 });
  });

  it('puts the flagged nursery and its opening first in the centre’s lists', async () => {
    fullOpeningId = (
      await centre.ok('postNurseryOpening', {
        params: { id: fullNurseryId },
        body: nurseryOpening(),
      })
    ).opening.id;
    const posted = await nurseryStaff.ok('postNurseryOpening', {
      params: { id: shortNurseryId },
      body: nurseryOpening(),
    });
    shortOpeningId = posted.opening.id;
    expect(posted.opening).toMatchObject({
      employerName: 'みどり保育園（架空）',
      facilityId: shortNurseryId,
      staffShort: 2,
    });
    const elsewhere = await nurseryStaff.call('postNurseryOpening', {
      params: { id: fullNurseryId },
      body: nurseryOpening(),
    });
    expect(elsewhere.statusCode).toBe(403);

    const view = await centre.ok('getJobCentre', { params: { id: centreId } });
    expect(view.nurseries.map((n) => [n.name, n.staffShort, n.openOpenings])).toEqual([
      ['みどり保育園（架空）', 2, 1],
      ['あおぞら保育園（架空）', null, 1],
    ]);
    expect(view.openings.map((o) => o.id)).toEqual([shortOpeningId, fullOpeningId]);
  });

  it('ranks the short nursery’s opening up for a 保育士, saying why', async () => {
    const suggestions = await centre.ok('suggestOpeningsForParticipant', {
      params: { id: seekerProfileId },
      query: { limit: 10 },
    });
    expect(suggestions.items.map((s) => s.id)).toEqual([shortOpeningId, fullOpeningId]);
    const [first, second] = suggestions.items;
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(renderMatchReason(first!.reasons[0]!, 'ja', () => '')).toContain(
      '保育士不足で受け入れを制限している園です',
    );
    expect(second!.reasons.map((r) => r.code)).not.toContain('nurseryShortOfStaff');
  });
});

describe('a placement and the year’s figures', () => {
  it('places the 保育士 with her agreement and counts her as registered, introduced and placed', async () => {
    const intro = await centre.ok('proposeWorkIntroduction', {
      body: { profileId: seekerProfileId, openingId: shortOpeningId },
    });
    const early = await centre.call('recordWorkIntroductionStep', {
      params: { id: intro.id },
      body: { step: 'interview' },
    });
    expect(errorCode(early)).toBe('WORK_INTRODUCTION_NOT_AGREED');
    await seeker.ok('answerWorkIntroduction', { params: { id: intro.id }, body: { accept: true } });
    for (const step of ['interview', 'offer'] as const)
      await centre.ok('recordWorkIntroductionStep', { params: { id: intro.id }, body: { step } });
    await centre.ok('recordWorkIntroductionStep', {
      params: { id: intro.id },
      body: { step: 'started', startedOn: new Date(t.ctx.now()).toISOString().slice(0, 10) },
    });
    const view = await centre.ok('getJobCentre', { params: { id: centreId } });
    expect(view.figures).toMatchObject({ registered: 1, introduced: 1, placed: 1 });
    expect(view.seekers).toEqual([
      expect.objectContaining({
        profileId: seekerProfileId,
        seekerKind: 'nursery_teacher',
        stage: 'placed',
        fromHealthRoom: false,
      }),
    ]);
  });

  it('is the centre’s own: refused to the care team, わくキャリ and another city', async () => {
    const coordinator = await signInAs(t, tenant.people.coordinator);
    expect((await coordinator.call('getJobCentre', { params: { id: centreId } })).statusCode).toBe(
      403,
    );
    expect(errorCode(await centre.call('getJobCentre', { params: { id: wakuId } }))).toBe(
      'JOB_CENTRE_ONLY',
    );
    const stranger = await signInAs(t, other.people.cityStaff);
    expect(errorCode(await stranger.call('getJobCentre', { params: { id: centreId } }))).toBe(
      'WORK_PROGRAMME_NOT_FOUND',
    );
  });
});

describe('a referral from the health room', () => {
  it('reaches the centre only once the person agrees, as a count and a flag, never what was said', async () => {
    const said = '夜勤明けで眠れず、仕事に戻れるか不安です';
    const started = await startConsultationAs(seeker, said);
    const consultationId = started.consultation.id;
    const coordinator = await signInAs(t, tenant.people.coordinator);
    await coordinator.ok('claimConsultation', { params: { id: consultationId } });

    const targets = await coordinator.ok('searchReferralTargets', { query: { q: '保育' } });
    expect(targets.items).toContainEqual(
      expect.objectContaining({
        kind: 'programme',
        id: centreId,
        programmeKind: 'childcare_job_centre',
      }),
    );
    const referral = await coordinator.ok('addReferral', {
      params: { id: consultationId },
      body: { target: { kind: 'programme', id: centreId } },
    });
    expect(referral).toMatchObject({ needsAgreement: true, personAgreedAt: null });
    const waiting = await centre.ok('getJobCentre', { params: { id: centreId } });
    expect(waiting.figures.referredFromHealthRoom).toBe(0);
    expect(waiting.seekers[0]!.fromHealthRoom).toBe(false);

    // Only the person agrees: the coordinator, another tenant's worker cannot.
    const strangerWorker = await signInAs(t, other.people.worker);
    const before = await snapshotDatabase(t.ctx.db);
    for (const client of [coordinator, strangerWorker]) {
      const refused = await client.call('agreeToReferral', { params: { id: referral.id } });
      expect(refused.statusCode).toBe(404);
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);

    const agreed = await seeker.ok('agreeToReferral', { params: { id: referral.id } });
    expect(agreed.personAgreedAt).not.toBeNull();
    const view = await centre.ok('getJobCentre', { params: { id: centreId } });
    expect(view.figures.referredFromHealthRoom).toBe(1);
    expect(view.seekers[0]!.fromHealthRoom).toBe(true);
    expect(JSON.stringify(view)).not.toContain('夜勤');
    expect(JSON.stringify(view)).not.toContain(consultationId);
  });

  it('asks no agreement of a referral to another kind of target', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const resource = await supervisor.ok('createReferralResource', {
      body: { type: 'hello_work', name: 'ハローワーク伊集院（架空）' },
    });
    const started = await startConsultationAs(seeker, '求人の探し方を知りたい');
    const coordinator = await signInAs(t, tenant.people.coordinator);
    await coordinator.ok('claimConsultation', { params: { id: started.consultation.id } });
    const referral = await coordinator.ok('addReferral', {
      params: { id: started.consultation.id },
      body: { target: { kind: 'resource', id: resource.id } },
    });
    expect(referral.needsAgreement).toBe(false);
    const refused = await seeker.call('agreeToReferral', { params: { id: referral.id } });
    expect(errorCode(refused)).toBe('REFERRAL_AGREEMENT_NOT_NEEDED');
  });
});
