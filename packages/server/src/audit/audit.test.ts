import { sql } from 'drizzle-orm';
import { japanTimeOf } from '@yorisoi/shared';
import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';
import { chainHash, genesisHash } from './audit-chain.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'audit');

describe('audit log', () => {
  it('records sign-ins, role changes, consent changes and staff reads of personal data', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    await supervisor.ok('listCareTeam');
    await supervisor.ok('changeCareTeamRole', {
      params: { id: tenant.people.coordinator.id },
      body: { role: 'supervisor' },
    });
    const worker = await signInAs(t, tenant.people.worker);
    await worker.ok('withdrawConsent');
    const entries = await supervisor.ok('listAuditLog');
    const actions = entries.items.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.sign_in',
        'care_team.read',
        'role.changed',
        'consent.withdrawn',
      ]),
    );
    expect(entries.items.find((e) => e.action === 'role.changed')).toMatchObject({
      actorId: tenant.people.supervisor.id,
      targetId: tenant.people.coordinator.id,
    });
  });

  it('names staff but never a person who consults, and filters by who, what, when and target', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const worker = await signInAs(t, tenant.people.worker);
    await worker.ok('withdrawConsent');
    await supervisor.ok('changeCareTeamRole', {
      params: { id: tenant.people.coordinator.id },
      body: { role: 'coordinator' },
    });

    const all = await supervisor.ok('listAuditLog');
    const byWorker = all.items.find((e) => e.actorId === tenant.people.worker.id);
    expect(byWorker?.actorName).toBeNull();
    const bySupervisor = all.items.find((e) => e.actorId === tenant.people.supervisor.id);
    expect(bySupervisor?.actorName).toBe(tenant.people.supervisor.displayName);
    expect(all.actors.map((a) => a.id)).toContain(tenant.people.coordinator.id);
    expect(all.actors.map((a) => a.id)).not.toContain(tenant.people.worker.id);
    expect(JSON.stringify(all)).not.toContain(tenant.people.worker.displayName);

    const mine = await supervisor.ok('listAuditLog', {
      query: { actorId: tenant.people.supervisor.id },
    });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((e) => e.actorId === tenant.people.supervisor.id)).toBe(true);

    const roles = await supervisor.ok('listAuditLog', { query: { group: 'role' } });
    expect(roles.items.map((e) => e.action)).toContain('role.changed');
    expect(roles.items.every((e) => e.action.startsWith('role.'))).toBe(true);

    const aboutCoordinator = await supervisor.ok('listAuditLog', {
      query: { targetId: tenant.people.coordinator.id, action: 'role.changed' },
    });
    expect(aboutCoordinator.items.length).toBeGreaterThan(0);
    expect(aboutCoordinator.items.every((e) => e.targetId === tenant.people.coordinator.id)).toBe(
      true,
    );

    const today = japanTimeOf(t.ctx.now()).date;
    const todays = await supervisor.ok('listAuditLog', { query: { from: today, to: today } });
    expect(todays.items.length).toBeGreaterThan(0);
    const longAgo = await supervisor.ok('listAuditLog', {
      query: { from: '2001-01-01', to: '2001-01-31' },
    });
    expect(longAgo.items).toEqual([]);

    const backwards = await supervisor.call('listAuditLog', {
      query: { from: '2026-02-01', to: '2026-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
    const unknownAction = await supervisor.call('listAuditLog', {
      query: { action: 'consultation.stolen' } as never,
    });
    expect(unknownAction.statusCode).toBe(400);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    expect((await coordinator.call('listAuditLog')).statusCode).toBe(403);
    expect((await coordinator.call('exportAuditLog')).statusCode).toBe(403);
  });

  it('exports the filtered log as CSV in Japanese, and records the export', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const csv = await supervisor.call('exportAuditLog', { query: { group: 'role' } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/audit-log-\d{8}\.csv/);
    const body = csv.rawPayload.toString('utf8');
    expect(body.startsWith('\uFEFF番号,日時（日本時間）,操作,操作コード,役割,操作者')).toBe(true);
    const lines = body.trimEnd().split('\r\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.includes(',role.'))).toBe(true);
    expect(body).toContain('役割を変更');
    expect(body).toContain(tenant.people.supervisor.displayName);
    const after = await supervisor.ok('listAuditLog', { query: { action: 'audit.exported' } });
    expect(after.items[0]).toMatchObject({ actorId: tenant.people.supervisor.id });
  });

  it('keeps a chain that verifies, even with concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.ctx.db.transaction((tx) =>
          recordAudit(tx, {
            action: 'auth.sign_in',
            municipalityId: tenant.municipalityId,
            detail: { i },
          }),
        ),
      ),
    );
    const result = await verifyAuditChain(t.ctx.db, 7);
    expect(result).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(result.entries).toBeGreaterThanOrEqual(20);
  });

  it('refuses updates and deletes, and the verifier catches an edit made behind its back', async () => {
    await expect(t.ctx.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await t.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await tx.execute(
        sql`update audit_log set detail = '{"forged": true}'::jsonb where seq = (select min(seq) + 2 from audit_log)`,
      );
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    });
    const result = await verifyAuditChain(t.ctx.db);
    expect(result.ok).toBe(false);
    expect(result.reason).toBe('entry content was changed');
  });

  it('hashes canonically: key order and timestamp notation do not matter', () => {
    const content = {
      at: '2026-11-22T03:00:00.000Z',
      municipalityId: null,
      actorId: null,
      actorRole: null,
      action: 'auth.sign_in',
      targetType: null,
      targetId: null,
      detail: { b: 1, a: 'x' },
    };
    const same = { ...content, at: '2026-11-22 03:00:00+00', detail: { a: 'x', b: 1 } };
    expect(chainHash(genesisHash, content)).toBe(chainHash(genesisHash, same));
    expect(chainHash(genesisHash, content)).not.toBe(
      chainHash(genesisHash, { ...content, action: 'auth.sign_out' }),
    );
  });
});
