import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { retentionRules } from '@yorisoi/shared';
import { queryRows } from '../platform/db/database.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { signInAs } from '../testing/fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import {
  childcareCoding,
  newClientMsgId,
  takenConsultation,
} from '../testing/consultation-fixtures.ts';
import { pngWithMetadata } from '../testing/file-fixtures.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';
import { sweepExpiredRecords } from './retention-sweep.ts';

/**
 * Retention (issue 21): each municipality's periods, the legal hold on a consultation,
 * and the sweep that erases what has expired, counted in the audit log, the chain still
 * verifying from its checkpoint.
 */
const t = useTestApp();
const tenant = useTenant(t, 'retention');
const other = useTenant(t, 'retention-other');

const monthMs = 31 * 24 * 3_600_000;
const errorCode = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

async function count(table: string, column: string, value: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.ctx.db,
    sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${value}`,
  );
  return row?.n ?? 0;
}

async function auditOf(action: string, municipalityId: string | null) {
  return t.ctx.db.query.auditLog.findMany({
    where: (log, { and, eq, isNull }) =>
      and(
        municipalityId ? eq(log.municipalityId, municipalityId) : isNull(log.municipalityId),
        eq(log.action, action),
      ),
  });
}

/** A consultation with a message, a note and a sent photo, closed with its coding. */
async function closedConsultationWithContent() {
  const { worker, coordinator, id } = await takenConsultation(t, tenant);
  const photo = await worker.ok('uploadAttachment', {
    params: { id },
    body: {
      clientUploadId: crypto.randomUUID(),
      mimeType: 'image/png',
      data: (await pngWithMetadata('retention')).toString('base64'),
    },
  });
  await worker.ok('sendMessage', {
    params: { id },
    body: { clientMsgId: newClientMsgId(), body: '写真です', attachmentIds: [photo.id] },
  });
  await coordinator.ok('addNote', { params: { id }, body: { body: '経過を見る' } });
  await coordinator.ok('closeConsultation', { params: { id }, body: { coding: childcareCoding } });
  return id;
}

describe('retention settings', () => {
  it('start at the stated defaults; city staff change them, audited; supervisors read them', async () => {
    const city = await signInAs(t, tenant.people.cityStaff);
    const initial = await city.ok('getRetentionSettings', {});
    expect(initial.settings.find((s) => s.kind === 'consultations')).toEqual({
      kind: 'consultations',
      months: 60,
      defaultMonths: 60,
      minimumMonths: 60,
      configured: false,
    });
    const changed = await city.ok('updateRetentionSettings', {
      body: { months: { consultations: 72, event_registrations: 6 } },
    });
    expect(changed.settings.find((s) => s.kind === 'consultations')).toMatchObject({
      months: 72,
      configured: true,
    });
    const [entry] = await auditOf('retention.settings_changed', tenant.municipalityId);
    expect(entry?.detail).toEqual({
      consultations_from: 60,
      consultations_to: 72,
      event_registrations_from: 12,
      event_registrations_to: 6,
    });
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const read = await supervisor.ok('getRetentionSettings', {});
    expect(read.settings.find((s) => s.kind === 'event_registrations')?.months).toBe(6);
    // Another municipality keeps its own.
    const otherCity = await signInAs(t, other.people.cityStaff);
    const theirs = await otherCity.ok('getRetentionSettings', {});
    expect(theirs.settings.find((s) => s.kind === 'consultations')?.months).toBe(60);
  });

  it('refuses a period below its kind’s minimum, bad input and other roles, changing nothing', async () => {
    const city = await signInAs(t, tenant.people.cityStaff);
    const others = [];
    for (const role of ['supervisor', 'coordinator', 'employerAdmin', 'worker'] as const) {
      others.push({ role, client: await signInAs(t, tenant.people[role]) });
    }
    const before = await snapshotDatabase(t.ctx.db);
    for (const [kind, rule] of Object.entries(retentionRules)) {
      const response = await city.call('updateRetentionSettings', {
        // The first kind is allowed: one refused kind refuses the whole request.
        body: { months: { case_records: 120, [kind]: rule.minimumMonths - 1 } },
      });
      expect(response.statusCode, kind).toBe(422);
      expect(errorCode(response), kind).toBe('RETENTION_BELOW_MINIMUM');
    }
    for (const months of [{ audit_log: 0 }, { audit_log: 601 }, { audit_log: 70.5 }, { x: 70 }]) {
      const response = await city.call('updateRetentionSettings', { body: { months } });
      expect(response.statusCode, JSON.stringify(months)).toBe(400);
    }
    for (const { role, client } of others) {
      const response = await client.call('updateRetentionSettings', {
        body: { months: { audit_log: 120 } },
      });
      expect(response.statusCode, role).toBe(403);
      if (role !== 'supervisor') {
        expect((await client.call('getRetentionSettings', {})).statusCode, role).toBe(403);
      }
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});

describe('a legal hold on a consultation', () => {
  it('is placed and lifted by a supervisor with a reason, audited, shown to the care team', async () => {
    const { coordinator, id } = await takenConsultation(t, tenant);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const placed = await supervisor.ok('placeLegalHold', {
      params: { id },
      body: { reason: '裁判所からの文書提出命令（令和8年（ワ）第12号）' },
    });
    expect(placed).toMatchObject({
      held: true,
      reason: '裁判所からの文書提出命令（令和8年（ワ）第12号）',
    });
    expect(await coordinator.ok('getLegalHold', { params: { id } })).toMatchObject({
      held: true,
      placedByName: expect.any(String),
    });
    // The reason is sealed at rest.
    const [row] = await queryRows<{ reason_sealed: string }>(
      t.ctx.db,
      sql`select reason_sealed from consultation_legal_holds where consultation_id = ${id}`,
    );
    expect(row?.reason_sealed).not.toContain('裁判所');

    const twice = await supervisor.call('placeLegalHold', {
      params: { id },
      body: { reason: 'x' },
    });
    expect(errorCode(twice)).toBe('LEGAL_HOLD_ALREADY_PLACED');
    expect(await supervisor.ok('liftLegalHold', { params: { id } })).toMatchObject({ held: false });
    expect(errorCode(await supervisor.call('liftLegalHold', { params: { id } }))).toBe(
      'LEGAL_HOLD_NOT_PLACED',
    );
    const placedEntries = await auditOf('consultation.legal_hold_placed', tenant.municipalityId);
    const lifted = await auditOf('consultation.legal_hold_lifted', tenant.municipalityId);
    expect(placedEntries.map((e) => e.targetId)).toContain(id);
    expect(lifted.map((e) => e.targetId)).toContain(id);
    // The audit entry says who and which, never the reason.
    expect(JSON.stringify(placedEntries)).not.toContain('裁判所');
  });

  it('is refused to anyone but the municipality’s supervisors, and to an empty reason', async () => {
    const { coordinator, worker, id } = await takenConsultation(t, tenant);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const otherSupervisor = await signInAs(t, other.people.supervisor);
    const city = await signInAs(t, tenant.people.cityStaff);
    const before = await snapshotDatabase(t.ctx.db);
    for (const [who, client] of [
      ['coordinator', coordinator],
      ['worker', worker],
      ['city staff', city],
      ['another municipality’s supervisor', otherSupervisor],
    ] as const) {
      const response = await client.call('placeLegalHold', {
        params: { id },
        body: { reason: '理由' },
      });
      expect(response.statusCode, who).toBe(404);
    }
    const empty = await supervisor.call('placeLegalHold', {
      params: { id },
      body: { reason: '  ' },
    });
    expect(empty.statusCode).toBe(400);
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});

describe('the retention sweep', () => {
  it('erases expired consultations with their content, never a held one, and counts it', async () => {
    const kept = await closedConsultationWithContent();
    const erased = await closedConsultationWithContent();
    const supervisor = await signInAs(t, tenant.people.supervisor);
    await supervisor.ok('placeLegalHold', { params: { id: kept }, body: { reason: '係争中' } });
    // A refused setting later would not matter: 36 months for the anonymous records.
    const city = await signInAs(t, tenant.people.cityStaff);
    await city.ok('updateRetentionSettings', { body: { months: { case_records: 36 } } });
    // The other municipality keeps its audit log for 50 years.
    const otherCity = await signInAs(t, other.people.cityStaff);
    await otherCity.ok('updateRetentionSettings', { body: { months: { audit_log: 600 } } });
    const caseRecordsBefore = await count('case_records', 'municipality_id', tenant.municipalityId);
    expect(caseRecordsBefore).toBeGreaterThan(0);

    // Nothing has expired yet.
    const early = await sweepExpiredRecords(t.ctx);
    expect(early.municipalities[tenant.municipalityId]?.consultations).toBe(0);
    expect(early.auditLog).toBe(0);

    // 73 months on (the tenant keeps consultations 72): past every period but the other's log.
    t.clock.advance(74 * monthMs);
    const swept = await sweepExpiredRecords(t.ctx);
    expect(swept.municipalities[tenant.municipalityId]).toMatchObject({
      consultations: 1,
      case_records: caseRecordsBefore,
    });
    expect(await count('consultations', 'id', erased)).toBe(0);
    expect(await count('consultation_messages', 'consultation_id', erased)).toBe(0);
    expect(await count('consultation_notes', 'consultation_id', erased)).toBe(0);
    expect(await count('consultation_attachments', 'consultation_id', erased)).toBe(0);
    // The held one keeps its messages, notes and photo, though its attachments' time is past.
    expect(await count('consultations', 'id', kept)).toBe(1);
    expect(await count('consultation_messages', 'consultation_id', kept)).toBeGreaterThan(0);
    expect(await count('consultation_notes', 'consultation_id', kept)).toBe(1);
    expect(await count('consultation_attachments', 'consultation_id', kept)).toBe(1);
    expect(await count('case_records', 'municipality_id', tenant.municipalityId)).toBe(0);

    const [counted] = await auditOf('retention.swept', tenant.municipalityId);
    expect(counted?.detail).toMatchObject({ consultations: 1, case_records: caseRecordsBefore });
    expect(counted?.actorId).toBeNull();

    // The audit log: the prefix before the other municipality's first entry has expired
    // (84 months by default)? Not yet at 74 months; at 90 it has, up to that entry only.
    t.clock.advance(16 * monthMs);
    // Two instances' sweeps at once (as if the job's lock were lost): each entry goes once,
    // behind one checkpoint, counted once.
    const both = await Promise.all([sweepExpiredRecords(t.ctx), sweepExpiredRecords(t.ctx)]);
    expect(Math.min(...both.map((run) => run.auditLog))).toBe(0);
    const audit = { auditLog: both[0].auditLog + both[1].auditLog };
    expect(audit.auditLog).toBeGreaterThan(0);
    expect(await auditOf('retention.swept', null)).toHaveLength(1);
    const otherEntries = await count('audit_log', 'municipality_id', other.municipalityId);
    expect(otherEntries).toBeGreaterThan(0);
    const [first] = await queryRows<{ municipality_id: string | null }>(
      t.ctx.db,
      sql`select municipality_id from audit_log order by seq limit 1`,
    );
    expect(first?.municipality_id).toBe(other.municipalityId);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true, firstBrokenSeq: null });
    const [installation] = await auditOf('retention.swept', null);
    expect(installation?.detail).toMatchObject({ audit_log: audit.auditLog });

    // Still append-only: no entry after the checkpoint can be removed or changed.
    await expect(
      t.ctx.db.execute(sql`delete from audit_log where seq = (select max(seq) from audit_log)`),
    ).rejects.toThrow();
    await expect(
      t.ctx.db.execute(
        sql`update audit_log set action = 'x' where seq = (select min(seq) from audit_log)`,
      ),
    ).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`delete from audit_checkpoints`)).rejects.toThrow();
    // New entries chain on.
    await (await signInAs(t, tenant.people.supervisor)).ok('getRetentionSettings', {});
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);

    // A checkpoint slipped in to excuse removing entries is not recorded in the chain.
    const [oldest] = await queryRows<{ seq: string; hash: string }>(
      t.ctx.db,
      sql`select seq, hash from audit_log order by seq limit 1`,
    );
    await t.ctx.db.execute(
      sql`insert into audit_checkpoints (through_seq, hash, erased, at)
        values (${oldest!.seq}, ${oldest!.hash}, 1, now())`,
    );
    await t.ctx.db.execute(sql`delete from audit_log where seq = ${oldest!.seq}`);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({
      ok: false,
      reason: 'the checkpoint the chain starts from is not recorded in it',
    });
  });
});
