import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { enrolPersons, insertRecords } from '../testing/statistics-fixtures.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

/** The municipality's k: set by city staff only, within 5–50, audited, used at once. */
const t = useTestApp();
const tenant = useTenant(t, 'k-setting');

beforeAll(async () => {
  const people = await enrolPersons(t.ctx, tenant.municipalityId, tenant.organizations[0]!.id, 12);
  await insertRecords(
    t.ctx,
    tenant.municipalityId,
    people.map((userId) => ({
      userId,
      organizationId: tenant.organizations[0]!.id,
      month: '2025-05',
      topics: ['childcare'],
      lifeEvents: [],
      severity: 'low',
      timeBand: 'day',
    })),
  );
});

const query = {
  audience: 'city' as const,
  rows: 'topic' as const,
  from: '2025-04',
  to: '2025-09',
};

describe('the minimum group size k of a municipality', () => {
  it('starts at 10, is changed by city staff, and the next table uses it', async () => {
    const city = await signInAs(t, tenant.people.cityStaff);
    expect(await city.ok('getStatisticsSettings', {})).toEqual({
      minimumGroupSize: 10,
      configured: false,
      defaultMinimumGroupSize: 10,
    });
    // 12 persons: shown with k = 10, hidden with k = 15.
    const before = await city.ok('getStatisticsTable', { query });
    expect(before.minimumGroupSize).toBe(10);
    expect(before.total).toBe(12);

    expect(
      await city.ok('updateStatisticsSettings', { body: { minimumGroupSize: 15 } }),
    ).toMatchObject({ minimumGroupSize: 15, configured: true });
    const after = await city.ok('getStatisticsTable', { query });
    expect(after.minimumGroupSize).toBe(15);
    expect(after.total).toBeNull();
    const [audit] = await t.ctx.db.query.auditLog.findMany({
      where: (log, { and, eq }) =>
        and(
          eq(log.municipalityId, tenant.municipalityId),
          eq(log.action, 'statistics.settings_changed'),
        ),
    });
    expect(audit?.detail).toMatchObject({ from: 10, to: 15 });
  });

  it('refuses a k outside 5–50 and everyone but city staff, changing nothing', async () => {
    const city = await signInAs(t, tenant.people.cityStaff);
    const others = [];
    for (const role of ['worker', 'coordinator', 'supervisor', 'employerAdmin'] as const) {
      others.push({ role, client: await signInAs(t, tenant.people[role]) });
    }
    const before = await snapshotDatabase(t.ctx.db);
    for (const minimumGroupSize of [4, 0, 51, 7.5]) {
      const response = await city.call('updateStatisticsSettings', { body: { minimumGroupSize } });
      expect(response.statusCode, String(minimumGroupSize)).toBe(400);
    }
    for (const { role, client } of others) {
      const write = await client.call('updateStatisticsSettings', {
        body: { minimumGroupSize: 5 },
      });
      expect(write.statusCode, role).toBe(403);
      expect((await client.call('getStatisticsSettings', {})).statusCode, role).toBe(403);
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});
