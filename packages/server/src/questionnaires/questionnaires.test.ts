/**
 * Validated questionnaires in a consultation through the real server: the person answers
 * K6 before anyone took the consultation, a high score puts it at the top of the queue
 * like a risk phrase; the care team sees score, band and driving items and sends PHQ-9,
 * which is offered in Japanese only once city staff record the translator's permission.
 */
import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'questionnaires');
const other = useTenant(t, 'questionnaires-other');

const errorCode = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string } }).error.code;
const k6 = (values: number[]) => Object.fromEntries(values.map((v, i) => [String(i + 1), v]));
const phq9 = (values: number[]) => Object.fromEntries(values.map((v, i) => [String(i + 1), v]));

describe('questionnaires in a consultation', () => {
  it('raises urgency on a high K6 and shows the care team score, band and driving items', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker, '最近眠れません');
    const id = started.consultation.id;
    const answered = await worker.ok('answerQuestionnaire', {
      params: { id },
      body: { kind: 'k6', requestId: null, language: 'ja', answers: k6([4, 3, 2, 2, 2, 1]) },
    });
    expect(answered).toMatchObject({ total: 14, band: 'serious', level: 'high' });
    expect(answered.drivers).toEqual(['1', '2']);

    const coordinator = await signInAs(t, tenant.people.coordinator);
    const queue = await coordinator.ok('listQueue');
    expect(queue.items.find((e) => e.id === id)?.urgency).toBe(3);
    await coordinator.ok('claimConsultation', { params: { id } });
    const flags = await coordinator.ok('listRiskFlags', { params: { id } });
    expect(flags.items).toEqual([
      expect.objectContaining({ level: 'high', categories: ['distress'] }),
    ]);
    const listed = await coordinator.ok('listConsultationQuestionnaires', { params: { id } });
    expect(listed.items).toEqual([expect.objectContaining({ kind: 'k6', total: 14 })]);

    // A calm K6 flags nothing.
    const calm = await startConsultationAs(worker, '育休明けの働き方について');
    const low = await worker.ok('answerQuestionnaire', {
      params: { id: calm.consultation.id },
      body: { kind: 'k6', requestId: null, language: 'ja', answers: k6([1, 0, 1, 0, 0, 1]) },
    });
    expect(low).toMatchObject({ total: 3, band: 'none', level: 'none', drivers: [] });
    expect(
      (await coordinator.ok('listQueue')).items.find((e) => e.id === calm.consultation.id)?.urgency,
    ).toBe(0);

    // Nobody outside the consultation sees it: not the employer, the city, another tenant.
    for (const reader of [
      await signInAs(t, tenant.people.employerAdmin),
      await signInAs(t, tenant.people.cityStaff),
      await signInAs(t, tenant.people.family),
      await signInAs(t, other.people.supervisor),
    ]) {
      const response = await reader.call('listConsultationQuestionnaires', { params: { id } });
      expect(response.statusCode).toBe(404);
    }
  });

  it('sends PHQ-9, in English until the translator’s permission is recorded, and flags item 9', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const started = await startConsultationAs(worker, '気分が落ち込みます');
    const id = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });
    const sent = await coordinator.ok('sendQuestionnaire', {
      params: { id },
      body: { kind: 'phq9' },
    });
    expect(sent).toMatchObject({ kind: 'phq9', answeredAt: null, total: null });

    // Item 9 answered 1 with a low total: flagged on its own, high.
    const answers = phq9([1, 1, 0, 0, 0, 0, 0, 0, 1]);
    const inJapanese = await worker.call('answerQuestionnaire', {
      params: { id },
      body: { kind: 'phq9', requestId: sent.id, language: 'ja', answers },
    });
    expect(errorCode(inJapanese)).toBe('QUESTIONNAIRE_TRANSLATION_NOT_PERMITTED');
    const inEnglish = await worker.ok('answerQuestionnaire', {
      params: { id },
      body: { kind: 'phq9', requestId: sent.id, language: 'en', answers },
    });
    expect(inEnglish).toMatchObject({
      id: sent.id,
      total: 3,
      band: 'minimal',
      level: 'high',
      flaggedItems: ['9'],
    });
    const twice = await worker.call('answerQuestionnaire', {
      params: { id },
      body: { kind: 'phq9', requestId: sent.id, language: 'en', answers },
    });
    expect(errorCode(twice)).toBe('QUESTIONNAIRE_REQUEST_MISMATCH');
    const flags = await coordinator.ok('listRiskFlags', { params: { id } });
    expect(flags.items.at(-1)).toMatchObject({
      level: 'high',
      categories: ['self_harm', 'distress'],
    });

    // City staff record the permission (audited); then the Japanese version is accepted.
    const city = await signInAs(t, tenant.people.cityStaff);
    const employer = await signInAs(t, tenant.people.employerAdmin);
    const permission = {
      kind: 'phq9' as const,
      language: 'ja' as const,
      grantedBy: '翻訳者（テスト）',
      grantedOn: '2026-11-30',
      reference: '許諾書 第2026-001号',
    };
    expect(
      (await employer.call('recordTranslationPermission', { body: permission })).statusCode,
    ).toBe(403);
    await city.ok('recordTranslationPermission', { body: permission });
    expect((await city.ok('listTranslationPermissions')).items).toEqual([
      expect.objectContaining({ kind: 'phq9', reference: '許諾書 第2026-001号' }),
    ]);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const audit = await supervisor.ok('listAuditLog');
    expect(audit.items.map((e) => e.action)).toContain('questionnaire.translation_permitted');
    await worker.ok('answerQuestionnaire', {
      params: { id },
      body: {
        kind: 'phq9',
        requestId: null,
        language: 'ja',
        answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]),
      },
    });
    // The other city has recorded nothing.
    const elsewhere = await signInAs(t, other.people.worker);
    const theirs = await startConsultationAs(elsewhere, '相談です');
    const refused = await elsewhere.call('answerQuestionnaire', {
      params: { id: theirs.consultation.id },
      body: { kind: 'phq9', requestId: null, language: 'ja', answers },
    });
    expect(errorCode(refused)).toBe('QUESTIONNAIRE_TRANSLATION_NOT_PERMITTED');
  });

  it('refuses missing or out-of-range answers and answers by anyone but the person, changing nothing', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const started = await startConsultationAs(worker, '相談があります');
    const id = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });
    const before = await snapshotDatabase(t.ctx.db);
    for (const answers of [
      { '1': 1, '2': 1, '3': 1, '4': 1, '5': 1 },
      k6([1, 1, 1, 1, 1, 5]),
      k6([1, 1, 1, 1, 1, -1]),
      { ...k6([1, 1, 1, 1, 1, 1]), '7': 0 },
    ]) {
      const response = await worker.call('answerQuestionnaire', {
        params: { id },
        body: { kind: 'k6', requestId: null, language: 'ja', answers },
      });
      expect(response.statusCode).toBe(422);
      expect(errorCode(response)).toBe('QUESTIONNAIRE_ANSWERS_INVALID');
    }
    const byCoordinator = await coordinator.call('answerQuestionnaire', {
      params: { id },
      body: { kind: 'k6', requestId: null, language: 'ja', answers: k6([4, 4, 4, 4, 4, 4]) },
    });
    expect(byCoordinator.statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});
