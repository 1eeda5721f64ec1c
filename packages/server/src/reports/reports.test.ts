import { japanTimeOf } from '@yorisoi/shared';
import { describe, expect, it } from 'vitest';
import { addPerson, signInAs } from '../testing/fixtures.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'report');

const labels = ['1', '2', '3', '4', '5'].map((n) => `選択肢${n}`);

describe('reports', () => {
  it('are built from protected figures only, approved by a supervisor, then published to their audience', async () => {
    const [org1, org2] = tenant.organizations;
    const city = await signInAs(t, tenant.people.cityStaff);
    const today = japanTimeOf(t.ctx.now()).date;
    const survey = await city.ok('createSurvey', {
      body: {
        title: '両立支援アンケート',
        questions: [{ kind: 'likert', prompt: '休みは取りやすいですか', labels }],
        targetOrganizationIds: [org1!.id],
        opensOn: today,
        closesOn: today,
      },
    });
    const respondents = [];
    for (let i = 0; i < 12; i++) {
      const person = await addPerson(t.ctx, {
        municipalityId: tenant.municipalityId,
        organizationId: org1!.id,
        role: 'worker',
        label: `report-respondent${i}`,
      });
      respondents.push(person);
      await (
        await signInAs(t, person)
      ).ok('answerSurvey', {
        params: { id: survey.id },
        body: { answers: [{ likert: i < 11 ? 4 : 1 }] },
      });
    }

    const report = await city.ok('createReport', {
      body: { kind: 'workplace', organizationId: org1!.id, title: '職場改善レポート' },
    });
    expect(report.status).toBe('draft');
    const counts = [
      ...(report.content.topics
        ? [...report.content.topics.counts, report.content.topics.total]
        : []),
      ...report.content.surveys.flatMap((s) =>
        s.questions.flatMap((q) => (q.kind === 'likert' ? [...q.counts, q.total] : [])),
      ),
    ];
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) if (c !== null) expect(c === 0 || c >= 10).toBe(true);
    const body = JSON.stringify(report);
    for (const person of respondents) {
      expect(body).not.toContain(person.id);
      expect(body).not.toContain(person.displayName);
    }
    expect(body).not.toContain('ledger');
    expect(report.content.recommendations.map((r) => r.title)).toContain(
      '勤務間インターバル制度の導入',
    );

    const supervisor = await signInAs(t, tenant.people.supervisor);
    const early = await supervisor.call('approveReport', {
      params: { id: report.id },
      body: { revision: report.revision },
    });
    expect(early.json().error.code).toBe('REPORT_WRONG_STATE');
    const admin = await signInAs(t, tenant.people.employerAdmin);
    expect((await admin.call('getReport', { params: { id: report.id } })).statusCode).toBe(404);

    await city.ok('submitReport', { params: { id: report.id } });
    const own = await city.call('approveReport', {
      params: { id: report.id },
      body: { revision: report.revision },
    });
    expect(own.statusCode).toBe(403);
    const unapproved = await city.call('publishReport', { params: { id: report.id } });
    expect(unapproved.json().error.code).toBe('REPORT_WRONG_STATE');
    await supervisor.ok('approveReport', {
      params: { id: report.id },
      body: { revision: report.revision },
    });
    const published = await city.ok('publishReport', { params: { id: report.id } });
    expect(published.status).toBe('published');

    expect((await admin.ok('listReports')).items.map((r) => r.id)).toEqual([report.id]);
    const pdf = await admin.ok('getReportPdf', { params: { id: report.id } });
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    const otherAdmin = await signInAs(
      t,
      await addPerson(t.ctx, {
        municipalityId: tenant.municipalityId,
        organizationId: org2!.id,
        role: 'employer_admin',
        label: 'report-admin2',
      }),
    );
    expect((await otherAdmin.call('getReport', { params: { id: report.id } })).statusCode).toBe(
      404,
    );
    expect((await otherAdmin.ok('listReports')).items).toEqual([]);
    const worker = await signInAs(t, tenant.people.worker);
    expect((await worker.call('getReport', { params: { id: report.id } })).statusCode).toBe(404);
    expect(
      (await worker.call('createReport', { body: { kind: 'policy', title: 'x' } })).statusCode,
    ).toBe(403);
  });
});
