import { eq } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { japanMonthOf, ZProtectedTable, type TStatisticsQuery } from '@yorisoi/shared';
import { caseRecords, organizations } from '../platform/db/schema/index.ts';
import { createTenant, signInAs } from '../testing/fixtures.ts';
import {
  enrolPersons,
  insertRecords,
  type SyntheticRecord,
} from '../testing/statistics-fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'contract');
const clients = new Map<string, TestClient>();
/** Every identifier a leak would consist of: user ids, pseudonyms, summaries. */
const secrets: string[] = [];
const k = 10;

const months = ['2025-04', '2025-05', '2025-06'];
const topics = ['childcare', 'career', 'mental_health', 'elder_care', 'harassment'];

beforeAll(async () => {
  const [big, small] = tenant.organizations;
  // A third employer as small as the second, same industry: the two are pooled together.
  const [smaller] = await t.ctx.db
    .insert(organizations)
    .values({
      municipalityId: tenant.municipalityId,
      name: '小さな工房',
      industry: 'manufacturing',
      sizeBand: '1-9',
    })
    .returning();
  const enrolled = {
    big: await enrolPersons(t.ctx, tenant.municipalityId, big!.id, 60),
    small: await enrolPersons(t.ctx, tenant.municipalityId, small!.id, 5),
    smaller: await enrolPersons(t.ctx, tenant.municipalityId, smaller!.id, 6),
  };
  const records: SyntheticRecord[] = [];
  const add = (ids: string[], organizationId: string) =>
    ids.forEach((userId, i) =>
      records.push({
        userId,
        organizationId,
        month: months[i % 3]!,
        // Harassment is rare: a few persons only, so its cells must be hidden.
        topics: [i % 17 === 0 ? 'harassment' : topics[i % 4]!],
        lifeEvents: i % 5 === 0 ? ['pregnancy'] : [],
        severity: i % 7 === 0 ? 'high' : 'low',
        timeBand: i % 2 === 0 ? 'night' : 'day',
      }),
    );
  add(enrolled.big, big!.id);
  add(enrolled.small, small!.id);
  add(enrolled.smaller, smaller!.id);
  await insertRecords(t.ctx, tenant.municipalityId, records);
  await t.ctx.db
    .update(caseRecords)
    .set({ summary: '要約テキスト（非公開）' })
    .where(eq(caseRecords.municipalityId, tenant.municipalityId));
  const rows = await t.ctx.db
    .select({ personKey: caseRecords.personKey, caseKey: caseRecords.caseKey })
    .from(caseRecords)
    .where(eq(caseRecords.municipalityId, tenant.municipalityId));
  secrets.push(
    ...Object.values(enrolled).flat(),
    ...rows.flatMap((r) => [r.personKey, r.caseKey]),
    '要約テキスト',
  );
  for (const [role, person] of Object.entries(tenant.people)) {
    clients.set(role, await signInAs(t, person));
  }
}, 120_000);

/** A query string; `columns: undefined` leaves the column dimension out (a one-way table). */
const query = (audience: 'city' | 'employer', extra: Partial<TStatisticsQuery> = {}) => {
  const all: TStatisticsQuery = {
    audience,
    rows: 'topic',
    columns: 'month',
    from: '2025-04',
    to: '2025-06',
    ...extra,
  };
  return Object.fromEntries(
    Object.entries(all).filter(([, value]) => value !== undefined),
  ) as TStatisticsQuery;
};

function expectNothingPersonal(text: string) {
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/summary|personKey|person_key|userId/i);
}

/** Every number a table publishes is 0 or at least k. */
function expectOnlyProtectedNumbers(numbers: readonly (number | null)[]) {
  for (const n of numbers) if (n !== null) expect(n === 0 || n >= k, `published ${n}`).toBe(true);
}

function numbersOf(table: ReturnType<typeof ZProtectedTable.parse>) {
  return [
    ...table.cells.flat(),
    ...(table.rowTotals ?? []),
    ...(table.columnTotals ?? []),
    table.total,
  ];
}

describe('statistics endpoints per role', () => {
  it('refuse workers, family members and the care team, and each audience to the other role', async () => {
    for (const role of ['worker', 'family', 'coordinator', 'supervisor']) {
      for (const audience of ['city', 'employer'] as const) {
        const table = await clients
          .get(role)!
          .call('getStatisticsTable', { query: query(audience) });
        expect(table.json().error.code).toBe('FORBIDDEN');
        const file = await clients
          .get(role)!
          .call('exportStatisticsTable', { query: { ...query(audience), format: 'csv' } });
        expect(file.json().error.code).toBe('FORBIDDEN');
      }
    }
    const cityAsEmployer = await clients
      .get('employerAdmin')!
      .call('getStatisticsTable', { query: query('city') });
    expect(cityAsEmployer.json().error.code).toBe('FORBIDDEN');
    const employerAsCity = await clients
      .get('cityStaff')!
      .call('getStatisticsTable', { query: query('employer') });
    expect(employerAsCity.json().error.code).toBe('FORBIDDEN');
  });

  it('give city staff the municipality as counts of at least k, hiding small cells', async () => {
    const response = await clients.get('cityStaff')!.call('getStatisticsTable', {
      query: query('city'),
    });
    expect(response.statusCode).toBe(200);
    expectNothingPersonal(response.body);
    const table = ZProtectedTable.strict().parse(response.json());
    expect(table.scope.kind).toBe('municipality');
    expect(table.total).toBe(71);
    expectOnlyProtectedNumbers(numbersOf(table));
    // Harassment (a handful of persons) is never shown.
    const harassment = table.rows.indexOf('harassment');
    expect(table.cells[harassment]!.every((v) => v === null || v === 0)).toBe(true);
    expect(table.rowTotals![harassment]).toBeNull();
  });

  it('give an employer admin only their own organisation', async () => {
    const response = await clients.get('employerAdmin')!.call('getStatisticsTable', {
      query: query('employer', { rows: 'severity', columns: undefined }),
    });
    expect(response.statusCode).toBe(200);
    expectNothingPersonal(response.body);
    const table = ZProtectedTable.parse(response.json());
    expect(table.scope.kind).toBe('organization');
    expectOnlyProtectedNumbers(numbersOf(table));
    // 60 persons of their own; the pooled small employers' 11 are not in it.
    expect(table.total).not.toBe(71);
    expect([60, null]).toContain(table.total);
  });

  it('give a member employer the whole consortium when asked, and nobody else', async () => {
    const employer = clients.get('employerAdmin')!;
    const response = await employer.call('getStatisticsTable', {
      query: query('employer', { rows: 'severity', columns: undefined, scope: 'consortium' }),
    });
    expect(response.statusCode).toBe(200);
    expectNothingPersonal(response.body);
    const table = ZProtectedTable.parse(response.json());
    expect(table.scope.kind).toBe('consortium');
    expectOnlyProtectedNumbers(numbersOf(table));
    // Every member's persons: the 60 of their own and the 11 of the two small employers.
    expect([71, null]).toContain(table.total);

    const cityView = await clients.get('cityStaff')!.call('getStatisticsTable', {
      query: query('city', { scope: 'consortium' }),
    });
    expect(cityView.json().error.code).toBe('VALIDATION_FAILED');

    const [big] = tenant.organizations;
    await t.ctx.db
      .update(organizations)
      .set({ consortiumMember: false })
      .where(eq(organizations.id, big!.id));
    try {
      const outsider = await employer.call('getStatisticsTable', {
        query: query('employer', { rows: 'severity', columns: undefined, scope: 'consortium' }),
      });
      expect(outsider.statusCode).toBe(403);
      expect(outsider.json().error.code).toBe('CONSORTIUM_VIEW_NOT_AVAILABLE');
    } finally {
      await t.ctx.db
        .update(organizations)
        .set({ consortiumMember: true })
        .where(eq(organizations.id, big!.id));
    }
  });

  it('export exactly the protected table as CSV and Excel, nothing more', async () => {
    const city = clients.get('cityStaff')!;
    const shown = ZProtectedTable.parse(
      (await city.call('getStatisticsTable', { query: query('city') })).json(),
    );
    const csv = await city.call('exportStatisticsTable', {
      query: { ...query('city'), format: 'csv' },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expectNothingPersonal(csv.body);
    expect(csv.body).toContain(`非公表：${k}人未満`);
    const csvNumbers = csv.body
      .split(/\r\n/)
      .slice(1)
      .flatMap((line) => line.split(',').slice(1))
      .filter((v) => /^\d+$/.test(v))
      .map(Number);
    expectOnlyProtectedNumbers(csvNumbers);
    expect(csvNumbers.sort()).toEqual(
      numbersOf(shown)
        .filter((n) => n !== null)
        .sort(),
    );

    const xlsx = await city.call('exportStatisticsTable', {
      query: { ...query('city'), format: 'xlsx' },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const files = unzipSync(new Uint8Array(xlsx.rawPayload));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expectNothingPersonal(sheet + strings);
    const xlsxNumbers = [...sheet.matchAll(/<c [^>]*?(?:t="n"[^>]*)?><v>(\d+)<\/v>/g)]
      .filter((m) => !m[0].includes('t="s"'))
      .map((m) => Number(m[1]));
    expectOnlyProtectedNumbers(xlsxNumbers);
  });

  it('never show a group that differs from an earlier release by fewer than k persons', async () => {
    // A municipality of its own, so that only this test's releases are in its ledger.
    const other = await createTenant(t.ctx, 'differencing');
    const [employer] = other.organizations;
    const record = (userId: string, month: string): SyntheticRecord => ({
      userId,
      organizationId: employer!.id,
      month,
      topics: ['career'],
      lifeEvents: [],
      severity: 'low',
      timeBand: 'day',
    });
    const early = await enrolPersons(t.ctx, other.municipalityId, employer!.id, 30);
    await insertRecords(
      t.ctx,
      other.municipalityId,
      early.map((id, i) => record(id, months[i % 3]!)),
    );
    const city = await signInAs(t, other.people.cityStaff);
    const first = await city.ok('getStatisticsTable', {
      query: query('city', { columns: undefined }),
    });
    expect(first.total).toBe(30);
    // July adds 3 persons: April–July minus April–June would tell their count and topic.
    const late = await enrolPersons(t.ctx, other.municipalityId, employer!.id, 3);
    await insertRecords(
      t.ctx,
      other.municipalityId,
      late.map((id) => record(id, '2025-07')),
    );
    const second = await city.call('getStatisticsTable', {
      query: query('city', { columns: undefined, to: '2025-07' }),
    });
    if (second.statusCode === 409) {
      expect(second.json().error.code).toBe('STATISTICS_RELEASE_REFUSED');
    } else {
      // Or the groups that grew by 3 are hidden, and cannot be worked out from the rest.
      const table = ZProtectedTable.parse(second.json());
      expect(table.total).toBeNull();
      expect(table.cells[table.rows.indexOf('career')]![0]).toBeNull();
      expectNothingPersonal(second.body);
    }
    // The same table again is no new information and is shown as before.
    const again = await city.ok('getStatisticsTable', {
      query: query('city', { columns: undefined }),
    });
    expect(again).toEqual(first);
  });

  it('refuse statistics of a month still running', async () => {
    const thisMonth = japanMonthOf(t.clock.now());
    const open = await clients.get('cityStaff')!.call('getStatisticsTable', {
      query: query('city', { from: thisMonth, to: thisMonth }),
    });
    expect(open.json().error.code).toBe('STATISTICS_PERIOD_OPEN');
  });
});
