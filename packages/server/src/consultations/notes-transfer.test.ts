import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, type FixturePerson } from '../testing/fixtures.ts';
import { addLicensedCoordinator, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { queryRows } from '../platform/db/database.ts';
import { sql } from 'drizzle-orm';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'notes');
let second: FixturePerson;

beforeAll(async () => {
  second = await addLicensedCoordinator(t.ctx, {
    municipalityId: tenant.municipalityId,
    label: 'second',
    licenceType: 'public_health_nurse',
    licenceNumber: '4444444',
  });
});

describe('private notes and handover', () => {
  it('keeps notes sealed, for the care team only, and hands a consultation over with a note the next one reads', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    const nurse = await signInAs(t, tenant.people.coordinator);
    await nurse.ok('claimConsultation', { params: { id } });
    await nurse.ok('addNote', { params: { id }, body: { body: 'NOTE-MARKER 夜間に再度連絡' } });
    expect((await worker.call('listNotes', { params: { id } })).statusCode).toBe(404);
    const [raw] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from consultation_notes where body_sealed like '%NOTE-MARKER%'`,
    );
    expect(raw?.n).toBe(0);

    await nurse.ok('transferConsultation', {
      params: { id },
      body: { coordinatorId: second.id, handoverNote: 'HANDOVER お子さんの発熱の件、明朝フォロー' },
    });
    expect((await nurse.call('listNotes', { params: { id } })).statusCode).toBe(404);
    const next = await signInAs(t, second);
    const notes = await next.ok('listNotes', { params: { id } });
    expect(notes.items.map((n) => [n.kind, n.mine])).toEqual([
      ['note', false],
      ['handover', false],
    ]);
    expect(notes.items[1]?.body).toContain('明朝フォロー');
    const why = await next.ok('getAssignment', { params: { id } });
    expect(why.method).toBe('reassign');
  });

  it('refuses a transfer to someone who cannot take it, changing nothing', async () => {
    const family = await signInAs(t, tenant.people.family);
    const started = await startConsultationAs(family);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const toWorker = await supervisor.call('transferConsultation', {
      params: { id: started.consultation.id },
      body: { coordinatorId: tenant.people.worker.id, handoverNote: 'x' },
    });
    expect(toWorker.json().error.code).toBe('NOT_FOUND');
  });
});

describe('canned replies', () => {
  it('are written by supervisors, used by coordinators, and may only use known variables', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const created = await supervisor.ok('createCannedReply', {
      body: {
        title: '初回のあいさつ',
        body: '{{name}}さん、ご相談ありがとうございます。担当の{{coordinator}}です。',
      },
    });
    const typo = await supervisor.call('createCannedReply', {
      body: { title: 'x', body: '{{nmae}}さん' },
    });
    expect(typo.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'body' }],
    });
    const coordinator = await signInAs(t, tenant.people.coordinator);
    expect((await coordinator.ok('listCannedReplies')).items.map((r) => r.id)).toContain(
      created.id,
    );
    expect(
      (await coordinator.call('createCannedReply', { body: { title: 'x', body: 'y' } })).statusCode,
    ).toBe(403);
    expect(
      (await (await signInAs(t, tenant.people.worker)).call('listCannedReplies')).statusCode,
    ).toBe(403);
    await supervisor.ok('deleteCannedReply', { params: { id: created.id } });
  });
});
