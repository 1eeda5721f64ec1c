import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import { municipalities, organizations } from '../platform/db/schema/index.ts';
import {
  actorOf,
  asRelease,
  enrolPersons,
  insertRecords,
  trueCountTable,
  type SyntheticRecord,
} from '../testing/statistics-fixtures.ts';
import { audienceKey } from './disclosure/audience.ts';
import { differByTooFew } from './disclosure/differencing.ts';
import { expectSafeRelease } from './disclosure/test-tables.ts';
import { buildCountTable } from './disclosure/count-table.ts';
import { personPseudonym } from './pseudonyms.ts';
import { queryProtectedTable } from './statistics.service.ts';
import { resolveAudience } from './statistics-audience.ts';
import { useTestApp } from '../testing/use-test-app.ts';

const t = useTestApp();

const months = ['2025-01', '2025-02', '2025-03', '2025-04'] as const;
const dimensions = [
  'topic',
  'topicGroup',
  'lifeEvent',
  'month',
  'quarter',
  'halfYear',
  'severity',
  'timeBand',
] as const;

const world = fc.record({
  // Employers and how many persons each has enrolled; some small enough to be pooled.
  organizations: fc.array(
    fc.record({
      headcount: fc.integer({ min: 0, max: 30 }),
      industry: fc.constantFrom('manufacturing', 'construction', 'medical_welfare'),
      consultRate: fc.double({ min: 0.2, max: 1, noNaN: true }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  seed: fc.integer(),
  releases: fc.array(
    fc.record({
      audience: fc.constantFrom('city', 'employer'),
      employerIndex: fc.nat(),
      rows: fc.constantFrom(...dimensions),
      columns: fc.option(fc.constantFrom(...dimensions), { nil: undefined }),
      from: fc.integer({ min: 0, max: 3 }),
      length: fc.integer({ min: 1, max: 4 }),
    }),
    { minLength: 2, maxLength: 6 },
  ),
});

function recordsFor(
  seed: number,
  persons: { userId: string; organizationId: string; consults: boolean }[],
) {
  const rng = fc.sample(
    fc.array(fc.nat(1000), { minLength: persons.length * 8, maxLength: persons.length * 8 }),
    { seed, numRuns: 1 },
  )[0]!;
  const pick = <T>(list: readonly T[], i: number) => list[rng[i]! % list.length]!;
  const topics = ['childcare', 'career', 'mental_health', 'elder_care'];
  const records: SyntheticRecord[] = [];
  persons.forEach((p, n) => {
    if (!p.consults) return;
    const base = n * 8;
    const count = 1 + (rng[base]! % 2);
    for (let i = 0; i < count; i++) {
      records.push({
        userId: p.userId,
        organizationId: p.organizationId,
        // April is rare, so that periods with and without it differ by a few persons.
        month: rng[base + 1 + i]! % 9 === 0 ? '2025-04' : pick(months.slice(0, 3), base + 2 + i),
        topics: [...new Set([pick(topics, base + 3 + i), pick(topics, base + 5)])],
        lifeEvents: rng[base + 6]! % 3 === 0 ? [] : [pick(['pregnancy', 'care_start'], base + 7)],
        severity: pick(['low', 'moderate', 'high'] as const, base + 2 + i),
        timeBand: pick(['day', 'night', 'holiday'] as const, base + 4),
      });
    }
  });
  return records;
}

describe('the statistics query layer against an attacker', () => {
  it('never publishes a small cell, a derivable hidden cell or two groups that differ by a few persons', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const [municipality] = await t.ctx.db
          .insert(municipalities)
          .values({
            code: String(100000 + Math.floor(Math.random() * 899999)),
            name: '攻撃テスト市',
            prefecture: 'テスト県',
          })
          .returning();
        const m = municipality!.id;
        const orgs = await t.ctx.db
          .insert(organizations)
          .values(
            w.organizations.map((o, i) => ({
              municipalityId: m,
              name: `攻撃テスト${i}`,
              industry: o.industry,
              sizeBand: '10-29',
            })),
          )
          .returning();
        const persons: { userId: string; organizationId: string; consults: boolean }[] = [];
        for (const [i, org] of orgs.entries()) {
          const ids = await enrolPersons(t.ctx, m, org.id, w.organizations[i]!.headcount);
          ids.forEach((userId, j) =>
            persons.push({
              userId,
              organizationId: org.id,
              consults: (j + 1) / ids.length <= w.organizations[i]!.consultRate,
            }),
          );
        }
        const records = recordsFor(w.seed, persons);
        await insertRecords(t.ctx, m, records);
        const k = 10;

        // Everything each audience has been shown: the true person set behind every number.
        const shown = new Map<string, Set<string>[]>();
        for (const release of w.releases) {
          const org = orgs[release.employerIndex % orgs.length]!;
          const actor =
            release.audience === 'city'
              ? actorOf('city_staff', m)
              : actorOf('employer_admin', m, org.id);
          const from = months[release.from]!;
          const to = months[Math.min(3, release.from + release.length - 1)]!;
          const columns = release.columns === release.rows ? undefined : release.columns;
          let resolved;
          let table;
          try {
            resolved = await resolveAudience(t.ctx.db, actor, release.audience);
            table = await queryProtectedTable(t.ctx, {
              actor,
              audience: release.audience,
              dimensions: columns ? [release.rows, columns] : [release.rows],
              period: { from, to },
            });
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            expect(['STATISTICS_RELEASE_REFUSED', 'STATISTICS_NOT_AVAILABLE']).toContain(
              (error as AppError).code,
            );
            continue;
          }
          const inScope = records.filter(
            (r) =>
              resolved.organizationIds === null ||
              resolved.organizationIds.includes(r.organizationId!),
          );
          const truth = trueCountTable(
            inScope,
            table,
            (id) => personPseudonym(t.ctx, id),
            resolved.knownHeadcount,
          );
          // Within the table: every number true and publishable, every hidden one protected.
          expectSafeRelease(truth, asRelease(table), k);
          // Across releases: no published group differs from another by 1..k−1 persons.
          const built = buildCountTable(truth);
          const published = [
            ...table.cells.flatMap((row, r) =>
              row.map((v, c) => (v === null ? null : built.cell(r, c))),
            ),
            ...(table.rowTotals ?? []).map((v, r) => (v === null ? null : built.rowTotal(r))),
            ...(table.columnTotals ?? []).map((v, c) => (v === null ? null : built.columnTotal(c))),
            table.total === null ? null : built.total,
          ].flatMap((i) => (i === null ? [] : [built.entries[i]!.persons as Set<string>]));
          const key = audienceKey(resolved.audience);
          const before = shown.get(key) ?? [];
          for (const group of published) {
            for (const other of [...before, ...published]) {
              expect(differByTooFew(group, other, k)).toBe(false);
            }
          }
          shown.set(key, [...before, ...published]);
        }
      }),
      { numRuns: 12 },
    );
  }, 600_000);
});
