import { japanTimeOf } from '@yorisoi/shared';
import { describe, expect, it } from 'vitest';
import type { TCreateSurvey, TReport } from '@yorisoi/shared';
import { addPerson, createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { useTestApp } from '../testing/use-test-app.ts';

/**
 * Disclosure control across everything an audience received (issue 20), through the API:
 * the outside attack of page − report X − report Z, and k changes that must keep every
 * promise without blocking anything unrelated. Each case has a municipality of its own,
 * so that one case's releases are not in another's history.
 */
const t = useTestApp();

const labels = ['1', '2', '3', '4', '5'];
const day = (offsetDays: number) =>
  japanTimeOf(new Date(t.ctx.now().getTime() + offsetDays * 864e5)).date;
const surveyFor = (organizationIds: string[], title = '働きやすさパルス調査'): TCreateSurvey => ({
  title,
  description: null,
  questions: [
    { kind: 'likert', prompt: '有給休暇は取りやすいですか', labels },
    { kind: 'likert', prompt: '上司に相談しやすいですか', labels },
  ],
  targetOrganizationIds: organizationIds,
  opensOn: day(0),
  closesOn: day(14),
});

let people = 0;
async function answer(
  tenant: TenantFixture,
  organizationId: string,
  surveyId: string,
  answers: readonly [number, number][],
) {
  for (const [a, b] of answers) {
    const person = await addPerson(t.ctx, {
      municipalityId: tenant.municipalityId,
      organizationId,
      role: 'worker',
      label: `respondent${people++}`,
    });
    const client = await signInAs(t, person);
    await client.ok('answerSurvey', {
      params: { id: surveyId },
      body: { answers: [{ likert: a }, { likert: b }] },
    });
  }
}

const times = (n: number, a: number, b: number) =>
  Array.from({ length: n }, () => [a, b] as [number, number]);

async function setK(city: TestClient, k: number) {
  await city.ok('updateStatisticsSettings', { body: { minimumGroupSize: k } });
}

const surveysIn = (report: TReport) => report.content.surveys.map((s) => s.title);

describe('releases judged with the audience history', () => {
  it('refuses the page that, minus two employers’ reports, would tell the late respondent’s answers', async () => {
    const tenant = await createTenant(t.ctx, 'history-attack');
    const [x, z] = tenant.organizations;
    const city = await signInAs(t, tenant.people.cityStaff);
    const survey = await city.ok('createSurvey', { body: surveyFor([x!.id, z!.id]) });
    await answer(tenant, x!.id, survey.id, [...times(5, 3, 4), ...times(5, 4, 3)]);
    await answer(tenant, z!.id, survey.id, [...times(5, 4, 3), ...times(5, 3, 4)]);
    const reportX = await city.ok('createReport', {
      body: { kind: 'workplace', organizationId: x!.id, title: 'X社 職場改善報告' },
    });
    const reportZ = await city.ok('createReport', {
      body: { kind: 'workplace', organizationId: z!.id, title: 'Z社 職場改善報告' },
    });
    expect(surveysIn(reportX)).toEqual([survey.title]);
    expect(surveysIn(reportZ)).toEqual([survey.title]);

    await answer(tenant, z!.id, survey.id, [[1, 5]]);
    const page = await city.ok('getSurveyResults', { params: { id: survey.id } });
    expect(page).toMatchObject({ state: 'tooFew', questions: [] });

    // A third report of the whole city would be the same page: its section is left out.
    const policy = await city.ok('createReport', {
      body: { kind: 'policy', title: '政策提言' },
    });
    expect(surveysIn(policy)).toEqual([]);

    // Once the late respondents are k or more, the page may show them all.
    await answer(tenant, z!.id, survey.id, times(9, 2, 2));
    const later = await city.ok('getSurveyResults', { params: { id: survey.id } });
    expect(later.state).toBe('shown');
    const first = later.questions[0];
    expect(first?.kind === 'likert' && first.total).toBe(30);
  });

  it('keeps the k a survey promised when the city lowers k later', async () => {
    const tenant = await createTenant(t.ctx, 'history-lower');
    const [x] = tenant.organizations;
    const city = await signInAs(t, tenant.people.cityStaff);
    const survey = await city.ok('createSurvey', { body: surveyFor([x!.id]) });
    expect(survey.minimumGroupSize).toBe(10);
    await answer(tenant, x!.id, survey.id, [...times(6, 4, 4), ...times(4, 2, 2)]);
    expect((await city.ok('getSurveyResults', { params: { id: survey.id } })).state).toBe('shown');

    await setK(city, 5);
    await answer(tenant, x!.id, survey.id, times(5, 1, 1));
    const page = await city.ok('getSurveyResults', { params: { id: survey.id } });
    expect(page).toMatchObject({ state: 'previous', minimumGroupSize: 10 });
    const policy = await city.ok('createReport', { body: { kind: 'policy', title: '政策提言' } });
    expect(surveysIn(policy)).toEqual([]);
  });

  it('applies a raised k at once to existing surveys, and does not block unrelated ones', async () => {
    const tenant = await createTenant(t.ctx, 'history-raise');
    const [x] = tenant.organizations;
    const city = await signInAs(t, tenant.people.cityStaff);
    await setK(city, 5);
    const small = await city.ok('createSurvey', { body: surveyFor([x!.id], '小さな調査') });
    expect(small.minimumGroupSize).toBe(5);
    await answer(tenant, x!.id, small.id, times(5, 3, 3));
    expect((await city.ok('getSurveyResults', { params: { id: small.id } })).state).toBe('shown');

    await setK(city, 10);
    expect(await city.ok('getSurveyResults', { params: { id: small.id } })).toMatchObject({
      state: 'tooFew',
      minimumGroupSize: 10,
      questions: [],
    });

    const fresh = await city.ok('createSurvey', { body: surveyFor([x!.id], '新しい調査') });
    await answer(tenant, x!.id, fresh.id, [...times(5, 4, 2), ...times(5, 2, 4)]);
    expect((await city.ok('getSurveyResults', { params: { id: fresh.id } })).state).toBe('shown');
    const policy = await city.ok('createReport', { body: { kind: 'policy', title: '政策提言' } });
    expect(surveysIn(policy)).toEqual([fresh.title]);
  });

  it('refuses to publish a workplace report whose figures the employer could subtract from its own page', async () => {
    const tenant = await createTenant(t.ctx, 'history-publish');
    const [x] = tenant.organizations;
    const city = await signInAs(t, tenant.people.cityStaff);
    const admin = await signInAs(t, tenant.people.employerAdmin);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const survey = await city.ok('createSurvey', { body: surveyFor([x!.id]) });
    await answer(tenant, x!.id, survey.id, [...times(6, 4, 4), ...times(5, 3, 3)]);
    expect((await admin.ok('getSurveyResults', { params: { id: survey.id } })).state).toBe('shown');

    // Three more answer; the city (which saw nothing of this survey) drafts a report of 14.
    await answer(tenant, x!.id, survey.id, times(3, 1, 5));
    const report = await city.ok('createReport', {
      body: { kind: 'workplace', organizationId: x!.id, title: 'X社 職場改善報告' },
    });
    expect(surveysIn(report)).toEqual([survey.title]);
    await city.ok('submitReport', { params: { id: report.id } });
    await supervisor.ok('approveReport', {
      params: { id: report.id },
      body: { revision: report.revision },
    });
    // Published to the employer, 14 minus the 11 of its page would be the three.
    const refused = await city.call('publishReport', { params: { id: report.id } });
    expect(refused.json().error.code).toBe('REPORT_RELEASE_REFUSED');
    expect((await city.ok('getReport', { params: { id: report.id } })).status).toBe('approved');
    expect(await admin.ok('listReports')).toMatchObject({ items: [] });
  });
});
