import { japanTimeOf } from '@yorisoi/shared';
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { TCreateSurvey } from '@yorisoi/shared';
import { addPerson, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { queryRows } from '../platform/db/database.ts';
import { surveyAnswers, surveyRespondents } from '../platform/db/schema/index.ts';
import type { TestClient } from '../testing/test-client.ts';
import { countDisclosedGroups } from '../insights/release-ledger.repository.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'survey');
const other = useTenant(t, 'survey-other');

const labels = [
  'まったくそう思わない',
  'あまりそう思わない',
  'どちらともいえない',
  'ややそう思う',
  'とてもそう思う',
];
const day = (offsetDays: number) =>
  japanTimeOf(new Date(t.ctx.now().getTime() + offsetDays * 864e5)).date;
const surveyFor = (organizationIds: string[], days: [number, number] = [0, 7]): TCreateSurvey => ({
  title: '働きやすさパルス調査',
  description: null,
  questions: [
    { kind: 'likert', prompt: '有給休暇は取りやすいですか', labels },
    { kind: 'text', prompt: '職場への要望' },
  ],
  targetOrganizationIds: organizationIds,
  opensOn: day(days[0]),
  closesOn: day(days[1]),
});

async function workersOf(fixture: TenantFixture, organizationId: string, n: number) {
  const clients: TestClient[] = [];
  for (let i = 0; i < n; i++) {
    const person = await addPerson(t.ctx, {
      municipalityId: fixture.municipalityId,
      organizationId,
      role: 'worker',
      label: `respondent${i}`,
    });
    clients.push(await signInAs(t, person));
  }
  return clients;
}

describe('anonymous pulse surveys', () => {
  it('lets city staff survey employers and workers answer once, de-identified and unlinkable', async () => {
    const [org1, org2] = tenant.organizations;
    const city = await signInAs(t, tenant.people.cityStaff);
    const survey = await city.ok('createSurvey', { body: surveyFor([org1!.id, org2!.id]) });
    expect(survey.status).toBe('open');

    const worker = await signInAs(t, tenant.people.worker);
    const listed = await worker.ok('listSurveys');
    expect(listed.items.map((s) => [s.id, s.answered])).toContainEqual([survey.id, false]);

    const name = tenant.people.worker.displayName;
    await worker.ok('answerSurvey', {
      params: { id: survey.id },
      body: {
        answers: [{ likert: 4 }, { text: `${org1!.name}の${name}です。残業が多いです。` }],
      },
    });
    const again = await worker.call('answerSurvey', {
      params: { id: survey.id },
      body: { answers: [{ likert: 1 }, { text: null }] },
    });
    expect(again.json().error.code).toBe('SURVEY_ALREADY_ANSWERED');
    expect((await worker.ok('getSurvey', { params: { id: survey.id } })).answered).toBe(true);

    // Nothing stored ties the response to the person.
    const columns = await queryRows<{ column_name: string }>(
      t.ctx.db,
      sql`select column_name from information_schema.columns where table_name in ('survey_responses', 'survey_answers', 'survey_respondents')`,
    );
    expect(columns.map((c) => c.column_name)).not.toContain('user_id');
    expect(columns.map((c) => c.column_name).some((c) => c.endsWith('_at'))).toBe(false);
    const tags = await t.ctx.db
      .select()
      .from(surveyRespondents)
      .where(eq(surveyRespondents.surveyId, survey.id));
    expect(tags).toHaveLength(1);
    expect(JSON.stringify(tags)).not.toContain(tenant.people.worker.id);
    const stored = JSON.stringify(await t.ctx.db.select().from(surveyAnswers));
    expect(stored).not.toContain('残業');

    const under = await city.ok('getSurveyResults', { params: { id: survey.id } });
    expect(under).toMatchObject({ state: 'tooFew', questions: [] });

    const more = await workersOf(tenant, org1!.id, 11);
    for (const [i, client] of more.entries()) {
      await client.ok('answerSurvey', {
        params: { id: survey.id },
        // Ten texts in all: free text is shown only with at least k of them.
        body: {
          answers: [
            { likert: i < 9 ? 4 : 2 },
            { text: i === 0 ? '休憩室がほしい' : i < 9 ? '特になし' : null },
          ],
        },
      });
    }
    const shown = await city.ok('getSurveyResults', { params: { id: survey.id } });
    expect(shown.state).toBe('shown');
    expect(await countDisclosedGroups(t.ctx.db, `city:${tenant.municipalityId}`)).toBe(1);
    const [likert, text] = shown.questions;
    if (likert?.kind !== 'likert' || text?.kind !== 'text') throw new Error('question kinds');
    for (const c of [...likert.counts, likert.total]) {
      if (c !== null) expect(c === 0 || c >= 10).toBe(true);
    }
    expect(likert.counts[3]).toBe(null); // 10 of 12 chose 4: the 2 others would be told by the total
    expect(text.answers).toContain('休憩室がほしい');
    expect(text.answers.join()).toContain('残業が多いです');
    expect(text.answers.join()).not.toContain(name.split(' ')[0]);
    expect(text.answers.join()).not.toContain(org1!.name);

    // One more respondent: a new view would tell that person's answers, so the last one is shown.
    const [late] = await workersOf(tenant, org2!.id, 1);
    await late!.ok('answerSurvey', {
      params: { id: survey.id },
      body: { answers: [{ likert: 5 }, { text: null }] },
    });
    const after = await city.ok('getSurveyResults', { params: { id: survey.id } });
    expect(after.state).toBe('previous');
    expect(after.questions).toEqual(shown.questions);

    // The employer admin of org1 sees their own 12 respondents only.
    const admin = await signInAs(t, tenant.people.employerAdmin);
    const own = await admin.ok('getSurveyResults', { params: { id: survey.id } });
    expect(own).toMatchObject({ scope: 'organization', state: 'shown' });
    const admin2 = await signInAs(
      t,
      await addPerson(t.ctx, {
        municipalityId: tenant.municipalityId,
        organizationId: org2!.id,
        role: 'employer_admin',
        label: 'admin2',
      }),
    );
    expect(await admin2.ok('getSurveyResults', { params: { id: survey.id } })).toMatchObject({
      state: 'tooFew',
      questions: [],
    });
  });

  it('refuses what each role may not do', async () => {
    const [org1, org2] = tenant.organizations;
    const admin = await signInAs(t, tenant.people.employerAdmin);
    const foreignTarget = await admin.call('createSurvey', { body: surveyFor([org2!.id]) });
    expect(foreignTarget.statusCode).toBe(403);
    const mine = await admin.ok('createSurvey', { body: surveyFor([org1!.id]) });
    const mixed = await (
      await signInAs(t, tenant.people.cityStaff)
    ).call('createSurvey', { body: surveyFor([org1!.id, other.organizations[0]!.id]) });
    expect(mixed.statusCode).toBe(404);

    const outsiders = [
      await signInAs(t, other.people.cityStaff),
      await signInAs(t, tenant.people.coordinator),
      await signInAs(t, tenant.people.supervisor),
    ];
    for (const client of outsiders) {
      expect((await client.call('getSurvey', { params: { id: mine.id } })).statusCode).toBe(404);
      expect((await client.call('getSurveyResults', { params: { id: mine.id } })).statusCode).toBe(
        404,
      );
      expect((await client.ok('listSurveys')).items.map((s) => s.id)).not.toContain(mine.id);
    }
    const admin2 = await signInAs(
      t,
      await addPerson(t.ctx, {
        municipalityId: tenant.municipalityId,
        organizationId: org2!.id,
        role: 'employer_admin',
        label: 'admin2b',
      }),
    );
    expect((await admin2.call('getSurvey', { params: { id: mine.id } })).statusCode).toBe(404);
    const [worker2] = await workersOf(tenant, org2!.id, 1);
    const notTargeted = await worker2!.call('answerSurvey', {
      params: { id: mine.id },
      body: { answers: [{ likert: 3 }, { text: null }] },
    });
    expect(notTargeted.statusCode).toBe(404);
    const worker = await signInAs(t, tenant.people.worker);
    expect((await worker.call('getSurveyResults', { params: { id: mine.id } })).statusCode).toBe(
      404,
    );
    const family = await signInAs(t, tenant.people.family);
    expect((await family.call('getSurvey', { params: { id: mine.id } })).statusCode).toBe(404);

    const mismatch = await worker.call('answerSurvey', {
      params: { id: mine.id },
      body: { answers: [{ text: 'x' }, { text: null }] },
    });
    expect(mismatch.json().error.code).toBe('SURVEY_ANSWERS_MISMATCH');
    const closed = await admin.ok('createSurvey', { body: surveyFor([org1!.id], [-10, -3]) });
    const late = await worker.call('answerSurvey', {
      params: { id: closed.id },
      body: { answers: [{ likert: 3 }, { text: null }] },
    });
    expect(late.json().error.code).toBe('SURVEY_NOT_OPEN');
  });
});
