import { and, asc, eq } from 'drizzle-orm';
import type { TReport, TUpdateReportDraft } from '@yorisoi/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../platform/db/schema/index.ts';
import { addPerson, signInAs } from '../testing/fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'report-draft');
const other = useTenant(t, 'report-draft-other');
let city: TestClient;
let supervisor: TestClient;

beforeAll(async () => {
  city = await signInAs(t, tenant.people.cityStaff);
  supervisor = await signInAs(t, tenant.people.supervisor);
});

/** The report's draft as an edit would send it back. */
function editOf(report: TReport, change: Partial<TUpdateReportDraft> = {}): TUpdateReportDraft {
  return {
    revision: report.revision,
    title: report.title,
    summary: report.draft.summary,
    findings: report.draft.findings,
    proposals: report.draft.proposals.map((p) => ({
      text: p.text,
      practiceId: p.practice?.id ?? null,
    })),
    ownText: report.draft.ownText,
    nationalFigures: report.draft.nationalFigures,
    ...change,
  };
}

const newPolicyReport = () =>
  city.ok('createReport', { body: { kind: 'policy', title: '政策提言レポート（試行）' } });

describe('report drafts', () => {
  it('start with the recommended practices as proposals and the national figures chosen', async () => {
    const report = await newPolicyReport();
    expect(report.revision).toBe(1);
    expect(report.approvedRevision).toBeNull();
    expect(report.municipalityName).toBe(tenant.municipalityName);
    expect(report.draft.proposals.length).toBeGreaterThan(0);
    expect(report.draft.proposals.every((p) => p.practice && p.practice.sourceNote)).toBe(true);
    expect(report.draft.nationalFigures).toContain('k6_10_2019');
  });

  it('are edited on the revision read; a bad edit is refused and changes nothing', async () => {
    const report = await newPolicyReport();
    const practices = (await city.ok('listPractices')).items;
    const edited = await city.ok('updateReportDraft', {
      params: { id: report.id },
      body: editOf(report, {
        title: '日置市 働く人の保健室 報告',
        summary: '相談の傾向をまとめました。',
        findings: [{ text: '働き方の相談が目立ちます。', table: null }],
        proposals: [
          { text: '説明会を開きます。', practiceId: practices[0]!.id },
          { text: '市独自の相談会を開きます。', practiceId: null },
        ],
        ownText: '市は事業所と一緒に取り組みます。',
        nationalFigures: [],
      }),
    });
    expect(edited.revision).toBe(2);
    expect(edited.title).toBe('日置市 働く人の保健室 報告');
    expect(edited.draft.proposals[0]!.practice).toMatchObject({
      id: practices[0]!.id,
      title: practices[0]!.title,
      summary: practices[0]!.summary,
    });
    expect(edited.content).toEqual(report.content);

    const refusals: [Partial<TUpdateReportDraft>, string, number][] = [
      [{ title: '  ' }, 'VALIDATION_FAILED', 400],
      [{ findings: [{ text: '', table: null }] }, 'VALIDATION_FAILED', 400],
      [{ proposals: [{ text: '', practiceId: null }] }, 'VALIDATION_FAILED', 400],
      [{ findings: [{ text: '表', table: 'survey-9-9' }] }, 'REPORT_CITATION_UNKNOWN', 422],
      [
        { proposals: [{ text: '', practiceId: crypto.randomUUID() }] },
        'REPORT_CITATION_UNKNOWN',
        422,
      ],
      [{ revision: 1 }, 'REPORT_REVISION_CONFLICT', 409],
    ];
    for (const [change, code, status] of refusals) {
      const res = await city.call('updateReportDraft', {
        params: { id: report.id },
        body: editOf(edited, change),
      });
      expect([res.statusCode, res.json().error.code], JSON.stringify(change)).toEqual([
        status,
        code,
      ]);
    }
    const empty = await city.call('updateReportDraft', {
      params: { id: report.id },
      body: editOf(edited, { title: '' }),
    });
    expect(empty.json().error.issues.map((i: { path: string }) => i.path)).toContain('body.title');
    expect(await city.ok('getReport', { params: { id: report.id } })).toEqual(edited);

    const foreign = await signInAs(t, other.people.cityStaff);
    const notFound = await foreign.call('updateReportDraft', {
      params: { id: report.id },
      body: editOf(edited),
    });
    expect(notFound.statusCode).toBe(404);
    expect((await foreign.call('getReport', { params: { id: report.id } })).statusCode).toBe(404);
    const foreignSupervisor = await signInAs(t, other.people.supervisor);
    const foreignReturn = await foreignSupervisor.call('returnReport', {
      params: { id: report.id },
      body: { revision: edited.revision, comment: '差し戻し' },
    });
    expect(foreignReturn.statusCode).toBe(404);
    const worker = await signInAs(t, tenant.people.worker);
    const byWorker = await worker.call('updateReportDraft', {
      params: { id: report.id },
      body: editOf(edited),
    });
    expect(byWorker.statusCode).toBe(404);
    const bySupervisor = await supervisor.call('updateReportDraft', {
      params: { id: report.id },
      body: editOf(edited),
    });
    expect(bySupervisor.statusCode).toBe(403);
  });
});

describe('report review', () => {
  it('is submitted, returned with a comment, approved by revision, and reopened by an edit', async () => {
    const report = await newPolicyReport();
    const early = await supervisor.call('returnReport', {
      params: { id: report.id },
      body: { revision: 1, comment: 'まだ早い' },
    });
    expect(early.json().error.code).toBe('REPORT_WRONG_STATE');
    await city.ok('submitReport', { params: { id: report.id } });
    const editWhileSubmitted = await city.call('updateReportDraft', {
      params: { id: report.id },
      body: editOf(report),
    });
    expect(editWhileSubmitted.json().error.code).toBe('REPORT_WRONG_STATE');

    const noComment = await supervisor.call('returnReport', {
      params: { id: report.id },
      body: { revision: 1, comment: '' },
    });
    expect(noComment.statusCode).toBe(400);
    const returned = await supervisor.ok('returnReport', {
      params: { id: report.id },
      body: { revision: 1, comment: '所見に相談件数の表を引用してください。' },
    });
    expect(returned.status).toBe('returned');
    expect(returned.reviews.at(-1)).toMatchObject({
      step: 'returned',
      revision: 1,
      comment: '所見に相談件数の表を引用してください。',
      actorName: tenant.people.supervisor.displayName,
      actorRole: 'supervisor',
    });

    const table = returned.content.topics ? 'topics' : null;
    const edited = await city.ok('updateReportDraft', {
      params: { id: report.id },
      body: editOf(returned, { findings: [{ text: '相談のテーマの内訳です。', table }] }),
    });
    expect(edited.status).toBe('draft');
    await city.ok('submitReport', { params: { id: report.id } });

    // The author cannot approve (city staff do not approve; a supervisor does).
    const own = await city.call('approveReport', {
      params: { id: report.id },
      body: { revision: edited.revision },
    });
    expect(own.statusCode).toBe(403);
    const stale = await supervisor.call('approveReport', {
      params: { id: report.id },
      body: { revision: 1 },
    });
    expect(stale.json().error.code).toBe('REPORT_REVISION_CONFLICT');
    const approved = await supervisor.ok('approveReport', {
      params: { id: report.id },
      body: { revision: edited.revision, comment: '確認しました。' },
    });
    expect([approved.status, approved.approvedRevision]).toEqual(['approved', 2]);
    expect(approved.reviews.map((r) => [r.step, r.revision])).toEqual([
      ['submitted', 1],
      ['returned', 1],
      ['submitted', 2],
      ['approved', 2],
    ]);

    // An edit after approval is a new revision that must be approved again.
    const reopened = await city.ok('updateReportDraft', {
      params: { id: report.id },
      body: editOf(approved, { ownText: '追記しました。' }),
    });
    expect([reopened.status, reopened.revision, reopened.approvedRevision]).toEqual([
      'draft',
      3,
      2,
    ]);
    expect(reopened.reviews.at(-1)).toMatchObject({ step: 'reopened', revision: 3 });
    const publish = await city.call('publishReport', { params: { id: report.id } });
    expect(publish.json().error.code).toBe('REPORT_WRONG_STATE');

    const actions = await t.ctx.db
      .select({ action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'report'), eq(auditLog.targetId, report.id)))
      .orderBy(asc(auditLog.seq));
    expect(actions.map((a) => a.action)).toEqual([
      'report.created',
      'report.submitted',
      'report.returned',
      'report.edited',
      'report.submitted',
      'report.approved',
      'report.edited',
    ]);
    // The audit log records the steps, never the comment's text.
    expect(JSON.stringify(actions)).not.toContain('引用してください');
  });

  it('is not submitted by another city staff member, and not shown to employers before publishing', async () => {
    const report = await newPolicyReport();
    const colleague = await signInAs(
      t,
      await addPerson(t.ctx, {
        municipalityId: tenant.municipalityId,
        role: 'city_staff',
        label: 'report-colleague',
      }),
    );
    expect((await colleague.call('submitReport', { params: { id: report.id } })).statusCode).toBe(
      403,
    );
    const admin = await signInAs(t, tenant.people.employerAdmin);
    expect((await admin.call('getReport', { params: { id: report.id } })).statusCode).toBe(404);
  });
});
