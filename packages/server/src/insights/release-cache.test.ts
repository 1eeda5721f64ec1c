import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseRecords } from '../platform/db/schema/index.ts';
import {
  actorOf,
  enrolPersons,
  insertRecords,
  type SyntheticRecord,
} from '../testing/statistics-fixtures.ts';
import { queryProtectedTable, type ProtectedTableRequest } from './statistics.service.ts';
import { currentDataVersion } from './release-cache.repository.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

/**
 * A table shown again to the same audience on unchanged data is served as released
 * (audited each time); any write to the case records makes it be computed afresh.
 */
const t = useTestApp();
const tenant = useTenant(t, 'release-cache');
let people: string[];

const recordsOf = (ids: string[], month: string): SyntheticRecord[] =>
  ids.map((userId, i) => ({
    userId,
    organizationId: tenant.organizations[0]!.id,
    month,
    topics: [i % 3 === 0 ? 'childcare' : 'career'],
    lifeEvents: [],
    severity: 'low',
    timeBand: 'day',
  }));

beforeAll(async () => {
  people = await enrolPersons(t.ctx, tenant.municipalityId, tenant.organizations[0]!.id, 40);
  await insertRecords(t.ctx, tenant.municipalityId, recordsOf(people.slice(0, 30), '2025-05'));
});

async function releases() {
  return t.ctx.db
    .select({ targetId: auditLog.targetId, detail: auditLog.detail })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.municipalityId, tenant.municipalityId),
        eq(auditLog.action, 'statistics.released'),
      ),
    )
    .orderBy(asc(auditLog.seq));
}

describe('released tables shown again', () => {
  it('serves the same release while the data is unchanged, and recomputes after any write', async () => {
    const request: ProtectedTableRequest = {
      actor: actorOf('city_staff', tenant.municipalityId),
      audience: 'city',
      dimensions: ['topic'],
      period: { from: '2025-04', to: '2025-09' },
    };
    const versionOf = () => currentDataVersion(t.ctx.db, tenant.municipalityId, request.period);
    const version = await versionOf();
    expect(version).toBeGreaterThan(0);

    const first = await queryProtectedTable(t.ctx, request);
    const again = await queryProtectedTable(t.ctx, request);
    expect(again).toEqual(first);
    const [firstAudit, againAudit] = await releases();
    expect(againAudit!.targetId).toBe(firstAudit!.targetId);
    expect(againAudit!.detail).toMatchObject({ shownAgain: true });
    expect(firstAudit!.detail).not.toHaveProperty('shownAgain');

    // Another audience never gets this audience's release.
    await queryProtectedTable(t.ctx, {
      ...request,
      actor: actorOf('employer_admin', tenant.municipalityId, tenant.organizations[0]!.id),
      audience: 'employer',
    });
    expect((await releases())[2]!.targetId).not.toBe(firstAudit!.targetId);

    // Records of a month outside the period (the running month) leave it as released.
    await insertRecords(t.ctx, tenant.municipalityId, recordsOf(people.slice(30), '2025-10'));
    expect(await versionOf()).toBe(version);
    await queryProtectedTable(t.ctx, request);
    expect((await releases()).at(-1)!.targetId).toBe(firstAudit!.targetId);

    // Records in the period (inserted here, but any path fires the trigger) raise it.
    await insertRecords(t.ctx, tenant.municipalityId, recordsOf(people.slice(30), '2025-06'));
    expect(await versionOf()).toBeGreaterThan(version);
    const fresh = await queryProtectedTable(t.ctx, request);
    expect(fresh.total).toBe(40);
    expect(first.total).toBe(30);
    const audits = await releases();
    expect(audits.at(-1)!.targetId).not.toBe(firstAudit!.targetId);

    // An update (a rating reaching a record) raises it too, and so does a deletion.
    const before = await versionOf();
    await t.ctx.db
      .update(caseRecords)
      .set({ satisfaction: 5 })
      .where(
        and(
          eq(caseRecords.municipalityId, tenant.municipalityId),
          eq(caseRecords.month, '2025-05-01'),
        ),
      );
    expect(await versionOf()).toBe(before + 1);
    await t.ctx.db
      .delete(caseRecords)
      .where(
        and(
          eq(caseRecords.municipalityId, tenant.municipalityId),
          eq(caseRecords.month, '2025-06-01'),
        ),
      );
    expect(await versionOf()).toBe(before + 2);
  });

  it('shows a dashboard the previous release at once while the current one is computed', async () => {
    const errors: unknown[] = [];
    const request: ProtectedTableRequest = {
      actor: actorOf('city_staff', tenant.municipalityId),
      audience: 'city',
      dimensions: ['severity'],
      period: { from: '2025-04', to: '2025-09' },
      whileUpdating: { onError: (error) => errors.push(error) },
    };
    const first = await queryProtectedTable(t.ctx, request);
    expect(first).toMatchObject({ total: 30, updating: false });

    await insertRecords(t.ctx, tenant.municipalityId, recordsOf(people.slice(30), '2025-07'));
    const shown = await queryProtectedTable(t.ctx, request);
    // As released before, said to be updating, audited as shown again.
    expect(shown).toEqual({ ...first, updating: true });
    const [firstAudit, shownAudit] = (await releases()).filter(
      (r) => (r.detail as { rows?: string }).rows === 'severity',
    );
    expect(shownAudit!.targetId).toBe(firstAudit!.targetId);
    expect(shownAudit!.detail).toMatchObject({ shownAgain: true, updating: true });

    // An export (no whileUpdating) never gets the old one: it waits for the current table.
    const exported = await queryProtectedTable(t.ctx, { ...request, whileUpdating: undefined });
    expect(exported).toMatchObject({ total: 40, updating: false });

    await insertRecords(t.ctx, tenant.municipalityId, [
      ...recordsOf(people.slice(0, 1), '2025-08'),
    ]);
    const meanwhile = await queryProtectedTable(t.ctx, request);
    expect(meanwhile).toMatchObject({ total: 40, updating: true });
    await t.ctx.tableUpdates.idle();
    const updated = await queryProtectedTable(t.ctx, request);
    expect(updated).toMatchObject({ total: 40, updating: false });
    const audits = (await releases()).filter(
      (r) => (r.detail as { rows?: string }).rows === 'severity',
    );
    // The update released a new table (audited as made in the background); this view
    // showed it again.
    expect(audits.some((a) => (a.detail as { inBackground?: boolean }).inBackground)).toBe(true);
    expect(audits.at(-1)!.detail).toMatchObject({ shownAgain: true });
    expect(audits.at(-1)!.targetId).not.toBe(firstAudit!.targetId);
    expect(errors).toEqual([]);
  });

  it('computes while the dashboard waits once an update of the same data failed', async () => {
    const request: ProtectedTableRequest = {
      actor: actorOf('city_staff', tenant.municipalityId),
      audience: 'city',
      dimensions: ['timeBand'],
      period: { from: '2025-04', to: '2025-09' },
      whileUpdating: { onError: () => undefined },
    };
    await queryProtectedTable(t.ctx, request);
    await insertRecords(t.ctx, tenant.municipalityId, recordsOf(people.slice(0, 1), '2025-09'));
    const version = await currentDataVersion(t.ctx.db, tenant.municipalityId, request.period);
    const failedUpdates = {
      ...t.ctx,
      tableUpdates: { ...t.ctx.tableUpdates, failed: (_: string, v: number) => v === version },
    };
    const shown = await queryProtectedTable(failedUpdates, request);
    expect(shown.updating).toBe(false);
    const audits = await releases();
    expect(audits.at(-1)!.detail).not.toHaveProperty('shownAgain');
  });
});
