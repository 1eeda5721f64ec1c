import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  employerViewOf,
  otherPoolLabel,
  poolSmallOrganizations,
  type OrganizationSize,
} from './organization-pools.ts';

const org = (
  organizationId: string,
  headcount: number,
  industry: string | null,
  area: string | null,
): OrganizationSize => ({ organizationId, headcount, industry, area });

describe('poolSmallOrganizations', () => {
  const orgs = [
    org('big', 120, '製造業', '伊集院'),
    org('care-1', 6, '医療・福祉', '伊集院'),
    org('care-2', 5, '医療・福祉', '東市来'),
    org('shop-1', 4, '小売業', '吹上'),
    org('farm-1', 3, '農業', '吹上'),
    org('farm-2', 3, '農業', '日吉'),
    org('it-1', 2, '情報通信業', '日吉'),
    org('ten', 10, '建設業', '日吉'),
  ];

  it('pools by industry, then area, then その他', () => {
    const pooling = poolSmallOrganizations(orgs, 10);
    expect(pooling.ownView).toEqual(['big', 'ten']);
    expect(pooling.pools).toEqual([
      {
        poolId: 'industry:医療・福祉',
        basis: 'industry',
        label: '医療・福祉',
        organizationIds: ['care-1', 'care-2'],
        headcount: 11,
      },
      {
        poolId: 'other',
        basis: 'other',
        label: otherPoolLabel,
        organizationIds: ['farm-1', 'farm-2', 'it-1', 'shop-1'],
        headcount: 12,
      },
    ]);
  });

  it('uses the area when an industry alone is too small', () => {
    const pooling = poolSmallOrganizations(orgs, 7);
    expect(pooling.pools.map((p) => [p.poolId, p.organizationIds])).toEqual([
      ['industry:医療・福祉', ['care-1', 'care-2']],
      // 吹上: shop-1 + farm-1 = 7; 日吉's 5 left over join the smallest pool
      ['area:吹上', ['farm-1', 'shop-1', 'farm-2', 'it-1']],
    ]);
  });

  it('adds a remainder below k to the smallest pool', () => {
    const pooling = poolSmallOrganizations(
      [org('a', 6, 'X', null), org('b', 6, 'X', null), org('c', 3, 'Y', null)],
      10,
    );
    expect(pooling.pools).toHaveLength(1);
    expect(pooling.pools[0]!.organizationIds).toEqual(['a', 'b', 'c']);
    expect(pooling.pools[0]!.headcount).toBe(15);
  });

  it('withholds small organisations that stay under k even together', () => {
    const pooling = poolSmallOrganizations([org('a', 3, 'X', null), org('big', 50, 'X', null)], 10);
    expect(pooling.withheld).toEqual(['a']);
    expect(employerViewOf(pooling, 'a')).toEqual({ kind: 'none' });
  });

  it('shows an employer admin of a small organisation only the pool', () => {
    const pooling = poolSmallOrganizations(orgs, 10);
    expect(employerViewOf(pooling, 'big')).toEqual({ kind: 'own' });
    expect(employerViewOf(pooling, 'care-1')).toMatchObject({
      kind: 'pool',
      pool: { poolId: 'industry:医療・福祉' },
    });
  });

  it('pools organisations under a larger threshold, never a smaller one', () => {
    expect(poolSmallOrganizations(orgs, 10, 30).ownView).toEqual(['big']);
    expect(() => poolSmallOrganizations(orgs, 10, 8)).toThrow(RangeError);
    expect(() => poolSmallOrganizations([org('x', -1, null, null)], 10)).toThrow(RangeError);
  });
});

describe('poolSmallOrganizations (property)', () => {
  const organizations = fc.uniqueArray(
    fc.record({
      organizationId: fc.string({ minLength: 1, maxLength: 6 }),
      headcount: fc.integer({ min: 0, max: 40 }),
      industry: fc.option(fc.constantFrom('製造業', '医療・福祉', '小売業', '建設業'), {
        nil: null,
      }),
      area: fc.option(fc.constantFrom('伊集院', '東市来', '日吉', '吹上'), { nil: null }),
    }),
    { selector: (o) => o.organizationId, maxLength: 30 },
  );

  it('gives every organisation exactly one place, and every pool at least k people', () => {
    fc.assert(
      fc.property(
        organizations,
        fc.integer({ min: 5, max: 15 }),
        fc.integer({ min: 0, max: 20 }),
        (orgs, k, margin) => {
          const smallBelow = k + margin;
          const pooling = poolSmallOrganizations(orgs, k, smallBelow);
          const placed = [
            ...pooling.ownView,
            ...pooling.pools.flatMap((p) => p.organizationIds),
            ...pooling.withheld,
          ];
          expect([...placed].sort()).toEqual(orgs.map((o) => o.organizationId).sort());
          const size = new Map(orgs.map((o) => [o.organizationId, o.headcount]));
          for (const id of pooling.ownView) expect(size.get(id)).toBeGreaterThanOrEqual(smallBelow);
          for (const pool of pooling.pools) {
            expect(pool.headcount).toBeGreaterThanOrEqual(k);
            expect(pool.headcount).toBe(
              pool.organizationIds.reduce((s, id) => s + size.get(id)!, 0),
            );
            for (const id of pool.organizationIds) expect(size.get(id)).toBeLessThan(smallBelow);
          }
          if (pooling.withheld.length > 0) {
            expect(pooling.pools).toHaveLength(0);
            expect(pooling.withheld.reduce((s, id) => s + size.get(id)!, 0)).toBeLessThan(k);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
