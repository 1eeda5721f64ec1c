/**
 * A company's openings after they are posted, through the real server: its admin lists,
 * edits and closes its own; programme staff edit any company's; the public page of one
 * opening carries its JobPosting until it is closed. Another company, another
 * municipality, the wrong role and bad input get the catalog's error and change nothing.
 */
import { describe, expect, it } from 'vitest';
import type { TWorkOpeningInput } from '@yorisoi/shared';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { addPerson, signInAs } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { useTenant, useTestApp } from '../testing/use-test-app.ts';
import { bindProgrammeStaff } from './programme-staff.repository.ts';
import { findPublicMunicipalityById } from '../municipalities/public-municipalities.repository.ts';

const t = useTestApp();
const town = useTenant(t, 'waku-company');
const elsewhere = useTenant(t, 'waku-company-other');

async function unchanged(action: () => Promise<{ statusCode: number; json: () => unknown }>) {
  const before = await snapshotDatabase(t.ctx.db);
  const response = await action();
  expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  return response;
}

const errorCode = (response: { json: () => unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

let programmes = 0;

/** A programme of the town, its staff and the first company's admin, signed in. */
async function setUp() {
  const city = await signInAs(t, town.people.cityStaff);
  programmes += 1;
  const programme = await city.ok('createWorkProgramme', {
    body: { name: `長泉わくキャリ ${programmes}`, skillLabels: ['デザイン', '企画'] },
  });
  const staff = await addPerson(t.ctx, {
    municipalityId: town.municipalityId,
    role: 'programme_staff',
    label: `waku-staff-${programme.id.slice(0, 8)}`,
  });
  await bindProgrammeStaff(t.ctx.db, {
    municipalityId: town.municipalityId,
    programmeId: programme.id,
    userId: staff.id,
  });
  const company = town.organizations[0]!;
  const opening = (over: Partial<TWorkOpeningInput> = {}): TWorkOpeningInput => ({
    programmeId: programme.id,
    employerOrganizationId: company.id,
    employerName: company.name,
    employerLocation: null,
    kind: 'project',
    employmentType: null,
    title: '創立15周年のノベルティ企画・制作',
    description: '子育て中のチームで、来場者に配るノベルティを企画・制作します。',
    deliverable: '王冠型ノベルティ2種の試作と配布用300個',
    teamSize: 5,
    periodStart: '2027-02-01',
    periodEnd: '2027-03-31',
    hoursPerWeekMin: 5,
    hoursPerWeekMax: 10,
    schedule: [2, 4].map((weekday) => ({ weekday, from: '09:00', to: '12:00' })),
    workMode: 'hybrid',
    placeLabel: '長泉町コミュニティ会館',
    place: { lat: 35.14, lng: 138.9 },
    startsOn: '2027-02-01',
    childcareProvided: true,
    pay: '報酬：1人あたり30,000円',
    validThrough: null,
    requiredSkillIds: [programme.skills[0]!.id],
    niceSkillIds: [],
    keywords: [],
    requiredQualifications: [],
    niceQualifications: [],
    ...over,
  });
  const admin = await signInAs(t, town.people.employerAdmin);
  const code = (await findPublicMunicipalityById(t.ctx.db, town.municipalityId))!.code;
  return { admin, staff: await signInAs(t, staff), opening, code };
}

describe('a company’s admin keeps its own openings', () => {
  it('posts, edits and closes a project; the public page follows', async () => {
    const { admin, opening, code } = await setUp();
    const posted = await admin.ok('postWorkOpening', { body: opening() });
    const id = posted.opening.id;

    const own = await admin.ok('listCompanyWorkOpenings');
    expect(own.organizationName).toBe(town.organizations[0]!.name);
    const listed = own.items.find((item) => item.opening.id === id)!;
    expect(listed.status).toBe('open');
    expect(listed.input).toMatchObject({ title: opening().title, schedule: opening().schedule });

    const edited = await admin.ok('updateWorkOpening', {
      params: { id },
      body: opening({ title: 'ノベルティ企画（週10時間まで）', hoursPerWeekMax: 8 }),
    });
    expect(edited.opening).toMatchObject({
      title: 'ノベルティ企画（週10時間まで）',
      hoursPerWeekMax: 8,
    });

    const visitor = new TestClient(t.app);
    const page = await visitor.ok('getPublicWorkOpening', { params: { code, id } });
    expect(page.opening.title).toBe('ノベルティ企画（週10時間まで）');
    expect(page.jsonLd).toMatchObject({
      '@type': 'JobPosting',
      title: 'ノベルティ企画（週10時間まで）',
    });
    expect(String(page.jsonLd.url)).toContain(`/m/${code}/work/${id}`);

    const closed = await admin.ok('closeWorkOpening', { params: { id } });
    expect(closed.status).toBe('closed');
    expect(closed.opening.validThrough).not.toBeNull();
    const again = await admin.ok('closeWorkOpening', { params: { id } });
    expect(again).toEqual(closed);
    const gone = await visitor.call('getPublicWorkOpening', { params: { code, id } });
    expect(errorCode(gone)).toBe('WORK_OPENING_NOT_FOUND');
    const list = await visitor.ok('listPublicWorkOpenings', { params: { code } });
    expect(list.items.map((item) => item.id)).not.toContain(id);
    const stillListed = await admin.ok('listCompanyWorkOpenings');
    expect(stillListed.items.find((item) => item.opening.id === id)?.status).toBe('closed');

    const late = await unchanged(() =>
      admin.call('updateWorkOpening', { params: { id }, body: opening() }),
    );
    expect(errorCode(late)).toBe('WORK_OPENING_CLOSED');
  });

  it('refuses bad edits and other companies’ openings, changing nothing', async () => {
    const { admin, staff, opening } = await setUp();
    const id = (await admin.ok('postWorkOpening', { body: opening() })).opening.id;
    const edit = (body: TWorkOpeningInput, client = admin) =>
      unchanged(() => client.call('updateWorkOpening', { params: { id }, body }));

    expect(errorCode(await edit(opening({ title: '　' })))).toBe('OPENING_TITLE_REQUIRED');
    expect(errorCode(await edit(opening({ hoursPerWeekMax: 200 })))).toBe('WORK_HOURS_IMPOSSIBLE');
    expect(errorCode(await edit(opening({ hoursPerWeekMin: 12, hoursPerWeekMax: 8 })))).toBe(
      'WORK_HOURS_IMPOSSIBLE',
    );
    expect(
      errorCode(await edit(opening({ periodStart: '2027-03-01', periodEnd: '2027-02-01' }))),
    ).toBe('WORK_PERIOD_INVALID');
    expect(
      errorCode(await edit(opening({ schedule: [{ weekday: 2, from: '12:00', to: '09:00' }] }))),
    ).toBe('WORK_WEEK_INVALID');

    // Another company's admin may neither edit nor close it, nor move it to their company.
    const rival = await signInAs(
      t,
      await addPerson(t.ctx, {
        municipalityId: town.municipalityId,
        organizationId: town.organizations[1]!.id,
        role: 'employer_admin',
        label: `rival-${id.slice(0, 8)}`,
      }),
    );
    const rivalBody = opening({
      employerOrganizationId: town.organizations[1]!.id,
      employerName: town.organizations[1]!.name,
    });
    expect((await edit(rivalBody, rival)).statusCode).toBe(403);
    expect((await edit(opening(), rival)).statusCode).toBe(403);
    const rivalClose = await unchanged(() => rival.call('closeWorkOpening', { params: { id } }));
    expect(rivalClose.statusCode).toBe(403);
    // Nor may the company hand its opening to another company.
    expect((await edit(rivalBody)).statusCode).toBe(403);

    const worker = await signInAs(t, town.people.worker);
    expect((await edit(opening(), worker)).statusCode).toBe(403);
    const outsider = await signInAs(t, elsewhere.people.cityStaff);
    const foreign = await unchanged(() => outsider.call('closeWorkOpening', { params: { id } }));
    expect(foreign.statusCode).toBe(404);

    // Read back as posted for the edit form: the programme's staff and the company, no one else.
    const asPosted = await staff.ok('getEditableWorkOpening', { params: { id } });
    expect(asPosted.input).toMatchObject({ title: opening().title, keywords: [] });
    expect((await admin.ok('getEditableWorkOpening', { params: { id } })).opening.id).toBe(id);
    expect((await rival.call('getEditableWorkOpening', { params: { id } })).statusCode).toBe(403);
    const otherProgrammeStaff = (await setUp()).staff;
    expect(
      (await otherProgrammeStaff.call('getEditableWorkOpening', { params: { id } })).statusCode,
    ).toBe(403);
    expect(
      (await unchanged(() => otherProgrammeStaff.call('closeWorkOpening', { params: { id } })))
        .statusCode,
    ).toBe(403);
    expect((await outsider.call('getEditableWorkOpening', { params: { id } })).statusCode).toBe(
      404,
    );

    // The programme's staff keep any company's opening of their programme.
    const byStaff = await staff.ok('updateWorkOpening', {
      params: { id },
      body: opening({ childcareProvided: false }),
    });
    expect(byStaff.opening.childcareProvided).toBe(false);
    expect((await staff.ok('closeWorkOpening', { params: { id } })).status).toBe('closed');
  });

  it('lists only the own company’s openings, for its admin alone', async () => {
    const { admin, staff, opening } = await setUp();
    const theirs = await staff.ok('postWorkOpening', {
      body: opening({
        employerOrganizationId: town.organizations[1]!.id,
        employerName: town.organizations[1]!.name,
        title: '他社の募集',
      }),
    });
    const own = await admin.ok('listCompanyWorkOpenings');
    expect(own.items.map((item) => item.opening.id)).not.toContain(theirs.opening.id);
    for (const person of [town.people.worker, town.people.cityStaff, town.people.coordinator]) {
      const client = await signInAs(t, person);
      expect((await client.call('listCompanyWorkOpenings')).statusCode).toBe(403);
    }
    expect((await staff.call('listCompanyWorkOpenings')).statusCode).toBe(403);
  });
});
