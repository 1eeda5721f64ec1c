import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';
import { chainHash, genesisHash } from './audit-chain.ts';

let t: TestApp;
let tenant: TenantFixture;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await createTenant(t.ctx, 'audit');
});
afterAll(() => t?.close());

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
